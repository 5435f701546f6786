// A worker thread that tags texts with a user codebook (or the built-in one), reporting each text
// before tagging it (see in-worker.ts). Resolves with the number of tags per text.
import { parentPort, workerData } from "node:worker_threads";
import { loadCodebook } from "../../src/codebook/load.js";
import { tag } from "../../src/tagger/tag.js";

const { texts, codebook } = workerData as { texts: string[]; codebook?: { text: string; file: string } };
try {
  const compiled = codebook ? loadCodebook(codebook.text, codebook.file) : undefined;
  const counts = texts.map((text) => {
    parentPort!.postMessage({ case: text });
    return tag(text, compiled ? { codebook: compiled } : {}).length;
  });
  parentPort!.postMessage({ done: true, result: counts });
} catch (e) {
  parentPort!.postMessage({ done: true, error: (e as Error).message });
}
