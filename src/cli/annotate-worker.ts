// A worker thread of `annotate --jobs N`: compiles the codebook once, then processes batches.
import { parentPort, workerData } from "node:worker_threads";
import { builtinCompiled } from "../codebook/builtin.js";
import { compileCodebook } from "../codebook/compile.js";
import type { Codebook } from "../codebook/types.js";
import { processBatch, type BatchOptions } from "./annotate-batch.js";
import type { Line } from "./lines.js";

const { codebook, options } = workerData as { codebook: Codebook | null; options: BatchOptions };
const compiled = codebook ? compileCodebook(codebook) : builtinCompiled();

parentPort!.on("message", (msg: { seq: number; lines: Line[] }) => {
  parentPort!.postMessage({ seq: msg.seq, results: processBatch(msg.lines, compiled, options) });
});
