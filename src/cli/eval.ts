/** `framewatch eval`: the tagger, a prediction file or a second coder against gold annotations. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { compareCodings, DISAGREEMENT_KINDS, NONE, type AgreementReport, type Coding, type Disagreement } from "../analysis/agreement.js";
import type { StrategyCounts } from "../analysis/document-eval.js";
import { alphaReading } from "../analysis/krippendorff.js";
import { kappaReading } from "../analysis/kappa.js";
import { tagWith } from "../tagger/pipeline.js";
import { loadCorpus, parseAnnotationFile, type Corpus } from "../corpus/load.js";
import { corpusDir } from "../corpus/paths.js";
import type { Problem } from "../corpus/types.js";
import { csvRow } from "../formats/escape.js";
import { forEachJsonLine, formatImportProblem, ImportCollector } from "../formats/spans.js";
import { formatProblem, table } from "./corpus.js";
import { choice, numberOption, workError, commandArgs } from "./errors.js";
import { readTextFile } from "./io.js";
import { cachedBuiltin } from "./codebook-cache.js";
import { VERSION } from "./version.js";

export const EVAL_FORMATS = ["text", "json", "csv"] as const;
export const DISAGREEMENT_LISTS = ["all", "document", "none"] as const;

export const EVAL_HELP = `Usage: framewatch eval [--gold DIR] [--pred FILE|DIR] [--format text|json|csv] [options]

Score the tagger (or a prediction file) against gold annotations, or measure the agreement of two
human coders. Only documents that both sides annotated are compared.

Input
  --gold DIR           the reference: a corpus folder (its gold/ annotations), or a folder of
                       gold-style YAML files (<document>.yaml) whose texts are in --corpus
                       (default: the gold/ of --corpus)
  --pred FILE|DIR      what is compared with the reference (default: the current tagger's tags
                       on each document):
                         FILE  JSONL, one {"id", "tags"} per document, as written by
                               framewatch annotate --input jsonl --format jsonl
                         DIR   a second coder's folder of gold-style YAML files (or a corpus
                               folder), for agreement between two coders
  --corpus DIR         the corpus whose texts the annotations point into (default:
                       $FRAMEWATCH_CORPUS, ./corpus, or the bundled one)
  --codebook FILE      a user codebook, LIWC .dic or quanteda YAML dictionary: the tagger's
                       codebook and the list of strategies scored
  --min-confidence N   the tagger's threshold, 0 to 1 (default 0.5)

Output
  --format FORMAT      text (default): tables and the disagreements, for a person
                       json: every figure, the confusion table and the disagreements
                       csv: one row per level and strategy: level (document, span-exact,
                         span-overlap), strategy (or (micro), (macro)), reference and compared
                         counts, tp, fp, fn, precision, recall, f1, and alpha and kappa with
                         their readings (documents as units on document rows, characters as
                         units on span-overlap rows)
  --disagreements all|document|none
                       which disagreements the text output lists (default all; document: only
                       those that change a document's label)

What the figures mean
  Document level   a document carries a strategy when any span has it, in the mode of its
                   clearest occurrence. Precision, recall and F1 per strategy; micro over all
                   counts, macro over the strategies that occur. Mode accuracy: the share of
                   labels found by both sides whose modes agree.
  Span level       exact: same strategy, start and end. overlap: same strategy and at least one
                   shared character, matched one to one.
  Reliability      Krippendorff's alpha (nominal) and Cohen's kappa. Per strategy with documents
                   as units (presence of the strategy) and with characters as units (inside a
                   span of the strategy or not); overall over all (document, strategy) and
                   (character, strategy) pairs. Alpha reads >= .800 reliable, >= .667 tentative,
                   below that not reliable; kappa on the Landis and Koch scale (slight, fair,
                   moderate, substantial, almost perfect).
  Confusion        strategies on overlapping spans (rows: reference, columns: compared);
                   (none): a span that overlaps nothing on the other side.
  Disagreements    missed (reference span, nothing of its strategy overlaps it), extra (the
                   converse), mode (an overlap match whose modes differ), boundary (an overlap
                   match with other start or end); [doc] marks those that change the
                   document's label.

The tagger is rule-based, with no trained component, so eval scores it on all documents; there
is no model to cross-validate.

Exit status: 0 success (whatever the scores), 1 unreadable or invalid input, 2 usage error.

Examples
  framewatch eval
  framewatch annotate --input jsonl --format jsonl < docs.jsonl > tags.jsonl
  framewatch eval --pred tags.jsonl --format json
  framewatch eval --gold coder-a/ --pred coder-b/
`;

export const TAGGER_NOTE =
  "The tagger is rule-based, with no trained component: nothing is fitted to these documents, so there is nothing to cross-validate and the figures are on all compared documents. Its cues were written by people who had read this corpus, so read them as development figures rather than held-out ones.";

interface Side {
  name: string;
  codings: Coding[];
}

export async function evaluate(argv: string[]): Promise<number> {
  const parsed = commandArgs("eval", {
    args: argv,
    allowPositionals: false,
    options: {
      gold: { type: "string" },
      pred: { type: "string" },
      corpus: { type: "string" },
      codebook: { type: "string" },
      "min-confidence": { type: "string" },
      format: { type: "string", short: "f" },
      disagreements: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  const format = choice("format", v.format, EVAL_FORMATS, "text");
  const list = choice("disagreements", v.disagreements, DISAGREEMENT_LISTS, "all");
  const minConfidence = numberOption("min-confidence", v["min-confidence"], 0, 1, 0.5);
  const codebook = v.codebook ? (await import("./codebook-file.js")).loadCodebookFile(v.codebook) : await cachedBuiltin();
  const corpus = readCorpus(corpusDir(v.corpus));
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));

  const reference = v.gold ? readSide(v.gold, texts) : goldOf(corpus, corpus.dir);
  const tagger = v.pred === undefined;
  const compared: Side = tagger
    ? {
        name: `framewatch@${VERSION} tagger (codebook ${codebook.codebook.version}, min confidence ${minConfidence})`,
        codings: reference.codings.map((c) => ({ id: c.id, text: c.text, spans: tagWith(c.text, codebook, { minConfidence }) })),
      }
    : readSide(v.pred!, texts);
  const report = compareCodings(reference.codings, compared.codings, { strategies: [...codebook.strategies.keys()], reference: reference.name, compared: compared.name });
  if (report.documents.length === 0) throw workError(`no document is annotated on both sides (${reference.name}: ${reference.codings.length}, ${compared.name}: ${compared.codings.length})`);
  if (report.onlyInReference.length) process.stderr.write(`framewatch eval: ${report.onlyInReference.length} documents of the reference are not in ${compared.name} and are left out (first: ${report.onlyInReference[0]})\n`);
  if (report.onlyInCompared.length) process.stderr.write(`framewatch eval: ${report.onlyInCompared.length} documents of ${compared.name} are not in the reference and are left out (first: ${report.onlyInCompared[0]})\n`);

  const out = (s: string) => process.stdout.write(s);
  if (format === "json") out(JSON.stringify({ ...report, ...(tagger ? { note: TAGGER_NOTE } : {}) }, null, 2) + "\n");
  else if (format === "csv") out(evalCsv(report));
  else out(evalText(report, { note: tagger ? TAGGER_NOTE : undefined, disagreements: list }));
  return 0;
}

/** The corpus, refusing one whose gold annotations are broken (a bad span would distort every figure). */
function readCorpus(dir: string): Corpus {
  const corpus = loadCorpus(dir);
  const uncoded = (p: Problem) => p.reason.startsWith("no gold annotation");
  const errors = corpus.problems.filter((p) => p.severity !== "warning" && !uncoded(p));
  if (errors.length) {
    const shown = errors.slice(0, 10).map(formatProblem).join("\n");
    throw workError(`${dir}: ${errors.length} problem${errors.length === 1 ? "" : "s"} in the corpus (run framewatch corpus validate):\n${shown}${errors.length > 10 ? "\n..." : ""}`);
  }
  return corpus;
}

function goldOf(corpus: Corpus, where: string): Side {
  const annotators = [...new Set([...corpus.gold.values()].map((g) => g.annotator))].join(", ");
  return {
    name: `gold (${annotators || "none"}, ${where})`,
    codings: corpus.documents.filter((d) => corpus.gold.has(d.id)).map((d) => ({ id: d.id, text: d.text, spans: corpus.gold.get(d.id)!.annotations })),
  };
}

/** A corpus folder, a folder of gold-style YAML files, or a JSONL prediction file; every span checked against the corpus's texts. */
export function readSide(path: string, texts: ReadonlyMap<string, string>): Side {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw workError(`${path}: no such file or folder`);
  }
  const into = new ImportCollector(texts);
  const annotators = new Set<string>();
  if (stat.isDirectory() && existsSync(join(path, "documents"))) {
    const other = readCorpus(path);
    for (const [id, text] of texts) {
      const theirs = other.documents.find((d) => d.id === id);
      if (theirs && theirs.text !== text) into.problem({ where: path, document: id, reason: "the text differs from the corpus's text" });
    }
    const side = goldOf(other, path);
    if (into.problems.length) throw workError(into.problems.map(formatImportProblem).join("\n"));
    return side;
  }
  if (stat.isDirectory()) {
    const files = readdirSync(path).filter((f) => f.endsWith(".yaml") && !f.startsWith(".")).sort();
    if (files.length === 0) throw workError(`${path}: no annotation files (<document>.yaml) in the folder`);
    for (const f of files) {
      const file = join(path, f);
      const problems: Problem[] = [];
      const ann = parseAnnotationFile(readTextFile(file), file, problems);
      for (const p of problems) into.problem({ where: `${p.file}${p.line ? `:${p.line}` : ""}`, reason: `${p.field}: ${p.reason}` });
      if (!ann || !into.document(ann.document, file)) continue;
      annotators.add(ann.annotator);
      ann.annotations.forEach((a, i) => into.span(ann.document, { label: `annotations[${i}]`, strategy: a.strategy, mode: a.mode, start: a.start, end: a.end, quote: a.text, unit: "utf16" }, file));
    }
  } else {
    forEachJsonLine(readTextFile(path), path, into, '{"id": ..., "tags": [...]} (the output of framewatch annotate --input jsonl --format jsonl)', (r, where) => {
      if (!Array.isArray(r.tags)) return into.problem({ where, reason: 'expected "tags": [...] (the output of framewatch annotate --input jsonl --format jsonl)' });
      const id = typeof r.id === "number" ? String(r.id) : r.id;
      if (!into.document(id, where)) return;
      r.tags.forEach((t: Record<string, unknown>, k: number) =>
        into.span(id, { label: `tags[${k}]`, strategy: t?.strategy, mode: t?.mode, start: t?.start, end: t?.end, quote: t?.text, unit: "utf16" }, where),
      );
    });
  }
  const result = into.result();
  if (result.problems.length) {
    const shown = result.problems.slice(0, 20).map(formatImportProblem).join("\n");
    throw workError(`${path}: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}:\n${shown}${result.problems.length > 20 ? "\n..." : ""}`);
  }
  return {
    name: `${path}${annotators.size ? ` (${[...annotators].join(", ")})` : ""}`,
    codings: result.documents.map((d) => ({ id: d.id, text: texts.get(d.id)!, spans: d.spans })),
  };
}

const fixed = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));

/** The report for a person: tables, reliability with readings, confusion and disagreements. */
export function evalText(r: AgreementReport, options: { note?: string; disagreements: (typeof DISAGREEMENT_LISTS)[number] }): string {
  const parts: string[] = [];
  parts.push(`reference: ${r.reference}\ncompared:  ${r.compared}\ndocuments: ${r.documents.length} compared${r.onlyInReference.length ? `, ${r.onlyInReference.length} only in the reference` : ""}${r.onlyInCompared.length ? `, ${r.onlyInCompared.length} only in the compared` : ""}\n`);
  if (options.note) parts.push(`${options.note}\n`);
  const active = (s: string) => r.document.perStrategy.find((x) => x.strategy === s)!;
  // A strategy that neither side uses has nothing to score: "-" rather than a conventional 0 or 1.
  const prf = (s: StrategyCounts) => (s.tp + s.fp + s.fn ? [fixed(s.precision), fixed(s.recall), fixed(s.f1)] : ["-", "-", "-"]);
  const docRows = r.document.perStrategy.map((s) => [s.strategy, String(s.tp + s.fn), String(s.tp + s.fp), String(s.tp), String(s.fp), String(s.fn), ...prf(s)]);
  const avg = (name: string, x: { precision: number; recall: number; f1: number }) => [name, "", "", "", "", "", fixed(x.precision), fixed(x.recall), fixed(x.f1)];
  parts.push(
    `Document level (a document carries a strategy when any span has it)\n` +
      table(["strategy", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"], [...docRows, avg("micro", r.document.micro), avg(`macro (${r.document.scored})`, r.document.macro)]) +
      `mode accuracy ${fixed(r.document.modeAccuracy)} (${r.document.modeCompared} labels found by both sides)\n`,
  );
  const { exact, overlap } = r.spans;
  const spanRows = overlap.perStrategy.map((o, i) => {
    const e = exact.perStrategy[i];
    return [o.strategy, String(o.tp + o.fn), String(o.tp + o.fp), ...prf(e), ...prf(o)];
  });
  const spanAvg = (name: string, e: { precision: number; recall: number; f1: number }, o: typeof e) => [name, "", "", fixed(e.precision), fixed(e.recall), fixed(e.f1), fixed(o.precision), fixed(o.recall), fixed(o.f1)];
  parts.push(
    `Span level (exact: same start and end; overlap: one shared character or more)\n` +
      table(["strategy", "gold", "pred", "exact P", "R", "F1", "overlap P", "R", "F1"], [...spanRows, spanAvg("micro", exact.micro, overlap.micro), spanAvg(`macro (${overlap.scored})`, exact.macro, overlap.macro)]) +
      `mode accuracy on overlapping spans ${fixed(overlap.modeAccuracy)} (${overlap.modeCompared} matches)\n`,
  );
  const rel = (x: number | null, read: (v: number | null) => string) => (x === null ? "n/a" : `${x.toFixed(3)} ${read(x)}`);
  const relRows = r.reliability.perStrategy
    .filter((s) => active(s.strategy).tp + active(s.strategy).fp + active(s.strategy).fn > 0)
    .map((s) => [s.strategy, rel(s.documents.alpha, alphaReading), rel(s.documents.kappa, kappaReading), rel(s.characters.alpha, alphaReading), rel(s.characters.kappa, kappaReading)]);
  const overall = r.reliability;
  parts.push(
    `Reliability (Krippendorff's alpha, nominal: >= .800 reliable, >= .667 tentative; Cohen's kappa: Landis and Koch)\n` +
      table(
        ["units", "alpha", "kappa"],
        [
          ["documents × strategies", rel(overall.documents.alpha, alphaReading), rel(overall.documents.kappa, kappaReading)],
          ["  value with mode", rel(overall.documents.alphaWithMode, alphaReading), ""],
          ["characters × strategies", rel(overall.characters.alpha, alphaReading), rel(overall.characters.kappa, kappaReading)],
        ],
      ) +
      `\nper strategy (strategies used by neither side are left out: their figures are undefined)\n` +
      table(["strategy", "alpha (documents)", "kappa (documents)", "alpha (characters)", "kappa (characters)"], relRows),
  );
  parts.push(confusionText(r));
  if (options.disagreements !== "none") parts.push(disagreementsText(r.disagreements.filter((d) => options.disagreements === "all" || d.documentLevel)));
  return parts.join("\n");
}

function confusionText(r: AgreementReport): string {
  const { labels, counts } = r.confusion;
  const used = labels.map((_, i) => i).filter((i) => counts[i].some(Boolean) || counts.some((row) => row[i]));
  if (used.length === 0) return "Confusion on overlapping spans: no spans on either side\n";
  const key = used.map((i, n) => `${n + 1}=${labels[i]}`).join("  ");
  const rows = used.map((i, n) => [`${n + 1} ${labels[i]}`, ...used.map((j) => (counts[i][j] ? String(counts[i][j]) : "."))]);
  return `Confusion on overlapping spans (rows: reference, columns: compared; ${NONE}: overlaps nothing)\n${table(["reference \\ compared", ...used.map((_, n) => String(n + 1))], rows)}columns: ${key}\n`;
}

function disagreementsText(list: readonly Disagreement[]): string {
  if (list.length === 0) return "Disagreements: none\n";
  const counts = DISAGREEMENT_KINDS.map((k) => `${list.filter((d) => d.kind === k).length} ${k}`).join(", ");
  const lines: string[] = [`Disagreements (${counts}; [doc]: changes the document's label)`];
  let last = "";
  for (const d of list) {
    if (d.document !== last) {
      lines.push(`\n${d.document}`);
      last = d.document;
    }
    const quote = (s?: { text: string; mode: string; start: number; end: number }) => (s ? `"${s.text.replace(/\s+/g, " ")}" (${s.mode}, ${s.start}-${s.end})` : "");
    const doc = d.documentLevel ? " [doc]" : "";
    if (d.kind === "missed") lines.push(`  missed   ${d.strategy}${doc}: ${quote(d.reference)}${d.otherSide.length ? `; compared has ${d.otherSide.join(", ")} there` : ""}`);
    else if (d.kind === "extra") lines.push(`  extra    ${d.strategy}${doc}: ${quote(d.compared)}${d.otherSide.length ? `; reference has ${d.otherSide.join(", ")} there` : ""}`);
    else lines.push(`  ${d.kind.padEnd(8)} ${d.strategy}${doc}: reference ${quote(d.reference)}, compared ${quote(d.compared)}`);
  }
  return lines.join("\n") + "\n";
}

/** The report as CSV (see EVAL_HELP). */
export function evalCsv(r: AgreementReport): string {
  const header = ["level", "strategy", "reference", "compared", "tp", "fp", "fn", "precision", "recall", "f1", "alpha", "alpha_reading", "kappa", "kappa_reading"];
  const reading = (x: { alpha: number | null; kappa: number | null } | undefined) =>
    x ? [x.alpha ?? "", alphaReading(x.alpha), x.kappa ?? "", kappaReading(x.kappa)] : ["", "", "", ""];
  const rows: unknown[][] = [];
  const levels = [
    ["document", r.document, (s: string) => r.reliability.perStrategy.find((p) => p.strategy === s)?.documents, r.reliability.documents],
    ["span-exact", r.spans.exact, () => undefined, undefined],
    ["span-overlap", r.spans.overlap, (s: string) => r.reliability.perStrategy.find((p) => p.strategy === s)?.characters, r.reliability.characters],
  ] as const;
  for (const [level, ev, rel, pooled] of levels) {
    for (const s of ev.perStrategy) rows.push([level, s.strategy, s.tp + s.fn, s.tp + s.fp, s.tp, s.fp, s.fn, s.precision, s.recall, s.f1, ...reading(rel(s.strategy))]);
    const sum = ev.perStrategy.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    rows.push([level, "(micro)", sum.tp + sum.fn, sum.tp + sum.fp, sum.tp, sum.fp, sum.fn, ev.micro.precision, ev.micro.recall, ev.micro.f1, ...reading(pooled)]);
    rows.push([level, "(macro)", "", "", "", "", "", ev.macro.precision, ev.macro.recall, ev.macro.f1, "", "", "", ""]);
  }
  return [header, ...rows].map((row) => csvRow(row) + "\r\n").join("");
}
