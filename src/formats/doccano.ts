/**
 * doccano (https://github.com/doccano/doccano) sequence labelling JSONL: one document per line,
 * `{"text": ..., "label": [[start, end, "strategy:mode"], ...], "document": id}`.
 *
 * - doccano has one label per span, so the label joins strategy and mode with a colon
 *   ("sector-problem:enacted"); create those labels in the project, or let the import create them.
 * - Offsets are UTF-16 code units, as doccano counts them in its default setting (doccano#2290);
 *   a project that counts grapheme clusters as one character is not supported (a mismatch is
 *   reported on import).
 * - Import reads `label`, `labels` or `entities` (lists of [start, end, label] or of
 *   {start_offset, end_offset, label}); the document is the line's `document` (also looked for in
 *   `meta` and `metadata`), or else the corpus document with exactly the line's text.
 */
import { forEachJsonLine, ImportCollector, isObject, type ExportDocument, type Loose } from "./spans.js";

/** One JSONL line (without the line break) per document. */
export function toDoccano(doc: ExportDocument): string {
  return JSON.stringify({ text: doc.text, label: doc.spans.map((s) => [s.start, s.end, `${s.strategy}:${s.mode}`]), document: doc.id });
}

/** Read doccano JSONL into the collector. */
export function fromDoccano(jsonl: string, file: string, into: ImportCollector): void {
  forEachJsonLine(jsonl, file, into, "with text and label", (rec, where) => {
    const meta = [rec, rec.meta, rec.metadata].find((m) => isObject(m) && typeof m.document === "string") as Loose | undefined;
    const id = meta?.document ?? into.idOfText(rec.text);
    if (id === undefined) return into.problem({ where, reason: 'no "document" field, and no corpus document has exactly this text' });
    if (!into.document(id, where)) return;
    if (rec.text !== undefined && !into.sameText(id, rec.text, where)) return;
    const labels = rec.label ?? rec.labels ?? rec.entities ?? [];
    if (!Array.isArray(labels)) return into.problem({ where, document: id, reason: `expected "label" to be a list of [start, end, label], got ${JSON.stringify(labels)}` });
    labels.forEach((l, k) => {
      const [start, end, name] = Array.isArray(l) ? l : isObject(l) ? [l.start_offset, l.end_offset, l.label] : [];
      const label = `${k + 1} (${JSON.stringify(name ?? null)})`;
      if (typeof name !== "string") return into.problem({ where, document: id, span: label, reason: `expected [start, end, "strategy:mode"], got ${JSON.stringify(l)}` });
      const colon = name.lastIndexOf(":");
      const [strategy, mode] = colon < 0 ? [name, undefined] : [name.slice(0, colon), name.slice(colon + 1)];
      into.span(id, { label, strategy, mode, start, end, unit: "utf16" }, where);
    });
  });
}
