/**
 * Reading the corpus folder (Node side): incidents/<id>.yaml, documents/<id>.md (YAML front matter
 * and text), gold/<id>.yaml and machine/<id>.yaml. Loading never throws on bad content: it collects
 * every problem with its file, line and field, so that `corpus validate` can report them all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeText, TextFileError } from "../cli/io.js";
import { parseYamlWithLines, type ParsedYaml } from "./yaml-lines.js";
import { AUDIENCES, KINDS, PROVENANCES, type Annotation, type AnnotationFile, type CorpusDocument, type Incident, type Problem, type Source } from "./types.js";
import { MODES } from "../codebook/types.js";

export interface Corpus {
  dir: string;
  incidents: Incident[];
  documents: CorpusDocument[];
  /** Gold annotation files by document id. */
  gold: Map<string, AnnotationFile>;
  /** Machine annotation files (written by `framewatch add`) by document id. */
  machine: Map<string, AnnotationFile>;
  problems: Problem[];
}

export interface LoadOptions {
  /** Strategy ids that annotations may use (default: no check). */
  strategies?: Set<string>;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A source URL: http or https, without spaces, quotes or angle brackets. */
export const HTTP_URL = /^https?:\/\/[^\s"<>]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === "object" && x !== null && !Array.isArray(x);
const show = (x: unknown) => (x === undefined ? "missing" : x === null ? "null" : typeof x === "string" ? JSON.stringify(x) : Array.isArray(x) ? "a list" : typeof x);
/** YAML reads an unquoted 2021-04-08 as a date; accept it as that day. */
const dateString = (x: unknown) => (x instanceof Date && !Number.isNaN(x.getTime()) ? x.toISOString().slice(0, 10) : x);

/** Checks one mapping's fields, collecting problems against file and line. */
class Checker {
  constructor(
    readonly file: string,
    readonly parsed: ParsedYaml,
    readonly problems: Problem[],
    readonly prefix: (string | number)[] = [],
  ) {}
  problem(path: (string | number)[], reason: string) {
    const full = [...this.prefix, ...path];
    this.problems.push({ file: this.file, line: this.parsed.lineOf(full), field: full.join(".").replace(/\.(\d+)/g, "[$1]") || "(file)", reason });
  }
  string(obj: Loose, key: string, required = true): string | undefined {
    const v = obj[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== "string" || !v.trim()) {
      this.problem([key], `expected a non-empty string, got ${show(v)}`);
      return undefined;
    }
    return v;
  }
  oneOf<T extends string>(obj: Loose, key: string, choices: readonly T[]): T | undefined {
    const v = obj[key];
    if (typeof v !== "string" || !choices.includes(v as T)) {
      this.problem([key], `invalid ${key}: ${show(v)} (expected ${choices.join(", ")})`);
      return undefined;
    }
    return v as T;
  }
  date(obj: Loose, key: string): string | undefined {
    const v = dateString(obj[key]);
    if (typeof v !== "string" || !isValidDate(v)) {
      this.problem([key], `invalid date: ${show(v)} (expected YYYY-MM-DD)`);
      return undefined;
    }
    return v;
  }
  unknown(obj: Loose, allowed: string[]) {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) this.problem([k], `unknown field (expected ${allowed.join(", ")})`);
  }
  source(obj: Loose, key: string): Source | undefined {
    const v = obj[key];
    if (!isObject(v)) {
      this.problem([key], `expected a mapping with title, publisher, url, got ${show(v)}`);
      return undefined;
    }
    const c = new Checker(this.file, this.parsed, this.problems, [...this.prefix, key]);
    c.unknown(v, ["title", "publisher", "url"]);
    const title = c.string(v, "title");
    const publisher = c.string(v, "publisher", false);
    const url = c.string(v, "url", false);
    const validUrl = url !== undefined && HTTP_URL.test(url);
    if (url !== undefined && !validUrl) c.problem(["url"], `invalid url: ${show(url)} (expected http:// or https://)`);
    if (title === undefined) return undefined;
    // A refused URL is not kept: it would end up in links of the HTML exports.
    return { title, ...(publisher ? { publisher } : {}), ...(validUrl ? { url } : {}) };
  }
}

/**
 * An id field: lower-case words joined by hyphens. Ids name files (documents/ID.md, gold/ID.yaml),
 * so an id that is not one (a path like ../x, a NUL byte) is reported and its record is not loaded.
 */
function checkedId(c: Checker, v: Loose, key = "id"): string | undefined {
  const id = c.string(v, key);
  if (id === undefined) return undefined;
  if (!ID_PATTERN.test(id)) {
    c.problem([key], `invalid id: ${show(id)} (lower-case letters, digits and hyphens)`);
    return undefined;
  }
  return id;
}

function readUtf8(path: string, file: string, problems: Problem[]): string | undefined {
  try {
    return decodeText(readFileSync(path), file);
  } catch (e) {
    if (e instanceof TextFileError) problems.push({ file, ...(e.line ? { line: e.line } : {}), field: "(file)", reason: e.reason });
    else problems.push({ file, field: "(file)", reason: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return undefined;
  }
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !f.startsWith("."))
    .sort();
}

const INCIDENT_FIELDS = ["id", "title", "organisations", "date", "summary", "sources"];
const DOCUMENT_FIELDS = ["id", "incident", "organisation", "date", "kind", "audience", "speaker", "source", "provenance", "note"];
const ANNOTATION_FILE_FIELDS = ["document", "annotator", "annotations"];
const ANNOTATION_FIELDS = ["strategy", "mode", "start", "end", "text", "annotator", "confidence", "cue", "note"];

/** Split a document file into front matter and text; the text is the body, trimmed. */
export function splitFrontMatter(source: string): { yaml: string; body: string; yamlLine: number } | undefined {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!m) return undefined;
  return { yaml: m[1], body: m[2].trim(), yamlLine: 1 };
}

/** Parse a YAML mapping, reporting broken YAML or another shape as a problem of the file. */
function parseMapping(text: string, lineOffset: number, file: string, problems: Problem[], field: string, expected: string): { c: Checker; v: Loose; parsed: ParsedYaml } | undefined {
  const parsed = parseYamlWithLines(text, lineOffset);
  if (parsed.error) {
    problems.push({ file, line: parsed.error.line, field, reason: `invalid YAML: ${parsed.error.message}` });
    return undefined;
  }
  const c = new Checker(file, parsed, problems);
  const v = parsed.value;
  if (!isObject(v)) {
    c.problem([], `${expected}, got ${show(v)}`);
    return undefined;
  }
  return { c, v, parsed };
}

export function parseIncident(text: string, file: string, problems: Problem[]): Incident | undefined {
  const mapping = parseMapping(text, 0, file, problems, "(file)", "expected a mapping");
  if (!mapping) return undefined;
  const { c, v, parsed } = mapping;
  c.unknown(v, INCIDENT_FIELDS);
  const id = checkedId(c, v);
  const title = c.string(v, "title");
  const date = c.date(v, "date");
  const summary = c.string(v, "summary");
  let organisations: string[] = [];
  if (!Array.isArray(v.organisations) || v.organisations.length === 0 || !v.organisations.every((o) => typeof o === "string" && o.trim())) {
    c.problem(["organisations"], `expected a non-empty list of names, got ${show(v.organisations)}`);
  } else organisations = v.organisations as string[];
  const sources: Source[] = [];
  if (v.sources !== undefined) {
    if (!Array.isArray(v.sources)) c.problem(["sources"], `expected a list, got ${show(v.sources)}`);
    else
      v.sources.forEach((s, i) => {
        const src = new Checker(file, parsed, problems, ["sources"]).source({ [i]: s } as Loose, String(i));
        if (src) sources.push(src);
      });
  }
  if (id === undefined || title === undefined || date === undefined || summary === undefined) return undefined;
  return { id, title, organisations, date, summary, sources };
}

export function parseDocumentFile(source: string, file: string, problems: Problem[]): CorpusDocument | undefined {
  const split = splitFrontMatter(source);
  if (!split) {
    problems.push({ file, line: 1, field: "(file)", reason: "expected YAML front matter between --- lines, then the text" });
    return undefined;
  }
  const mapping = parseMapping(split.yaml, split.yamlLine, file, problems, "(front matter)", "expected a mapping of fields");
  if (!mapping) return undefined;
  const { c, v } = mapping;
  c.unknown(v, DOCUMENT_FIELDS);
  const id = checkedId(c, v);
  const incident = c.string(v, "incident");
  const organisation = c.string(v, "organisation");
  const date = c.date(v, "date");
  const kind = c.oneOf(v, "kind", KINDS);
  const audience = c.oneOf(v, "audience", AUDIENCES);
  const speaker = c.string(v, "speaker", false);
  const src = c.source(v, "source");
  const provenance = c.oneOf(v, "provenance", PROVENANCES);
  const note = c.string(v, "note", false);
  if (provenance && provenance !== "verbatim" && !note) c.problem(["note"], `a ${provenance} document needs a note saying what is recalled or paraphrased and from where`);
  if (!split.body) problems.push({ file, field: "(text)", reason: "the document has no text after its front matter" });
  if (!id || !incident || !organisation || !date || !kind || !audience || !src || !provenance || !split.body) return undefined;
  return { id, incident, organisation, date, kind, audience, ...(speaker ? { speaker } : {}), source: src, provenance, ...(note ? { note } : {}), text: split.body };
}

export function parseAnnotationFile(text: string, file: string, problems: Problem[], strategies?: Set<string>): AnnotationFile | undefined {
  const mapping = parseMapping(text, 0, file, problems, "(file)", "expected a mapping with document, annotator, annotations");
  if (!mapping) return undefined;
  const { c, v, parsed } = mapping;
  c.unknown(v, ANNOTATION_FILE_FIELDS);
  const document = checkedId(c, v, "document");
  const annotator = c.string(v, "annotator");
  const annotations: Annotation[] = [];
  if (!Array.isArray(v.annotations)) c.problem(["annotations"], `expected a list (use [] for a document with no strategy), got ${show(v.annotations)}`);
  else
    v.annotations.forEach((a, i) => {
      const ac = new Checker(file, parsed, problems, ["annotations", i]);
      if (!isObject(a)) {
        ac.problem([], `expected a mapping with strategy, mode, start, end, text, got ${show(a)}`);
        return;
      }
      ac.unknown(a, ANNOTATION_FIELDS);
      const strategy = ac.string(a, "strategy");
      if (strategy && strategies && !strategies.has(strategy)) ac.problem(["strategy"], `unknown strategy: ${show(strategy)} (not in the codebook)`);
      const mode = ac.oneOf(a, "mode", MODES);
      let ok = true;
      for (const k of ["start", "end"] as const) {
        if (!Number.isInteger(a[k]) || (a[k] as number) < 0) {
          ac.problem([k], `expected a whole number >= 0, got ${show(a[k])}`);
          ok = false;
        }
      }
      if (ok && (a.end as number) <= (a.start as number)) {
        ac.problem(["end"], `end (${a.end}) must be greater than start (${a.start})`);
        ok = false;
      }
      const t = typeof a.text === "string" ? a.text : undefined;
      if (t === undefined) ac.problem(["text"], `expected the quoted span as a string, got ${show(a.text)}`);
      if (a.confidence !== undefined && !(typeof a.confidence === "number" && a.confidence >= 0 && a.confidence <= 1)) ac.problem(["confidence"], `expected a number from 0 to 1, got ${show(a.confidence)}`);
      for (const k of ["annotator", "cue", "note"]) if (a[k] !== undefined) ac.string(a, k);
      if (!ok || !strategy || !mode || t === undefined) return;
      annotations.push({
        strategy,
        mode,
        start: a.start as number,
        end: a.end as number,
        text: t,
        ...(typeof a.annotator === "string" ? { annotator: a.annotator } : {}),
        ...(typeof a.confidence === "number" ? { confidence: a.confidence } : {}),
        ...(typeof a.cue === "string" ? { cue: a.cue } : {}),
        ...(typeof a.note === "string" ? { note: a.note } : {}),
      });
    });
  if (!document || !annotator) return undefined;
  return { document, annotator, annotations };
}

/** Offsets inside the text and matching the quoted span; reports with the annotation's line. */
function checkSpans(file: string, ann: AnnotationFile, doc: CorpusDocument, problems: Problem[], lineOf: (i: number) => number | undefined) {
  ann.annotations.forEach((a, i) => {
    const field = `annotations[${i}]`;
    if (a.end > doc.text.length) {
      problems.push({ file, line: lineOf(i), field: `${field}.end`, reason: `offset ${a.end} is beyond the text of "${doc.id}" (${doc.text.length} characters)` });
      return;
    }
    const actual = doc.text.slice(a.start, a.end);
    if (actual !== a.text) {
      const at = doc.text.indexOf(a.text);
      problems.push({
        file,
        line: lineOf(i),
        field: `${field}.text`,
        reason: `text ${JSON.stringify(a.text)} does not match the document at ${a.start}-${a.end} (${JSON.stringify(actual)})${at >= 0 ? `; it occurs at ${at}-${at + a.text.length}` : ""}`,
      });
    }
  });
}

/** Load and check a corpus folder. */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const problems: Problem[] = [];
  const corpus: Corpus = { dir, incidents: [], documents: [], gold: new Map(), machine: new Map(), problems };
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    problems.push({ file: dir, field: "(folder)", reason: "no such folder" });
    return corpus;
  }
  if (!stat.isDirectory()) {
    problems.push({ file: dir, field: "(folder)", reason: "not a folder" });
    return corpus;
  }
  const rel = (p: string) => relative(process.cwd(), p) || p;
  for (const sub of ["incidents", "documents", "gold"]) {
    if (!existsSync(join(dir, sub))) problems.push({ file: rel(join(dir, sub)), field: "(folder)", reason: `missing folder ${sub}/` });
  }

  // Files that exist but could not be read (or whose id is not their name), by file stem: what
  // refers to them is not reported again as referring to nothing; their own problem says it all.
  const stem = (f: string) => f.replace(/\.[^.]+$/, "");
  const exists = (sub: string, id: string, ext: string) => existsSync(join(dir, sub, `${id}${ext}`));
  const mismatch = (kind: string, id: string, f: string, sub: string, ext: string) =>
    `id "${id}" does not match the file name ${f}${exists(sub, id, ext) ? `; ${sub}/${id}${ext} has this id too (a duplicate ${kind} id)` : ""}`;

  const badIncidents = new Set<string>();
  for (const f of listFiles(join(dir, "incidents"), ".yaml")) {
    const file = rel(join(dir, "incidents", f));
    const text = readUtf8(join(dir, "incidents", f), file, problems);
    const inc = text === undefined ? undefined : parseIncident(text, file, problems);
    if (!inc) {
      badIncidents.add(stem(f));
      continue;
    }
    if (`${inc.id}.yaml` !== f) {
      problems.push({ file, line: 1, field: "id", reason: mismatch("incident", inc.id, f, "incidents", ".yaml") });
      badIncidents.add(stem(f));
      continue;
    }
    corpus.incidents.push(inc);
  }
  const incidentIds = new Set(corpus.incidents.map((i) => i.id));

  const unreadable = new Set<string>();
  for (const f of listFiles(join(dir, "documents"), ".md")) {
    const file = rel(join(dir, "documents", f));
    const text = readUtf8(join(dir, "documents", f), file, problems);
    const doc = text === undefined ? undefined : parseDocumentFile(text, file, problems);
    if (!doc || text === undefined) {
      unreadable.add(stem(f));
      continue;
    }
    const line = (field: string) => {
      const i = text.split("\n").findIndex((l) => l.startsWith(`${field}:`));
      return i >= 0 ? i + 1 : undefined;
    };
    if (`${doc.id}.md` !== f) {
      problems.push({ file, line: line("id"), field: "id", reason: mismatch("document", doc.id, f, "documents", ".md") });
      unreadable.add(stem(f));
      continue;
    }
    if (!incidentIds.has(doc.incident) && !badIncidents.has(doc.incident)) problems.push({ file, line: line("incident"), field: "incident", reason: `unknown incident id "${doc.incident}" (no incidents/${doc.incident}.yaml)` });
    corpus.documents.push(doc);
  }
  corpus.documents.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));

  const badGold = new Set<string>();
  for (const [sub, map] of [["gold", corpus.gold], ["machine", corpus.machine]] as const) {
    for (const f of listFiles(join(dir, sub), ".yaml")) {
      const file = rel(join(dir, sub, f));
      const text = readUtf8(join(dir, sub, f), file, problems);
      const ann = text === undefined ? undefined : parseAnnotationFile(text, file, problems, options.strategies);
      if (!ann || text === undefined) {
        if (sub === "gold") badGold.add(stem(f));
        continue;
      }
      if (`${ann.document}.yaml` !== f) {
        problems.push({ file, line: 1, field: "document", reason: `document "${ann.document}" does not match the file name ${f}` });
        if (sub === "gold") badGold.add(stem(f));
        continue;
      }
      const doc = byId.get(ann.document);
      if (!doc) {
        if (unreadable.has(ann.document)) continue;
        problems.push({ file, line: 1, field: "document", reason: `unknown document id "${ann.document}" (no documents/${ann.document}.md)` });
        continue;
      }
      const parsed = parseYamlWithLines(text);
      checkSpans(file, ann, doc, problems, (i) => parsed.lineOf(["annotations", i]));
      map.set(ann.document, ann);
    }
  }
  for (const doc of corpus.documents) {
    if (!corpus.gold.has(doc.id) && !badGold.has(doc.id)) {
      problems.push({
        file: rel(join(dir, "gold", `${doc.id}.yaml`)),
        field: "(file)",
        reason: corpus.machine.has(doc.id) ? "no gold annotation yet: correct machine/" + doc.id + ".yaml into gold/" : "no gold annotation (use annotations: [] for a document with no strategy)",
        severity: corpus.machine.has(doc.id) ? "warning" : "error",
      });
    }
  }
  return corpus;
}
