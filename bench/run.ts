// npm run bench: framewatch's throughput against the I/O floor and the obvious compromise
// implementation, measured in one run on a synthetic corpus generated from a fixed seed.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticCorpus } from "./generate.js";
import { compromiseBaseline } from "./baseline.js";
import { builtinCodebook, splitSentences, tag } from "../src/index.js";
import { loadCorpus } from "../src/corpus/load.js";
import { browserTiming } from "./browser.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dir = join(tmpdir(), "framewatch-bench");
mkdirSync(dir, { recursive: true });
const SMALL = Number(process.env.BENCH_MB ?? 20) * 1e6;
/** How many times each run is repeated (the median is shown); on the large corpus, BENCH_LARGE_REPEAT times. */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const LARGE_REPEAT = Number(process.env.BENCH_LARGE_REPEAT ?? 3);
const LARGE = Number(process.env.BENCH_LARGE_MB ?? 200) * 1e6;

async function generate(bytes: number): Promise<{ path: string; docs: number; bytes: number }> {
  const path = join(dir, `corpus-${bytes / 1e6}mb.jsonl`);
  const stream = createWriteStream(path);
  let docs = 0;
  for (const line of syntheticCorpus(bytes)) {
    docs++;
    if (!stream.write(line)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
  return { path, docs, bytes: statSync(path).size };
}

interface Run {
  name: string;
  seconds: number;
  mb: number;
  docs: number;
  peakMB: number;
}

/**
 * Run a command on the corpus with /usr/bin/time, `repeat` times: the median wall seconds and the
 * largest peak resident memory (the machine is shared and noisy; one run can be off by 15%).
 */
function timed(name: string, args: string[], corpus: { path: string; docs: number; bytes: number }, env: Record<string, string> = {}, repeat = REPEAT): Run {
  return medianRun(Array.from({ length: repeat }, () => timedOnce(name, args, corpus, env)));
}

/** The median of some numbers (the lower one of an even count). */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** The run of median time, with the largest peak memory of all. */
function medianRun(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[(sorted.length - 1) >> 1], peakMB: Math.max(...runs.map((r) => r.peakMB)) };
}

function timedOnce(name: string, args: string[], corpus: { path: string; docs: number; bytes: number }, env: Record<string, string>): Run {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, FRAMEWATCH_CACHE_DIR: CACHE, ...env } });
  return timeRun(name, r.status, r.stderr, corpus);
}

/** A run from what /usr/bin/time -f "%e %M" printed last. */
function timeRun(name: string, status: number | null, stderr: string, corpus: { path: string; docs: number; bytes: number }): Run {
  const last = stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  if (status !== 0 || !Number.isFinite(seconds)) throw new Error(`${name} failed (${status}): ${stderr.slice(-500)}`);
  return { name, seconds, mb: corpus.bytes / 1e6, docs: corpus.docs, peakMB: kb / 1024 };
}

/**
 * Two separate 1-job commands started together, each on the whole corpus: what this machine gives
 * two independent processes, with nothing shared. The run's seconds are the later one's.
 */
async function twoAtOnce(corpus: { path: string; docs: number; bytes: number }): Promise<Run> {
  const once = () =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn("/usr/bin/time", ["-f", "%e %M", ...cli(1, corpus.path)], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, FRAMEWATCH_CACHE_DIR: CACHE } });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", reject);
      child.on("close", (status) => {
        try {
          resolve(timeRun("two 1-job commands at once", status, stderr, corpus));
        } catch (e) {
          reject(e);
        }
      });
    });
  const [a, b] = await Promise.all([once(), once()]);
  return a.seconds >= b.seconds ? a : b;
}

const cli = (jobs: number, path: string) => ["bin/framewatch.js", "annotate", "--input", "jsonl", "--format", "jsonl", "--jobs", String(jobs), path];

console.log(`framewatch benchmark (node ${process.version}, ${statSync("/proc/cpuinfo", { throwIfNoEntry: false }) ? readFileSync("/proc/cpuinfo", "utf8").match(/^processor/gm)?.length : "?"} cores)`);
console.log(`generating ${SMALL / 1e6} MB and ${LARGE / 1e6} MB of synthetic statements (seed 2021) in ${dir} ...`);
/**
 * 1 job and 2 jobs on a corpus, run in alternation `repeat` times, so that a busy spell of the
 * shared machine falls on both alike: the median run of each, and the median of the pairs' ratios.
 * With `machine`, each round also runs two 1-job commands at once (twoAtOnce): `machine` is then
 * the median of how much more work than one command they did in their time, the scaling that the
 * machine itself allows.
 */
async function jobPairs(corpus: { path: string; docs: number; bytes: number }, label: string, repeat: number, machine = false): Promise<{ one: Run; two: Run; ratio: number; machine?: number }> {
  const ones: Run[] = [];
  const twos: Run[] = [];
  const both: Run[] = [];
  for (let i = 0; i < repeat; i++) {
    ones.push(timedOnce(`framewatch annotate, 1 job${label}`, cli(1, corpus.path), corpus, {}));
    twos.push(timedOnce(`framewatch annotate, 2 jobs${label}`, cli(2, corpus.path), corpus, {}));
    if (machine) both.push(await twoAtOnce(corpus));
  }
  return {
    one: medianRun(ones),
    two: medianRun(twos),
    ratio: median(ones.map((r, i) => r.seconds / twos[i].seconds)),
    ...(machine ? { machine: median(ones.map((r, i) => (2 * r.seconds) / both[i].seconds)) } : {}),
  };
}

const small = await generate(SMALL);
const large = await generate(LARGE);
spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });

// The command keeps the compiled codebook in a cache (src/cli/codebook-cache.ts): the first run
// below fills it, like a user's first run; the start-up is shown with and without it.
const CACHE = join(dir, "cache");
const tinyPath = join(dir, "one-document.jsonl");
writeFileSync(tinyPath, '{"id":"1","text":"We take the privacy of our users seriously."}\n');
const tiny = { path: tinyPath, docs: 1, bytes: 0 };
const coldStart = timed("start-up without the cache", cli(1, tinyPath), tiny, { FRAMEWATCH_NO_CACHE: "1" });
timed("fill the cache", cli(1, tinyPath), tiny, {}, 1);
const startup = timed("start-up (one short document)", cli(1, tinyPath), tiny);

const runs: Run[] = [];
runs.push(timed("I/O floor (read, parse, write empty results)", [process.execPath, "bench/io-floor.mjs", small.path], small));
// Every process and worker thread pays a fixed start-up (loading, reading the compiled codebook, V8
// compiling ~1,500 expressions to machine code); on the larger input it weighs less, so the scaling
// is shown on both.
const smallPairs = await jobPairs(small, "", REPEAT, true);
// The synthetic corpus repeats its templates' sentences; the bundled corpus holds real statements,
// shorter and denser in framing, half of them typeset with curly quotes and dashes. The command on
// those, repeated to 4 MB, shows how far the synthetic figures carry over.
const realTexts = loadCorpus(join(ROOT, "corpus")).documents.map((d) => d.text);
const realPath = join(dir, "corpus-real-4mb.jsonl");
const realLines: string[] = [];
for (let r = 0, size = 0; size < 4e6; r++) {
  for (const [i, text] of realTexts.entries()) {
    const line = JSON.stringify({ id: `real-${r}-${i}`, text }) + "\n";
    realLines.push(line);
    size += Buffer.byteLength(line);
  }
}
writeFileSync(realPath, realLines.join(""));
const real = { path: realPath, docs: realLines.length, bytes: statSync(realPath).size };
runs.push(timed(`framewatch annotate, 1 job, real statements (${(real.bytes / 1e6).toFixed(0)} MB)`, cli(1, realPath), real));
const largePairs = await jobPairs(large, `, ${LARGE / 1e6} MB`, LARGE_REPEAT);
runs.splice(1, 0, smallPairs.one, smallPairs.two, largePairs.one, largePairs.two);

// The baseline, in process, on a slice (it is too slow for the whole corpus); scaled honestly.
const texts = readFileSync(small.path, "utf8").split("\n", 120).filter(Boolean).map((l) => JSON.parse(l).text as string);
const baseline = compromiseBaseline(builtinCodebook);
baseline.annotate(texts[0]);
const sliceBytes = texts.reduce((n, t) => n + Buffer.byteLength(JSON.stringify({ id: "x", text: t })) + 1, 0);
const t0 = performance.now();
for (const t of texts) baseline.annotate(t);
const baseSeconds = (performance.now() - t0) / 1000;
const baseRun: Run = { name: `compromise baseline (${texts.length} documents, ${(sliceBytes / 1e6).toFixed(2)} MB slice, in process)`, seconds: baseSeconds, mb: sliceBytes / 1e6, docs: texts.length, peakMB: process.memoryUsage().rss / 1048576 };

// The start-up alone (one short document), and the tagger alone in this process after warm-up:
// what the command's figures above are made of.
const allTexts = readFileSync(small.path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string);
for (const t of allTexts.slice(0, 2000)) tag(t);
const t1 = performance.now();
for (const t of allTexts) tag(t);
const steadySeconds = (performance.now() - t1) / 1000;

// The same in this process (without the command's --no-regexp-tier-up, as a program that imports the library).
const realBytes = realTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const realReps = Math.ceil(4e6 / realBytes);
for (let r = 0; r < 3; r++) for (const t of realTexts) tag(t);
let realTags = 0;
const t2 = performance.now();
for (let r = 0; r < realReps; r++) for (const t of realTexts) realTags += tag(t).length;
const realSeconds = (performance.now() - t2) / 1000;
const syntheticTags = allTexts.slice(0, 5000).reduce((n, t) => n + tag(t).length, 0);
const syntheticBytes = allTexts.slice(0, 5000).reduce((n, t) => n + Buffer.byteLength(t), 0);
const distinct = new Set<string>();
for (const t of allTexts) for (const span of splitSentences(t)) distinct.add(t.slice(span.start, span.end));

// One thread's steady state, stage by stage, in a process with the command's V8 flags, on the
// corpus's first STAGES_MB.
const STAGES_MB = 5;
const staged = spawnSync(process.execPath, ["--no-regexp-tier-up", "--import", "tsx", "bench/stages.ts", small.path, String(STAGES_MB)], { cwd: ROOT, encoding: "utf8" });
if (staged.status !== 0) throw new Error(`bench/stages.ts failed (${staged.status}): ${staged.stderr.slice(-500)}`);
const { stages, warmUpMs } = JSON.parse(staged.stdout) as { stages: { stage: string; msPerMB: number }[]; warmUpMs: number };

const rate = (r: Run) => r.mb / r.seconds;
console.log("");
console.log(`(each run on ${SMALL / 1e6} MB and the start-up: median of ${REPEAT}, on ${LARGE / 1e6} MB: median of ${LARGE_REPEAT}; peak memory the largest; 1 and 2 jobs run in alternation)`);
console.log("run".padEnd(64), "MB/s".padStart(8), "docs/s".padStart(9), "peak MB".padStart(9), "seconds".padStart(8));
for (const r of [...runs, baseRun]) {
  console.log(r.name.padEnd(64), rate(r).toFixed(2).padStart(8), Math.round(r.docs / r.seconds).toString().padStart(9), r.peakMB.toFixed(0).padStart(9), r.seconds.toFixed(2).padStart(8));
}
const [floor, one, two, big, bigTwo] = runs;
console.log(`start-up of the command (tag one short document): ${startup.seconds.toFixed(2)} s with the compiled codebook cached, ${coldStart.seconds.toFixed(2)} s compiling it`);
const textMB = allTexts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
console.log(`tag() alone, in this process, after warm-up, on the ${one.mb.toFixed(0)} MB corpus: ${(one.mb / steadySeconds).toFixed(2)} MB/s (${(textMB / steadySeconds).toFixed(2)} MB/s of the statements' text alone)`);
console.log(`  the synthetic corpus has ${distinct.size.toLocaleString("en")} distinct sentences; ${(syntheticTags / (syntheticBytes / 1000)).toFixed(1)} tags per KB of text`);
console.log(`tag() alone, in this process, on the bundled corpus's ${realTexts.length} real statements (${(realBytes / 1000).toFixed(1)} KB, ${(realTags / realReps / (realBytes / 1000)).toFixed(1)} tags per KB), repeated to ${((realBytes * realReps) / 1e6).toFixed(1)} MB of text: ${((realBytes * realReps) / 1e6 / realSeconds).toFixed(2)} MB/s of text`);
console.log("");
console.log(`framewatch 1 job / compromise baseline: ${(rate(one) / rate(baseRun)).toFixed(0)}x`);
console.log(`framewatch 1 job / I/O floor:           ${(rate(one) / rate(floor)).toFixed(3)}`);
console.log(`framewatch 2 jobs / 1 job:              ${smallPairs.ratio.toFixed(2)}x at ${one.mb.toFixed(0)} MB, ${largePairs.ratio.toFixed(2)}x at ${big.mb.toFixed(0)} MB (median of the pairs' ratios)`);
console.log(`  (two separate 1-job commands at once, each on the ${one.mb.toFixed(0)} MB: ${smallPairs.machine!.toFixed(2)}x the work of one in the same time, what this machine gives two processes that share nothing)`);
// About the best 2 jobs could do here. The start-up (S) runs on one thread before any work can be
// shared, and each thread pays the warm-up (W) itself, so only the rest is split. Two separate
// commands (above) took S + 2 (T - S) / e for twice the work of one command's T, which tells the
// speed-up e that the machine gives the part that runs side by side; 2 jobs can at best take
// S + (T - S + W) / e.
const S = startup.seconds;
const W = warmUpMs / 1000;
const e = (2 * (one.seconds - S)) / ((2 * one.seconds) / smallPairs.machine! - S);
const bound = (r: Run) => r.seconds / (S + (r.seconds - S + W) / e);
console.log(`  (so about the best possible here, with the ${S.toFixed(2)} s start-up on one thread and each thread's ${W.toFixed(2)} s warm-up: ${bound(one).toFixed(2)}x at ${one.mb.toFixed(0)} MB, ${bound(big).toFixed(2)}x at ${big.mb.toFixed(0)} MB; an estimate, as the machine's scaling varies from run to run)`);
console.log(`peak memory, 1 job: ${one.peakMB.toFixed(0)} MB at ${one.mb.toFixed(0)} MB input, ${big.peakMB.toFixed(0)} MB at ${big.mb.toFixed(0)} MB input; 2 jobs: ${two.peakMB.toFixed(0)} and ${bigTwo.peakMB.toFixed(0)} MB`);
console.log(`(the baseline runs on a slice, in process, with the same codebook translated into compromise match syntax; its peak memory is this process's)`);
console.log("");
console.log(`where one thread's time goes once warm (the first ${STAGES_MB} MB of the corpus, median of 3 runs; each row also runs the ones above it):`);
stages.forEach(({ stage, msPerMB }, i) => {
  const own = i === 0 ? msPerMB : msPerMB - stages[i - 1].msPerMB;
  console.log(`  ${stage.padEnd(56)} ${msPerMB.toFixed(1).padStart(6)} ms/MB (${(1000 / msPerMB).toFixed(1).padStart(6)} MB/s), this stage ${own.toFixed(1).padStart(5)} ms/MB`);
});
console.log(`  (20 MB/s is 50 ms/MB for all of it, reading and writing included; a thread's warm-up, the first run of all the stages against a later one: ${warmUpMs.toFixed(0)} ms)`);

const browser = await browserTiming();
if (browser) console.log(`in Chromium, after warm-up: tag() on a ${browser.words}-word statement takes ${browser.medianMs.toFixed(2)} ms (median of 25 batches of 20 calls)`);
else console.log("(Chromium not found at /usr/bin/chromium: browser timing skipped)");
