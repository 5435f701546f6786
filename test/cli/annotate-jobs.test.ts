// `annotate --jobs N` hands batches of lines to worker threads. The workers run the built
// JavaScript, so these tests build `dist/` first and run the command as a user would. Whatever the
// number of jobs, the output must be the same bytes in the same order, and bad lines must be
// reported with the same file, line and message. The launcher, bin/framewatch.js, restarts Node
// with a V8 flag for large JSONL input: that restart must be invisible but for the speed.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/generate.js";
import { TEST_CACHE } from "../helpers/cli.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "framewatch-jobs-"));

const annotate = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, ["bin/framewatch.js", "annotate", "--input", "jsonl", ...args, file], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, FRAMEWATCH_CACHE_DIR: TEST_CACHE } });

beforeAll(() => {
  const build = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, encoding: "utf8" });
  expect(build.stderr + build.stdout).toBe("");
}, 120_000);

describe("framewatch annotate --jobs", () => {
  it("writes the same JSONL, in the same order, with 2 jobs as with 1 (a 6.5 MB input, large enough for a worker thread)", () => {
    const file = join(dir, "corpus.jsonl");
    writeFileSync(file, [...syntheticCorpus(6_500_000, 7)].join(""));
    const one = annotate(file, "--format", "jsonl", "--jobs", "1");
    const two = annotate(file, "--format", "jsonl", "--jobs", "2");
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const records = one.stdout.trim().split("\n");
    expect(records.length).toBeGreaterThan(2000);
    expect(records.filter((r) => JSON.parse(r).tags.length > 0).length).toBeGreaterThan(500);
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);

  it("reports bad lines with their line numbers and keeps the good ones in order, with workers as without", () => {
    const file = join(dir, "with-errors.jsonl");
    const lines = [...syntheticCorpus(1_200_000, 11)].join("").trim().split("\n");
    lines[1500] = "{not json";
    lines[2100] = lines[40];
    lines[700] = lines[700] + "\r"; // CRLF
    lines[900] = ""; // blank: no record, no error
    const parts = lines.map((l) => Buffer.from(l + "\n"));
    parts[1200] = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]); // invalid UTF-8
    parts[1800] = Buffer.concat([Buffer.from('{"id":"long","text":"'), Buffer.alloc(11 * 1024 * 1024, 0x61), Buffer.from('"}\n')]); // over 10 MB
    writeFileSync(file, Buffer.concat(parts));
    const one = annotate(file, "--format", "csv", "--jobs", "1", "--on-error", "skip");
    const two = annotate(file, "--format", "csv", "--jobs", "2", "--on-error", "skip");
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stderr).toContain(`${file}:1501: invalid JSON`);
    expect(two.stderr).toContain(`${file}:2101: id "${JSON.parse(lines[40]).id}": duplicate id`);
    expect(two.stderr).toContain(`${file}:1201: invalid UTF-8`);
    expect(two.stderr).toContain(`${file}:1801: line longer than 10 MB`);
    expect(two.stderr.trim().split("\n")).toHaveLength(4);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);
});

describe("framewatch annotate on a slow stream", () => {
  /**
   * Run annotate with `first` on standard input, then wait, with the pipe open, until the output
   * holds the record of id `waitFor` (or 20 s), then send `rest` and close. Returns whether the
   * record came while the input was paused, and the whole output.
   */
  async function paused(args: string[], first: string, waitFor: string, rest: string): Promise<{ prompt: boolean; stdout: string; status: number | null }> {
    const child = spawn(process.execPath, ["bin/framewatch.js", "annotate", "--input", "jsonl", "--format", "jsonl", ...args], { cwd: ROOT, env: { ...process.env, FRAMEWATCH_CACHE_DIR: TEST_CACHE } });
    let stdout = "";
    child.stdout.setEncoding("utf8");
    const came = new Promise<boolean>((resolve) => {
      const timer = setTimeout(resolve, 20_000, false);
      child.stdout.on("data", (d: string) => {
        stdout += d;
        if (stdout.includes(`{"id":${JSON.stringify(waitFor)},`)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
    });
    child.stdin.write(first);
    const prompt = await came;
    child.stdin.end(rest);
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    return { prompt, stdout, status };
  }

  it("writes each record while the producer pauses, before the batch is full", async () => {
    const r = await paused([], '{"id":"a","text":"This is an industry-wide problem."}\n', "a", '{"id":"b","text":"We take security seriously."}\n');
    expect(r.prompt).toBe(true);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["a", "b"]);
  }, 60_000);

  it("writes every record read so far when the producer pauses, with worker threads", async () => {
    // More than 6 MB at once, so that the worker thread starts; then a pause.
    const lines = [...syntheticCorpus(6_500_000, 11)];
    const last = JSON.parse(lines[lines.length - 1]).id;
    const r = await paused(["--jobs", "2"], lines.join(""), last, '{"id":"after-the-pause","text":"We take security seriously."}\n');
    expect(r.prompt).toBe(true);
    expect(r.status).toBe(0);
    const ids = r.stdout.trim().split("\n").map((l) => JSON.parse(l).id);
    expect(ids).toEqual([...lines.map((l) => JSON.parse(l).id), "after-the-pause"]);
  }, 60_000);
});

describe("the framewatch launcher", () => {
  // A preloaded script shows which of the launcher's V8 flags each Node process started with.
  const preload = join(dir, "flags.cjs");
  writeFileSync(preload, `process.stderr.write("flags " + JSON.stringify(process.execArgv.filter((a) => a === "--no-regexp-tier-up" || a === "--expose-gc")) + " pid " + process.pid + "\\n");\n`);
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ["bin/framewatch.js", ...args], { cwd: ROOT, input, encoding: "utf8", env: { ...process.env, FRAMEWATCH_CACHE_DIR: TEST_CACHE, NODE_OPTIONS: `--require ${preload}` } });

  it("restarts Node with --no-regexp-tier-up and --expose-gc for JSONL on standard input, and passes the output, the errors and the exit status through", () => {
    const r = run(["annotate", "--input", "jsonl", "--format", "jsonl"], '{"id":"a","text":"This is an industry-wide problem."}\n{bad\n');
    expect(r.stderr).toMatch(/^flags \[\] pid \d+$/m);
    expect(r.stderr).toMatch(/^flags \["--no-regexp-tier-up","--expose-gc"\] pid \d+$/m);
    expect(r.stderr).toMatch(/<stdin>:2: invalid JSON/);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.split("\n")[0]).tags.map((t: { strategy: string }) => t.strategy)).toEqual(["sector-problem"]);
  });

  it("runs one statement in place, without a second start", () => {
    const r = run(["annotate", "-"], "This is an industry-wide problem.");
    expect(r.stderr).toMatch(/^flags \[\] pid \d+\n$/);
    expect(r.stdout).toMatch(/sector-problem/);
    expect(r.status).toBe(0);
  });

  it("passes a signal on to the restarted process", async () => {
    // A pipe that stays open (as from a batch system's producer): the restarted process waits for
    // lines until it is stopped. The shell and `sleep` get a process group of their own, to clean up.
    const shell = spawn("sh", ["-c", `sleep 60 | "${process.execPath}" bin/framewatch.js annotate --input jsonl`], { cwd: ROOT, detached: true, env: { ...process.env, FRAMEWATCH_CACHE_DIR: TEST_CACHE, NODE_OPTIONS: `--require ${preload}` } });
    let stderr = "";
    const [launcher, child] = await new Promise<number[]>((resolve) =>
      shell.stderr.on("data", (d) => {
        stderr += d;
        const a = /flags \[\] pid (\d+)/.exec(stderr);
        const b = /flags \["--no-regexp-tier-up","--expose-gc"\] pid (\d+)/.exec(stderr);
        if (a && b) resolve([Number(a[1]), Number(b[1])]);
      }),
    );
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    try {
      process.kill(launcher, "SIGTERM");
      for (let i = 0; i < 50 && (alive(launcher) || alive(child)); i++) await new Promise((r) => setTimeout(r, 100));
      expect(alive(launcher)).toBe(false);
      expect(alive(child)).toBe(false);
    } finally {
      process.kill(-shell.pid!, "SIGKILL");
    }
  });
});
