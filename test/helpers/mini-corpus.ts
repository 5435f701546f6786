// A small corpus in a temporary folder, for commands that tag (tagging the bundled corpus is slow).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import type { Annotation } from "../../src/corpus/types.js";

export interface MiniDocument {
  id: string;
  text: string;
  gold: Omit<Annotation, "text">[];
}

/** Write a corpus with one incident and these documents (and their gold files); returns its folder. */
export function miniCorpus(docs: MiniDocument[], annotator = "coder-a"): string {
  const dir = mkdtempSync(join(tmpdir(), "framewatch-mini-"));
  for (const sub of ["incidents", "documents", "gold"]) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, "incidents", "leak.yaml"), stringify({ id: "leak", title: "A leak", organisations: ["Acme"], date: "2021-04-06", summary: "A test incident." }));
  for (const d of docs) {
    const meta = { id: d.id, incident: "leak", organisation: "Acme", date: "2021-04-06", kind: "blog-post", audience: "public", source: { title: "test" }, provenance: "verbatim" };
    writeFileSync(join(dir, "documents", `${d.id}.md`), `---\n${stringify(meta)}---\n${d.text}\n`);
    writeFileSync(join(dir, "gold", `${d.id}.yaml`), stringify({ document: d.id, annotator, annotations: d.gold.map((a) => ({ ...a, text: d.text.slice(a.start, a.end) })) }));
  }
  return dir;
}

/** A gold-style annotation file for a second coder. */
export function coderFile(dir: string, doc: MiniDocument, annotations: Omit<Annotation, "text">[], annotator = "coder-b"): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${doc.id}.yaml`), stringify({ document: doc.id, annotator, annotations: annotations.map((a) => ({ ...a, text: doc.text.slice(a.start, a.end) })) }));
}
