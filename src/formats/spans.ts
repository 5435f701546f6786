/**
 * What the interchange formats (label-studio.ts, brat.ts, w3c.ts, doccano.ts, csv.ts) share: the
 * documents they export, what an import returns, and the check of every imported span against the
 * document's text. A span whose offsets do not point at the text the file quotes is an error that
 * names the document and the span; an import never shifts a span silently.
 */
import { MODES, type Mode } from "../codebook/types.js";
import { offsetMap, type OffsetMap } from "./offsets.js";

/** A span to export: a tag or a gold annotation (UTF-16 offsets, end exclusive). */
export interface ExportSpan {
  strategy: string;
  mode: Mode;
  start: number;
  end: number;
  text: string;
  confidence?: number;
  cue?: string;
}

export interface ExportDocument {
  id: string;
  text: string;
  spans: readonly ExportSpan[];
}

/** A span read back from a file, checked against the text (UTF-16 offsets). */
export interface ImportedSpan {
  strategy: string;
  mode: Mode;
  start: number;
  end: number;
  text: string;
}

export interface ImportedDocument {
  id: string;
  spans: ImportedSpan[];
  /** Who made the annotation, when the file says so. */
  annotator?: string;
}

export interface ImportProblem {
  /** Where in the input: a file name, with a line when known. */
  where?: string;
  document?: string;
  /** The span as the file names it (an id, or "strategy start-end"). */
  span?: string;
  reason: string;
}

export interface ImportResult {
  documents: ImportedDocument[];
  problems: ImportProblem[];
  warnings: string[];
}

export interface ImportOptions {
  /** Strategy ids that spans may use (default: any). */
  strategies?: ReadonlySet<string>;
}

export const formatImportProblem = (p: ImportProblem) =>
  `${p.where ? `${p.where}: ` : ""}${p.document !== undefined ? `document "${p.document}"` : ""}${p.span !== undefined ? `${p.document !== undefined ? ", " : ""}span ${p.span}` : ""}${p.document !== undefined || p.span !== undefined ? ": " : ""}${p.reason}`;

/** Offset units of the formats. */
export type OffsetUnit = "utf16" | "codepoint";

export interface RawSpan {
  /** How the file names the span, for messages (e.g. "T3" or "3"). */
  label: string;
  strategy: unknown;
  mode: unknown;
  start: unknown;
  end: unknown;
  /** The text the file quotes for the span, if any. */
  quote?: unknown;
  unit: OffsetUnit;
}

const show = (x: unknown) => (x === undefined ? "missing" : typeof x === "string" ? JSON.stringify(x) : JSON.stringify(x) ?? String(x));

/**
 * Collects the documents and spans of an import, checking each against the texts of the corpus
 * (by document id). Every problem is kept, so that one run reports them all.
 */
export class ImportCollector {
  readonly problems: ImportProblem[] = [];
  readonly warnings: string[] = [];
  private docs = new Map<string, ImportedDocument>();
  private maps = new Map<string, OffsetMap>();
  private byText?: Map<string, string | null>;
  private firstSeen = new Map<string, string>();

  constructor(
    readonly texts: ReadonlyMap<string, string>,
    readonly options: ImportOptions = {},
  ) {}

  problem(p: ImportProblem): void {
    this.problems.push(p);
  }

  /**
   * Start a document, or continue it when `repeated` (formats with a record per span: CSV, W3C);
   * false, with a problem, when the corpus has no such document or a record-per-document format
   * names it twice.
   */
  document(id: unknown, where: string, annotator?: string, repeated = false): id is string {
    if (typeof id !== "string" || !id) {
      this.problem({ where, reason: `missing or invalid document id ${show(id)}` });
      return false;
    }
    if (!this.texts.has(id)) {
      this.problem({ where, document: id, reason: "no such document in the corpus" });
      return false;
    }
    if (this.docs.has(id) && !repeated) {
      this.problem({ where, document: id, reason: `the document appears more than once (first at ${this.firstSeen.get(id)})` });
      return false;
    }
    if (!this.docs.has(id)) {
      this.docs.set(id, { id, spans: [], ...(annotator ? { annotator } : {}) });
      this.firstSeen.set(id, where);
    }
    return true;
  }

  /** The id of the one corpus document with exactly this text (for files that carry the text but no id). */
  idOfText(text: unknown): string | undefined {
    if (typeof text !== "string") return undefined;
    if (!this.byText) {
      this.byText = new Map();
      for (const [id, t] of this.texts) this.byText.set(t, this.byText.has(t) ? null : id);
    }
    return this.byText.get(text) ?? undefined;
  }

  /** The text a file carries for a document must be the corpus's text. */
  sameText(id: string, text: unknown, where: string): boolean {
    const expected = this.texts.get(id)!;
    if (text === expected) return true;
    if (typeof text !== "string") {
      this.problem({ where, document: id, reason: `expected the document's text as a string, got ${show(text)}` });
      return false;
    }
    let i = 0;
    while (i < text.length && i < expected.length && text[i] === expected[i]) i++;
    this.problem({ where, document: id, reason: `the file's text differs from the corpus's text from character ${i} on (${show(text.slice(i, i + 20))} instead of ${show(expected.slice(i, i + 20))})` });
    return false;
  }

  /** Check one span and add it to its document. */
  span(id: string, raw: RawSpan, where: string): void {
    const text = this.texts.get(id)!;
    const fail = (reason: string) => this.problem({ where, document: id, span: raw.label, reason });
    const { strategy, mode, start, end, quote, unit } = raw;
    if (typeof strategy !== "string" || !strategy) return fail(`missing or invalid strategy ${show(strategy)}`);
    if (this.options.strategies && !this.options.strategies.has(strategy)) return fail(`unknown strategy ${show(strategy)} (not in the codebook)`);
    if (typeof mode !== "string" || !MODES.includes(mode as Mode)) return fail(`${mode === undefined ? "no mode" : `invalid mode ${show(mode)}`} for ${strategy} (expected ${MODES.join(", ")})`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
      return fail(`invalid offsets ${show(start)}-${show(end)} (expected whole numbers with 0 <= start < end)`);
    }
    const map = this.mapOf(id, text);
    const units = unit === "codepoint" ? "code points" : "UTF-16 code units";
    const length = unit === "codepoint" ? map.codePoints : text.length;
    if ((end as number) > length) return fail(`offsets ${start}-${end} are beyond the text (${length} ${units})`);
    const s = unit === "codepoint" ? map.toUtf16(start as number)! : (start as number);
    const e = unit === "codepoint" ? map.toUtf16(end as number)! : (end as number);
    if (unit === "utf16" && (map.toCodePoint(s) === undefined || map.toCodePoint(e) === undefined)) {
      return fail(`offsets ${start}-${end} split a character outside the Basic Multilingual Plane (such as an emoji) in two`);
    }
    const actual = text.slice(s, e);
    if (quote !== undefined && quote !== actual) {
      if (typeof quote !== "string") return fail(`expected the span's text as a string, got ${show(quote)}`);
      const other = unit === "codepoint" ? text.slice(start as number, end as number) : sliceCodePoints(text, map, start as number, end as number);
      const hint = other === quote ? `; read as ${unit === "codepoint" ? "UTF-16 code units" : "code points"} the offsets would match: the file counts characters differently from this format's convention (${units})` : "";
      return fail(`text ${show(quote)} does not match the document at ${start}-${end} (${units}): the document has ${show(actual)} there${hint}`);
    }
    this.docs.get(id)!.spans.push({ strategy, mode: mode as Mode, start: s, end: e, text: actual });
  }

  /** The documents read, except those with a problem (the problems say why). */
  result(): ImportResult {
    const failed = new Set(this.problems.map((p) => p.document));
    const documents = [...this.docs.values()].filter((d) => !failed.has(d.id)).map((d) => ({ ...d, spans: d.spans.sort((a, b) => a.start - b.start || a.end - b.end || (a.strategy < b.strategy ? -1 : 1)) }));
    return { documents, problems: this.problems, warnings: this.warnings };
  }

  private mapOf(id: string, text: string): OffsetMap {
    let m = this.maps.get(id);
    if (!m) this.maps.set(id, (m = offsetMap(text)));
    return m;
  }
}

function sliceCodePoints(text: string, map: OffsetMap, start: number, end: number): string | undefined {
  const s = map.toUtf16(start);
  const e = map.toUtf16(end);
  return s === undefined || e === undefined ? undefined : text.slice(s, e);
}

/** Export spans in code points: start and end converted, with the document's offset map. */
export function codePointSpan(map: OffsetMap, span: { start: number; end: number }): { start: number; end: number } {
  const start = map.toCodePoint(span.start);
  const end = map.toCodePoint(span.end);
  if (start === undefined || end === undefined) throw new Error(`span ${span.start}-${span.end} splits a surrogate pair or lies outside the text`);
  return { start, end };
}

export type Loose = Record<string, unknown>;
export const isObject = (x: unknown): x is Loose => typeof x === "object" && x !== null && !Array.isArray(x);

/** Each JSON object of a JSONL text, with its place (`file:line`); a line that is not a JSON object is a problem. */
export function forEachJsonLine(jsonl: string, file: string, into: ImportCollector, expected: string, each: (record: Loose, where: string) => void): void {
  jsonl.split("\n").forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      return into.problem({ where, reason: `invalid JSON: ${(e as Error).message}` });
    }
    if (!isObject(record)) return into.problem({ where, reason: `expected a JSON object ${expected}` });
    each(record, where);
  });
}
