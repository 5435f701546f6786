// A worker thread that checks one of the tagger's properties and reports each input before tagging
// it, so that the parent can name the input if tagging never finishes (see in-worker.ts).
import { parentPort, workerData } from "node:worker_threads";
import { checkProperty, type PropertyName } from "./tag-properties.js";

const { name, numRuns, seed } = workerData as { name: PropertyName; numRuns: number; seed?: number };
try {
  const runs = checkProperty(name, { numRuns, seed, onCase: (text) => parentPort!.postMessage({ case: text }) });
  parentPort!.postMessage({ done: true, runs });
} catch (e) {
  parentPort!.postMessage({ done: true, error: (e as Error).message });
}
