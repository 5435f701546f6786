/**
 * Importing human corrections from an annotation tool into the corpus's gold annotations (Node
 * side). Every span is checked against the document's text first (src/formats/spans.ts); if
 * anything is wrong, nothing is written. A gold file that would change is replaced only with
 * `force`, after a copy to `.backup/<time>/gold/`; an identical one is left alone. Writes are atomic.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { decodeText, writeFileAtomic } from "../cli/io.js";
import { importFiles, type InterchangeFile, type InterchangeFormat } from "../formats/interchange.js";
import { formatImportProblem, type ImportedSpan, type ImportProblem } from "../formats/spans.js";
import type { Corpus } from "./load.js";
import type { Annotation, AnnotationFile } from "./types.js";
import { annotationSource, checkId, CorpusWriteError, writeAll } from "./write.js";

/** Raised when the input has problems; carries them all. */
export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the import; nothing was written:\n${problems.map(formatImportProblem).join("\n")}`);
    this.name = "ImportError";
  }
}

/** The files of an import: a file, or for brat a folder of .ann (and .txt) files or one .ann. */
export function readImportFiles(format: InterchangeFormat, path: string): InterchangeFile[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CorpusWriteError(`${path}: no such file or folder`);
  }
  const read = (p: string) => ({ name: p, content: decodeText(readFileSync(p), p) });
  if (stat.isDirectory()) {
    if (format !== "brat") throw new CorpusWriteError(`${path}: is a folder; ${format} is imported from one file`);
    return readdirSync(path)
      .filter((f) => /\.(ann|txt)$/.test(f) && !f.startsWith("."))
      .sort()
      .map((f) => read(join(path, f)));
  }
  if (format === "brat") {
    const txt = path.replace(/\.ann$/, ".txt");
    return [read(path), ...(txt !== path && existsSync(txt) ? [read(txt)] : [])];
  }
  return [read(path)];
}

export interface ImportChange {
  document: string;
  file: string;
  gold: AnnotationFile;
  /** The gold file this replaces, if any. */
  previous?: AnnotationFile;
}

export interface ImportPlan {
  changes: ImportChange[];
  /** Documents whose gold annotations already say exactly this. */
  unchanged: string[];
  warnings: string[];
}

const key = (a: { strategy: string; mode: string; start: number; end: number }) => `${a.start}:${a.end}:${a.strategy}:${a.mode}`;
const sameSpans = (a: readonly Annotation[], b: readonly ImportedSpan[]) => a.length === b.length && [...a.map(key)].sort().join("|") === [...b.map(key)].sort().join("|");

/**
 * What an import would write: the documents' new gold files, checked against the corpus's texts
 * and codebook. Throws ImportError with every problem found, and CorpusWriteError when a gold
 * file would change without `force`.
 */
export function planImport(
  corpus: Corpus,
  format: InterchangeFormat,
  files: readonly InterchangeFile[],
  options: { strategies?: ReadonlySet<string>; annotator?: string; force?: boolean } = {},
): ImportPlan {
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const result = importFiles(format, files, texts, { strategies: options.strategies });
  if (result.problems.length) throw new ImportError(result.problems);
  const plan: ImportPlan = { changes: [], unchanged: [], warnings: result.warnings };
  const refused: string[] = [];
  for (const doc of result.documents) {
    checkId("document", doc.id);
    const previous = corpus.gold.get(doc.id);
    if (previous && sameSpans(previous.annotations, doc.spans)) {
      plan.unchanged.push(doc.id);
      continue;
    }
    const file = join(corpus.dir, "gold", `${doc.id}.yaml`);
    // A gold file that could not be read (invalid YAML) is not in corpus.gold but is still replaced only with force.
    if ((previous || existsSync(file)) && !options.force) {
      refused.push(`${file}: the gold annotation would change (${previous ? `${previous.annotations.length} spans by ${previous.annotator}` : "an unreadable file"} → ${doc.spans.length} spans)`);
    }
    // A span kept as it was keeps its note.
    const notes = new Map((previous?.annotations ?? []).filter((a) => a.note).map((a) => [key(a), a.note!]));
    const annotations: Annotation[] = doc.spans.map((s) => ({ strategy: s.strategy, mode: s.mode, start: s.start, end: s.end, text: s.text, ...(notes.has(key(s)) ? { note: notes.get(key(s)) } : {}) }));
    plan.changes.push({ document: doc.id, file, gold: { document: doc.id, annotator: options.annotator ?? doc.annotator ?? `${format}-import`, annotations }, ...(previous ? { previous } : {}) });
  }
  if (refused.length) throw new CorpusWriteError(`${refused.join("\n")}\ngive --force to replace ${refused.length === 1 ? "it" : "them"} (a backup of each is kept); nothing was written`);
  return plan;
}

/** Write a plan's gold files atomically, after copying each file it replaces to `.backup/<time>/gold/`. */
export function applyImport(corpusDir: string, plan: ImportPlan, now: Date = new Date()): { written: string[]; backups: string[] } {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const written: string[] = [];
  const backups: string[] = [];
  mkdirSync(join(corpusDir, "gold"), { recursive: true });
  for (const change of plan.changes) {
    if (existsSync(change.file)) {
      const target = join(corpusDir, ".backup", stamp, "gold", basename(change.file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, readFileSync(change.file));
      backups.push(target);
    }
    written.push(change.file);
  }
  // All the gold files or none: a failure puts back those written before it.
  writeAll(plan.changes.map((change) => ({ path: change.file, data: annotationSource(change.gold) })));
  return { written, backups };
}
