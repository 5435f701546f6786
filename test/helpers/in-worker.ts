// Run CPU-bound checks (tagging, pattern matching) in a worker thread, so that an input that makes
// them run away fails the test at vitest's timeout, and does not hang the whole run: the parent
// stays free, keeps the last input the worker started on, and terminates the worker afterwards.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { ROOT } from "./cli.js";
import type { PropertyName } from "./tag-properties.js";

const TSX_API = pathToFileURL(`${ROOT}node_modules/tsx/dist/esm/api/index.mjs`).href;
/** A worker's bootstrap: register tsx in the worker, then load the TypeScript entry. */
const bootstrap = (entry: string) => `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;

export interface WorkerOutcome {
  error?: string;
  runs?: number;
  result?: unknown;
}

interface Running {
  worker: Worker;
  last?: string;
  what: string;
}

const running = new Set<Running>();

function start(file: string, workerData: unknown, what: string, onCase?: (text: string) => void): Promise<WorkerOutcome> {
  const worker = new Worker(bootstrap(new URL(file, import.meta.url).href), { eval: true, workerData });
  const r: Running = { worker, what };
  running.add(r);
  return new Promise((resolve, reject) => {
    worker.on("message", (m: { case?: string; done?: boolean } & WorkerOutcome) => {
      if (m.case !== undefined) {
        r.last = m.case;
        onCase?.(m.case);
      }
      if (m.done) {
        running.delete(r);
        void worker.terminate();
        resolve(m);
      }
    });
    worker.on("error", (e) => {
      running.delete(r);
      reject(e);
    });
  });
}

/** Check one of the tagger's properties (tag-properties.ts) in a worker. */
export const propertyInWorker = (name: PropertyName, numRuns: number, seed?: number, onCase?: (text: string) => void) =>
  start("./property-worker.ts", { name, numRuns, seed }, `property ${name}`, onCase);

/** Tag each text with a codebook file's text (or the built-in codebook) in a worker; resolves with the tags' count per text. */
export const tagInWorker = (texts: string[], codebook?: { text: string; file: string }) => start("./tag-worker.ts", { texts, codebook }, "tag");

/**
 * Terminate the workers still running (call in afterEach): after a timeout, say what hung, with
 * the input it was working on, so that the report names the input.
 */
export async function stopWorkers(): Promise<string[]> {
  const hung: string[] = [];
  for (const r of running) {
    await r.worker.terminate();
    if (r.last === undefined) {
      hung.push(`${r.what} did not finish`);
      continue;
    }
    // The whole input goes to a file (as JSON, so that lone surrogates survive); the start of it to stderr.
    const file = join(mkdtempSync(join(tmpdir(), "framewatch-hang-")), "input.json");
    writeFileSync(file, JSON.stringify(r.last));
    hung.push(`${r.what} did not finish; last input (${r.last.length} UTF-16 units, in full in ${file}): ${JSON.stringify(r.last.length > 400 ? r.last.slice(0, 400) + "…" : r.last)}`);
  }
  running.clear();
  for (const h of hung) process.stderr.write(`${h}\n`);
  return hung;
}
