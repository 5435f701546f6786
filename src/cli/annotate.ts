/** `framewatch annotate`: tag statements and print them for people or machines. */
import { createReadStream, existsSync, fstatSync, statSync } from "node:fs";
import { snapshotOf, type CompiledCodebook } from "../codebook/compiled.js";
import { MODES, type Mode } from "../codebook/types.js";
import { tagWith } from "../tagger/pipeline.js";
import { trieData } from "../tagger/anchor-trie.js";
import { CSV_HEADER, csvRows, jsonRecord, renderHtml, renderText, type AnnotatedDocument } from "../formats/annotation.js";
import { choice, numberOption, usageError, workError, commandArgs } from "./errors.js";
import { readStdin, readTextFile } from "./io.js";
import { linesOf, readBatches, readLines, STALL_MS, type BatchLimits, type LineBatch } from "./lines.js";
import { Output } from "./output.js";
import { cachedBuiltin } from "./codebook-cache.js";
import { parseRecord, processBatch, STREAMING_FORMATS, type BatchOptions, type RecordResult, type StreamingFormat } from "./annotate-batch.js";
import { WorkerPool } from "./pool.js";
import { IdSet } from "./id-set.js";
import { Collector } from "./collector.js";
import { progressBar } from "./progress.js";
import { availableParallelism } from "node:os";
import type { InterchangeSink } from "./interchange.js";
import { INTERCHANGE_FORMATS } from "../formats/interchange.js";

export const ANNOTATE_FORMATS = ["text", "json", "jsonl", "csv", "html", "label-studio", "brat", "w3c", "doccano"] as const;
export const INPUTS = ["text", "jsonl"] as const;
export const ON_ERROR = ["fail", "skip"] as const;

export const ANNOTATE_HELP = `Usage: framewatch annotate [FILE... | -] [options]

Tag the framing strategies of statements. With no FILE, or with -, reads standard input.

Input
  --input text|jsonl       text: each FILE is one statement (default)
                           jsonl: one {"id": ..., "text": ...} per line; output keeps ids and order
  --on-error fail|skip     a bad JSONL line (invalid JSON, missing or non-string text,
                           duplicate id, invalid UTF-8, a line over 10 MB) is reported on
                           stderr as "FILE:LINE: id ...: reason". fail (default): stop there,
                           exit 1. skip: go on with the next line, exit 1 at the end.

Output
  --format FORMAT          text (default): the statement with tagged spans highlighted
                             (plain brackets when not a terminal or with NO_COLOR), and a legend
                           json: an array of {id, tags, strategies}
                           jsonl: one {id, tags, strategies} per input, in input order
                           csv: one row per tag (id, strategy, mode, start, end, text, confidence, cue)
                           html: a standalone page with highlighted spans and a legend
                           label-studio: tasks with the tags as predictions (JSON)
                           brat: standoff .ann (with --out-dir: .txt and .ann per document,
                             annotation.conf and visual.conf)
                           w3c: a W3C Web Annotation collection (JSON-LD)
                           doccano: one {"text", "label": [[start, end, "strategy:mode"]]} per line
  --out-dir DIR            write the files of label-studio (tasks.json and the labelling
                           configuration label-studio-config.xml), brat, w3c or doccano into
                           DIR (created if needed; existing files are not overwritten).
                           Without it the main file goes to standard output; brat then needs
                           a single text file as input
  --explain                add each strategy's definition and the questions a reporter
                           would put back to the organisation

Speed
  -j, --jobs N             threads that tag --input jsonl with jsonl, json, csv or text output:
                           the main thread and N - 1 worker threads (default: the number of
                           cores); output order is kept. Small inputs (under 6 MB) are tagged
                           on the main thread alone. A progress bar (documents, MB, docs/s,
                           ETA) is shown on standard error when it is a terminal.
                           The compiled built-in codebook is kept in ~/.cache/framewatch (or
                           $FRAMEWATCH_CACHE_DIR) for the next run; FRAMEWATCH_NO_CACHE=1 turns
                           that off.

Tagging
  --codebook FILE          a YAML or JSON codebook that extends (mode: extend) or replaces
                           (mode: replace) the built-in one; or a LIWC .dic or quanteda YAML
                           dictionary, whose categories replace the built-in strategies
  --min-confidence N       drop tags below N (0 to 1, default 0.5)
  --mode MODE              force the mode of every tag: enacted, directive or reported
                           (e.g. reported for a news report)

A tag is {strategy, mode, start, end, text, confidence, cue}; start and end are UTF-16 offsets
(end exclusive) so that text.slice(start, end) === tag.text. label-studio, brat and w3c count
code points instead, as those tools do; doccano and csv keep UTF-16 offsets.

Exit status: 0 success, 1 bad input or failed work, 2 usage error.

Examples
  echo "We found and fixed this issue in August 2019." | framewatch annotate -
  framewatch annotate statement.txt --explain
  framewatch annotate --input jsonl --format jsonl < statements.jsonl > tags.jsonl
`;

export interface AnnotateConfig {
  files: string[];
  format: (typeof ANNOTATE_FORMATS)[number];
  input: (typeof INPUTS)[number];
  onError: (typeof ON_ERROR)[number];
  explain: boolean;
  minConfidence: number;
  mode?: Mode;
  /** The codebook: a user's file, or the built-in one (see codebook-cache.ts). */
  codebook: CompiledCodebook;
  color: boolean;
  outDir?: string;
  /** Worker threads for --input jsonl (default: the number of cores). */
  jobs: number;
}

/** Loose arguments in, a strict configuration out. */
export async function annotateConfig(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean): Promise<AnnotateConfig | "help"> {
  const parsed = commandArgs("annotate", {
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      input: { type: "string" },
      "on-error": { type: "string" },
      explain: { type: "boolean" },
      "min-confidence": { type: "string" },
      mode: { type: "string" },
      codebook: { type: "string" },
      "out-dir": { type: "string" },
      jobs: { type: "string", short: "j" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const v = parsed.values;
  if (v.help) return "help";
  const mode = v.mode === undefined ? undefined : choice("mode", v.mode, MODES, "enacted");
  // A codebook file needs the compiler (and its language model); the built-in codebook comes
  // compiled from the cache once all options are known to be valid.
  const own = v.codebook ? (await import("./codebook-file.js")).loadCodebookFile(v.codebook) : undefined;
  const config = {
    files: parsed.positionals.length ? parsed.positionals : ["-"],
    format: choice("format", v.format, ANNOTATE_FORMATS, "text"),
    input: choice("input", v.input, INPUTS, "text"),
    onError: choice("on-error", v["on-error"], ON_ERROR, "fail"),
    explain: Boolean(v.explain),
    minConfidence: numberOption("min-confidence", v["min-confidence"], 0, 1, 0.5),
    mode,
    color: isTTY && !v["no-color"] && !env.NO_COLOR && env.TERM !== "dumb",
    ...(v["out-dir"] ? { outDir: v["out-dir"] } : {}),
    jobs: numberOption("jobs", v.jobs, 1, 256, availableParallelism(), true),
  };
  return { ...config, codebook: own ?? (await cachedBuiltin(env)) };
}

/** Run `framewatch annotate`; returns the exit code. */
export async function annotate(argv: string[]): Promise<number> {
  const config = await annotateConfig(argv, process.env, Boolean(process.stdout.isTTY));
  if (config === "help") {
    process.stdout.write(ANNOTATE_HELP);
    return 0;
  }
  if (config.files.filter((f) => f === "-").length > 1) throw usageError("standard input (-) can be read only once");
  const out = new Output(process.stdout);
  const sink = await Sink.open(config, out);
  let failed = false;
  if (config.input === "text") {
    for (const file of config.files) {
      const text = file === "-" ? await readStdin() : readTextFile(file);
      await sink.add({ id: file === "-" ? "stdin" : file, text });
    }
  } else if ((STREAMING_FORMATS as readonly string[]).includes(config.format)) {
    failed = await annotateJsonl(config, out);
  } else {
    const seen = new IdSet();
    outer: for (const file of config.files) {
      const name = checkJsonlFile(file);
      const stream = file === "-" ? process.stdin : createReadStream(file);
      for await (const line of readLines(stream)) {
        const result = parseRecord(line.text, line.error);
        if (result === null) continue;
        const error = "error" in result ? result.error : seen.add(result.id) ? undefined : "duplicate id";
        if (error) {
          failed = true;
          reportLine(name, line.number, "error" in result ? result.id : result.id, error);
          if (config.onError === "fail") break outer;
          continue;
        }
        await sink.add(result as { id: string; text: string });
      }
    }
  }
  await sink.end();
  await out.flush();
  return failed ? 1 : 0;
}

/** The display name of a JSONL input, after checking that it is a readable file. */
function checkJsonlFile(file: string): string {
  if (file === "-") return "<stdin>";
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw workError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw workError(`${file}: is a folder, expected a JSONL file`);
  return file;
}

/**
 * How long an input may pause before what was read from it is written (BatchLimits.stallMs): only
 * a pipe, a terminal or a socket pauses. A regular file's bytes are all there: a slow read of one
 * (from a network disk) is no pause of its producer, and ending batches then would idle the workers.
 */
export function stallFor(file: string): number {
  try {
    return (file === "-" ? fstatSync(0) : statSync(file)).isFile() ? 0 : STALL_MS;
  } catch {
    return STALL_MS;
  }
}

function reportLine(name: string, line: number, id: unknown, error: string) {
  process.stderr.write(`${name}:${line}: ${id !== undefined ? `id ${JSON.stringify(id)}: ` : ""}${error}\n`);
}

/** Lines per batch, and how much input is read before worker threads are worth starting. */
const BATCH_LINES = 256;
const BATCH_BYTES = 256 * 1024;
/**
 * Lines per batch on the main thread when the process cannot ask for full collections (Node
 * started without --expose-gc; see Collector). What a batch holds lives until it is written; the
 * less of it outlives a young-generation collection, the less the heap grows. With the
 * collections, batches of BATCH_LINES are 2-5% faster for the same memory (one job, 20 and 200
 * MB); without them, 200 MB took 223 MB instead of 169.
 */
const UNCOLLECTED_BATCH_LINES = 16;
/**
 * Each thread pays a warm-up the first time it tags (V8 compiles the expressions that the text
 * calls for, and the code): about 0.2 s for one thread alone (0.19-0.22 s in the bench), but two
 * threads warming up at once on two cores take longer each (their first batch 177-267 ms, against
 * 130-139 ms for one thread alone), so a worker thread pays off only on a larger input. On the bench corpus, 2 jobs with the
 * worker started at once against 1 job took 0.79-0.83 against 0.66-0.69 s on 2 MB, 0.95-0.97
 * against 0.85-0.92 s on 4 MB, 1.06-1.11 against 1.07-1.10 s on 6 MB, and 1.19-1.25 against
 * 1.29-1.32 s on 8 MB (/usr/bin/time, interleaved, three runs each, 29 November 2026, 08:20 UTC).
 */
const POOL_AFTER_BYTES = 6 * 2 ** 20;
/**
 * Each worker thread's heap limits, in MB. With V8's defaults (a 48 MB young generation, and an old
 * generation that may grow to 4 GB here, which V8 lets run far ahead of its collections), the peak
 * memory of 2 jobs was 296 to 311 MB on 20 MB and 394 to 528 MB on 200 MB. A 1 GB old generation
 * keeps it down. The young generation trades memory for time: with 16 MB, 2 jobs took 9.11-9.13 s
 * on 200 MB (317-323 MB) and 1.38-1.40 s on 20 MB (271-272 MB); with 32 MB, 8.36-8.42 s (339-345
 * MB) and 1.34-1.35 s (281-284 MB): fewer young collections, each with the same fixed cost
 * (/usr/bin/time, three runs each, MB of 2^20 bytes as in the bench, 29 November 2026, with two
 * worker threads and the bench's earlier, repetitive corpus). With one worker beside the tagging
 * main thread, on the present corpus, 16 MB still saved little (2 jobs on 20 MB: 306-320 against
 * 323 MB) for 3-5% more time. A worker
 * tagging a 9.5 MB line of dense framing language (the longest line is 10 MB) needs less than
 * 128 MB: the old generation's limit leaves it eight times that. Past it the command says so (see
 * outOfMemory).
 */
const WORKER_LIMITS = { youngGenerationMB: 32, oldGenerationMB: 1024 };
/** The worker threads' script: built JavaScript (run from the TypeScript sources, as in tests, the work stays on the main thread). */
const WORKER = new URL("./annotate-worker.js", import.meta.url);

/**
 * Stream JSONL through the tagger: read line by line, tag in batches (once the input is large
 * enough and --jobs > 1, on jobs - 1 worker threads, and on the main thread whenever each worker
 * has two batches), write each record as soon as those before it are written. Memory stays
 * bounded: at most 4 × jobs batches are read and not written. Returns whether any line failed.
 */
async function annotateJsonl(config: AnnotateConfig, out: Output): Promise<boolean> {
  const options: BatchOptions = { format: config.format as StreamingFormat, minConfidence: config.minConfidence, mode: config.mode, explain: config.explain, color: config.color };
  const seen = new IdSet();
  const names = new Map<number, string>();
  const pending = new Map<number, RecordResult[]>();
  let pool: WorkerPool<LineBatch, RecordResult[]> | undefined;
  let nextSeq = 0;
  let writeSeq = 0;
  let failed = false;
  let stopped = false;
  let written = 0;
  let bytes = 0;
  const totalBytes = config.files.reduce((n, f) => n + (f === "-" ? 0 : statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
  const willPool = config.jobs > 1 && totalBytes > POOL_AFTER_BYTES && existsSync(WORKER);
  const progress = progressBar(config.files.includes("-") ? 0 : totalBytes);
  const collector = new Collector();

  const flush = async () => {
    while (pending.has(writeSeq)) {
      const results = pending.get(writeSeq)!;
      const name = names.get(writeSeq)!;
      pending.delete(writeSeq);
      names.delete(writeSeq);
      writeSeq++;
      for (const r of results) {
        if (stopped) break;
        // One look-up: add() tells whether the id was new.
        const error = r.error ?? (seen.add(r.id!) ? undefined : "duplicate id");
        if (error) {
          failed = true;
          reportLine(name, r.line, r.error ? r.rawId : r.id, error);
          if (config.onError === "fail") stopped = true;
          continue;
        }
        if (options.format === "json") await out.write((written === 0 ? "[\n" : ",\n") + r.out);
        else if (options.format === "csv") await out.write((written === 0 ? CSV_HEADER.join(",") + "\r\n" : "") + r.out);
        else if (options.format === "text") await out.write((written === 0 ? "" : "\n") + r.out);
        else await out.write(r.out!);
        written++;
      }
      progress.update(written, bytes);
    }
  };
  const receive = async () => {
    const { seq, results } = await pool!.next();
    pending.set(seq, results);
    await flush();
  };
  /** Write every record read so far, waiting for the workers' batches. */
  const drain = async () => {
    while (pool && pool.inFlight > 0) await receive();
    await flush();
  };
  const dispatch = async (batch: LineBatch, name: string) => {
    const seq = nextSeq++;
    const size = batch.bytes.length;
    names.set(seq, name);
    // Worker threads start at once when the files are known to be large.
    if (!pool && (willPool || (config.jobs > 1 && bytes > POOL_AFTER_BYTES && existsSync(WORKER)))) {
      pool = new WorkerPool(WORKER, config.jobs - 1, { options }, WORKER_LIMITS);
      // The workers load their code meanwhile; then they take the compiled codebook as a snapshot,
      // with its anchor trie (which the main thread builds meanwhile, if the cache had none).
      pool.broadcast({ init: { snapshot: snapshotOf(config.codebook), codebook: config.codebook.codebook, trie: trieData(config.codebook) } });
    }
    if (pool) {
      for (let r = pool.take(); r; r = pool.take()) pending.set(r.seq, r.results);
      await flush();
      // With 4 × jobs batches read and not written (a worker slow on a long line), wait for the
      // workers instead of tagging further ahead of them.
      while (pool.inFlight >= pool.capacity && seq - writeSeq >= config.jobs * 4) await receive();
    }
    if (pool && pool.inFlight < pool.capacity) {
      // The bytes move to the worker: no copy, and no garbage left on this thread.
      pool.submit(seq, batch, [batch.bytes.buffer as ArrayBuffer]);
    } else {
      // No workers, or each has a batch and the next one: this thread tags this one itself.
      pending.set(seq, processBatch(linesOf(batch), config.codebook, options));
      if (pool) {
        // Let the workers' finished batches in: their messages wait for the event loop.
        await new Promise(setImmediate);
        for (let r = pool.take(); r; r = pool.take()) pending.set(r.seq, r.results);
      }
      await flush();
    }
    collector.add(size);
  };

  const mainLines = collector.active ? BATCH_LINES : UNCOLLECTED_BATCH_LINES;
  const limits: BatchLimits = { lines: mainLines, bytes: BATCH_BYTES };
  try {
    for (const file of config.files) {
      const name = checkJsonlFile(file);
      const stream = file === "-" ? process.stdin : createReadStream(file);
      limits.lines = pool || willPool ? BATCH_LINES : mainLines;
      limits.stallMs = stallFor(file);
      for await (const batch of readBatches(stream, limits)) {
        if (stopped) break;
        bytes += batch.bytes.length;
        await dispatch(batch, name);
        limits.lines = pool || willPool ? BATCH_LINES : mainLines;
        // The input paused: write all that was read before waiting for more.
        if (batch.stalled) {
          await drain();
          await out.flush();
        }
      }
      if (stopped) break;
    }
    await drain();
  } catch (e) {
    throw outOfMemory(e) ?? e;
  } finally {
    progress.stop();
    await pool?.close();
  }
  if (options.format === "json") await out.write(written === 0 ? "[]\n" : "\n]\n");
  return failed;
}

/** A worker thread's out-of-memory error, told as what to do about it (undefined for any other error). */
export function outOfMemory(e: unknown): Error | undefined {
  if ((e as { code?: string })?.code !== "ERR_WORKER_OUT_OF_MEMORY") return undefined;
  return workError(`a worker thread ran out of memory (its limit is ${WORKER_LIMITS.oldGenerationMB} MB); --jobs 1 tags on the main thread, without that limit`);
}

/** Where annotated documents go, in the chosen format. */
class Sink {
  private docs: AnnotatedDocument[] = [];
  private first = true;
  private constructor(
    private config: AnnotateConfig,
    private out: Output,
    private interchange?: InterchangeSink,
  ) {}

  /** The sink for the configured format (the interchange formats' code loads only for them). */
  static async open(config: AnnotateConfig, out: Output): Promise<Sink> {
    const format = config.format;
    if ((INTERCHANGE_FORMATS as readonly string[]).includes(format) && format !== "csv") {
      const { InterchangeSink } = await import("./interchange.js");
      return new Sink(config, out, new InterchangeSink(format as Exclude<(typeof INTERCHANGE_FORMATS)[number], "csv">, config.codebook, config.outDir, (s) => out.write(s), config.input === "text" && config.files.length === 1));
    }
    if (config.outDir) throw usageError(`--out-dir is for label-studio, brat, w3c and doccano, not ${format}`);
    return new Sink(config, out);
  }

  async add(doc: { id: string; text: string }): Promise<void> {
    const { codebook, minConfidence, mode } = this.config;
    const annotated = { id: doc.id, text: doc.text, tags: tagWith(doc.text, codebook, { minConfidence, mode }) };
    const explain = this.config.explain ? codebook : undefined;
    switch (this.config.format) {
      case "jsonl":
        return this.out.write(JSON.stringify(jsonRecord(annotated, explain)) + "\n");
      case "json":
        await this.out.write((this.first ? "[\n" : ",\n") + JSON.stringify(jsonRecord(annotated, explain), null, 2));
        this.first = false;
        return;
      case "csv":
        if (this.first) await this.out.write(CSV_HEADER.join(",") + "\r\n");
        this.first = false;
        for (const row of csvRows(annotated)) await this.out.write(row + "\r\n");
        return;
      case "text":
        await this.out.write((this.first ? "" : "\n") + renderText(annotated, { color: this.config.color, codebook, explain: this.config.explain }));
        this.first = false;
        return;
      case "html":
        this.docs.push(annotated);
        return;
      default:
        return this.interchange!.add({ id: annotated.id, text: annotated.text, spans: annotated.tags });
    }
  }

  async end(): Promise<void> {
    if (this.config.format === "json") await this.out.write(this.first ? "[]\n" : "\n]\n");
    if (this.config.format === "html") await this.out.write(renderHtml(this.docs, { codebook: this.config.codebook, explain: this.config.explain }));
    await this.interchange?.end();
  }
}
