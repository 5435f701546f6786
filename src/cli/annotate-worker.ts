// A worker thread of `annotate --jobs N`. It starts loading at once; its first message is the main
// thread's compiled codebook as a snapshot (so no worker compiles it, nor loads the language
// model that compiling needs), then come the batches, as bytes: the worker decodes them.
import { parentPort, workerData } from "node:worker_threads";
import { fromSnapshot, type CompiledCodebook, type CompiledSnapshot } from "../codebook/compiled.js";
import { adoptTrie, type AnchorTrieData } from "../tagger/anchor-trie.js";
import type { Codebook } from "../codebook/types.js";
import { processBatch, type BatchOptions } from "./annotate-batch.js";
import { linesOf, type LineBatch } from "./lines.js";
import { Collector } from "./collector.js";

const { options } = workerData as { options: BatchOptions };
let compiled: CompiledCodebook | undefined;
const collector = new Collector();

parentPort!.on("message", (msg: { init: { snapshot: CompiledSnapshot; codebook: Codebook; trie: AnchorTrieData } } | { seq: number; lines: LineBatch }) => {
  if ("init" in msg) {
    compiled = fromSnapshot(msg.init.snapshot, msg.init.codebook);
    adoptTrie(compiled, msg.init.trie);
    return;
  }
  parentPort!.postMessage({ seq: msg.seq, results: processBatch(linesOf(msg.lines), compiled!, options) });
  collector.add(msg.lines.bytes.length);
});
