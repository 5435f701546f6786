// Write a corpus bundle back to a corpus folder (incidents/, documents/, gold/), for CLI tests on a fixed corpus.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { CorpusBundle } from "../../src/corpus/types.js";

export function writeCorpus(dir: string, bundle: CorpusBundle): string {
  for (const sub of ["incidents", "documents", "gold"]) mkdirSync(join(dir, sub), { recursive: true });
  for (const i of bundle.incidents) writeFileSync(join(dir, "incidents", `${i.id}.yaml`), stringify(i));
  for (const d of bundle.documents) {
    const { text, gold, goldAnnotator, machine: _machine, ...meta } = d;
    writeFileSync(join(dir, "documents", `${d.id}.md`), `---\n${stringify(meta)}---\n${text}\n`);
    writeFileSync(join(dir, "gold", `${d.id}.yaml`), stringify({ document: d.id, annotator: goldAnnotator ?? "coder-a", annotations: gold.map(({ annotator: _a, ...a }) => a) }));
  }
  return dir;
}
