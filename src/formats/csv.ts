/**
 * CSV, one row per span: id, strategy, mode, start, end, text, confidence, cue (the columns of
 * `framewatch annotate --format csv`). Offsets are UTF-16 code units, as everywhere in framewatch.
 * Cells are guarded against formula injection (csvCell); the import undoes the guard.
 * A document without any span has no row, so a CSV cannot say "this document has no strategy":
 * the import only writes documents that have at least one row.
 */
import { CSV_HEADER } from "./annotation.js";
import { csvRow } from "./escape.js";
import { ImportCollector, type ExportDocument } from "./spans.js";

/** The CSV of the documents' spans, header first, CRLF line ends. */
export function toCsv(docs: readonly ExportDocument[]): string {
  const rows = docs.flatMap((d) => d.spans.map((s) => csvRow([d.id, s.strategy, s.mode, s.start, s.end, s.text, s.confidence, s.cue])));
  return [CSV_HEADER.join(","), ...rows].map((r) => r + "\r\n").join("");
}

/** Parse CSV (RFC 4180: quoted cells may hold commas, quotes as "" and line breaks) into records with their first line. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false;
  const endRecord = () => {
    cells.push(cell);
    if (any || cells.length > 1 || cell !== "") records.push({ line: start, cells });
    cells = [];
    cell = "";
    any = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      quoted = true;
      any = true;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length || any) endRecord();
  return records;
}

/** Undo csvCell's guard against formula injection: a leading apostrophe before = + - @ tab or CR. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Read CSV rows into the collector. */
export function fromCsv(text: string, file: string, into: ImportCollector): void {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!header) return into.problem({ where: file, reason: "empty file (expected a header: id,strategy,mode,start,end,text)" });
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = ["id", "strategy", "mode", "start", "end", "text"].filter((k) => !names.includes(k));
  if (missing.length) return into.problem({ where: `${file}:${header.line}`, reason: `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} in the header` });
  const col = (cells: string[], name: string) => cells[names.indexOf(name)];
  for (const { line, cells } of rows) {
    const where = `${file}:${line}`;
    if (cells.length !== names.length) {
      into.problem({ where, reason: `expected ${names.length} cells as in the header, got ${cells.length}` });
      continue;
    }
    const rawId = col(cells, "id");
    const id = into.texts.has(rawId) ? rawId : unguard(rawId);
    if (!into.document(id, where, undefined, true)) continue;
    const num = (name: string) => (/^\s*\d+\s*$/.test(col(cells, name)) ? Number(col(cells, name)) : col(cells, name));
    const start = num("start");
    const end = num("end");
    const rawText = col(cells, "text");
    const actual = typeof start === "number" && typeof end === "number" ? into.texts.get(id)!.slice(start, end) : undefined;
    const quote = actual === rawText ? rawText : unguard(rawText);
    into.span(id, { label: `${col(cells, "strategy")} ${col(cells, "start")}-${col(cells, "end")}`, strategy: col(cells, "strategy"), mode: col(cells, "mode"), start, end, quote, unit: "utf16" }, where);
  }
}
