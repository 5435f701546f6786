/** `framewatch corpus validate|list|show|stats|kwic|bundle`: the corpus from the command line. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { CompiledCodebook } from "../codebook/compiled.js";
import { MODES, type Tag } from "../codebook/types.js";
import { tagWith } from "../tagger/pipeline.js";
import { renderText } from "../formats/annotation.js";
import { loadCorpus, type Corpus } from "../corpus/load.js";
import { corpusDir } from "../corpus/paths.js";
import { bundleCorpus } from "../corpus/bundle.js";
import type { Annotation, Problem } from "../corpus/types.js";
import { splitSentences } from "../tagger/sentences.js";
import { choice, numberOption, usageError, workError, commandArgs } from "./errors.js";
import { checkPathOption, quietOnClosedStdout, writeFileAtomic } from "./io.js";
import { cachedBuiltin } from "./codebook-cache.js";
import { VERSION } from "./version.js";
import { exportCorpus, importCorpus } from "./interchange.js";

export const CORPUS_HELP = `Usage: framewatch corpus SUBCOMMAND [options]

  validate [DIR]                 check every file; print each problem as FILE:LINE: field: reason;
                                 exit 1 if there is any error (warnings do not fail)
  list                           the documents, one line each
  show ID                        a document with its gold and machine annotations side by side
  stats [--format text|json]     documents per incident, organisation, kind and provenance;
                                 gold strategies per incident
  kwic STRATEGY [--window N] [--mode M] [--annotations gold|machine]
                                 keyword-in-context lines of a strategy (default window 6 words,
                                 limited to the sentence; gold annotations by default)
  bundle [--out FILE]            the corpus with gold and the current tagger's tags, as one JSON
                                 file for the notebooks (default notebooks/data/corpus.json)
  export --format F [--annotations gold|machine] [--out FILE | --out-dir DIR] [--force]
                                 the annotations for an annotation tool: F is label-studio (tasks
                                 with the spans as predictions, and with --out-dir the labelling
                                 configuration), brat (--out-dir needed: .txt and .ann per
                                 document, annotation.conf, visual.conf), w3c (Web Annotation
                                 JSON-LD), doccano (JSONL) or csv. Gold annotations by default;
                                 machine: the current tagger's tags. To standard output unless
                                 --out or --out-dir; existing files are replaced only with --force
  import --format F FILE|DIR [--annotator NAME] [--force] [--dry-run]
                                 human corrections from an annotation tool into gold/: a Label
                                 Studio JSON export, a brat folder (or one .ann), W3C JSON-LD,
                                 doccano JSONL or CSV (- reads standard input). Every span is
                                 checked against the document's text; any problem is reported
                                 with its document and span, and then nothing is written. A gold
                                 file that would change is replaced only with --force (a backup
                                 goes to corpus/.backup/); unchanged ones are left alone.
                                 --annotator names the coder (default: the tool's user, else
                                 F-import); --dry-run shows what would be written

Options
  --corpus DIR       the corpus folder (default: $FRAMEWATCH_CORPUS, ./corpus, or the bundled one)
  --codebook FILE    a user codebook for machine annotations and strategy ids
  --no-color         plain text even on a terminal

Offsets: label-studio, brat and w3c count Unicode code points, as those tools do; doccano, csv
and framewatch itself count UTF-16 code units. Export and import convert.
`;

const SUBCOMMANDS = ["validate", "list", "show", "stats", "kwic", "bundle", "export", "import"] as const;

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.severity === "warning" ? "warning: " : ""}${p.field}: ${p.reason}`;
}

export async function corpus(argv: string[]): Promise<number> {
  const parsed = commandArgs("corpus", {
    args: argv,
    allowPositionals: true,
    options: {
      corpus: { type: "string" },
      codebook: { type: "string" },
      format: { type: "string" },
      window: { type: "string" },
      mode: { type: "string" },
      annotations: { type: "string" },
      out: { type: "string" },
      "out-dir": { type: "string" },
      force: { type: "boolean" },
      annotator: { type: "string" },
      "dry-run": { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const v = parsed.values;
  const [sub, ...args] = parsed.positionals;
  if (v.help || sub === undefined) {
    process.stdout.write(CORPUS_HELP);
    return v.help ? 0 : 2;
  }
  const subcommand = choice("subcommand", sub, SUBCOMMANDS, "list");
  quietOnClosedStdout();
  for (const option of ["corpus", "codebook", "out", "out-dir"] as const) checkPathOption(option, v[option]);
  if (subcommand === "validate" || subcommand === "import") checkPathOption(subcommand === "validate" ? "folder" : "file", args[0]);
  const codebook = v.codebook ? (await import("./codebook-file.js")).loadCodebookFile(v.codebook) : await cachedBuiltin();
  const strategies = new Set(codebook.strategies.keys());
  const color = Boolean(process.stdout.isTTY) && !v["no-color"] && !process.env.NO_COLOR;
  const dir = subcommand === "validate" && args[0] ? args[0] : corpusDir(v.corpus);
  const c = loadCorpus(dir, { strategies });
  const out = (s: string) => process.stdout.write(s);

  if (subcommand === "validate") {
    for (const p of c.problems) out(formatProblem(p) + "\n");
    const errors = c.problems.filter((p) => p.severity !== "warning").length;
    const warnings = c.problems.length - errors;
    const summary = `${dir}: ${c.incidents.length} incidents, ${c.documents.length} documents, ${c.gold.size} gold files, ${[...c.gold.values()].reduce((n, g) => n + g.annotations.length, 0)} gold spans`;
    if (errors) {
      process.stderr.write(`${summary}: ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warnings` : ""}\n`);
      return 1;
    }
    out(`${summary}: valid${warnings ? ` (${warnings} warnings)` : ""}\n`);
    return 0;
  }

  const fatal = c.problems.filter((p) => p.severity !== "warning" && /\(folder\)/.test(p.field));
  if (fatal.length) throw workError(fatal.map(formatProblem).join("\n"));
  const invalid = c.problems.filter((p) => p.severity !== "warning").length;
  if (invalid) process.stderr.write(`framewatch corpus: ${invalid} problems in ${dir} (run framewatch corpus validate); showing what could be read\n`);

  switch (subcommand) {
    case "list": {
      const rows = c.documents.map((d) => [d.id, d.date, d.incident, d.organisation, d.kind, d.provenance, String(c.gold.get(d.id)?.annotations.length ?? "-")]);
      out(table(["id", "date", "incident", "organisation", "kind", "provenance", "gold"], rows));
      return 0;
    }
    case "show": {
      const id = args[0];
      if (!id) throw usageError("corpus show needs a document id (see framewatch corpus list)");
      const doc = c.documents.find((d) => d.id === id);
      if (!doc) throw workError(`unknown document id ${JSON.stringify(id)} (see framewatch corpus list)`);
      out(showDocument(c, id, codebook, color));
      return 0;
    }
    case "stats": {
      const format = choice("format", v.format, ["text", "json"] as const, "text");
      const stats = corpusStats(c);
      if (format === "json") out(JSON.stringify(stats, null, 2) + "\n");
      else {
        for (const [name, counts] of Object.entries(stats.documentsBy)) {
          out(`documents per ${name}\n${table([name, "documents"], Object.entries(counts).map(([k, n]) => [k, String(n)]))}\n`);
        }
        const ids = [...strategies].filter((s) => Object.values(stats.strategiesPerIncident).some((m) => m[s]));
        out(`gold strategies per incident (documents carrying each)\n`);
        out(table(["incident", ...ids], Object.entries(stats.strategiesPerIncident).map(([inc, m]) => [inc, ...ids.map((s) => (m[s] ? String(m[s]) : "."))])));
      }
      return 0;
    }
    case "kwic": {
      const strategy = args[0];
      if (!strategy) throw usageError(`corpus kwic needs a strategy id (expected ${[...strategies].join(", ")})`);
      if (!strategies.has(strategy)) throw usageError(`invalid strategy: ${JSON.stringify(strategy)} (expected ${[...strategies].join(", ")})`);
      const window = numberOption("window", v.window, 0, 100, 6, true);
      const mode = v.mode === undefined ? undefined : choice("mode", v.mode, MODES, "enacted");
      const source = choice("annotations", v.annotations, ["gold", "machine"] as const, "gold");
      const lines = kwic(c, strategy, { window, mode, source, codebook });
      if (lines.length === 0) process.stderr.write(`no ${source} annotation of ${strategy}${mode ? ` in mode ${mode}` : ""}\n`);
      out(formatKwic(lines, color));
      return 0;
    }
    case "bundle": {
      const path = v.out ?? "notebooks/data/corpus.json";
      mkdirSync(dirname(path), { recursive: true });
      const bundle = bundleCorpus(c, codebook, `framewatch@${VERSION}`);
      writeFileAtomic(path, JSON.stringify(bundle));
      process.stderr.write(`wrote ${path}: ${bundle.documents.length} documents, ${bundle.incidents.length} incidents\n`);
      return 0;
    }
    case "export":
      return exportCorpus(c, codebook, v, out);
    case "import":
      return importCorpus(c, codebook, args[0], v);
  }
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

const asTags = (anns: Annotation[], cue: string): Tag[] =>
  anns.map((a) => ({ strategy: a.strategy, mode: a.mode, start: a.start, end: a.end, text: a.text, confidence: a.confidence ?? 1, cue: a.cue ?? cue }));

/** A document with gold and machine annotations, and a side-by-side table of their spans. */
export function showDocument(c: Corpus, id: string, codebook: CompiledCodebook, color: boolean): string {
  const doc = c.documents.find((d) => d.id === id)!;
  const gold = c.gold.get(id);
  const goldTags = asTags(gold?.annotations ?? [], "gold");
  const machine = tagWith(doc.text, codebook);
  const meta = [
    `id:          ${doc.id}`,
    `incident:    ${doc.incident}`,
    `organisation: ${doc.organisation}`,
    `date:        ${doc.date}`,
    `kind:        ${doc.kind} (${doc.audience})`,
    ...(doc.speaker ? [`speaker:     ${doc.speaker}`] : []),
    `source:      ${doc.source.title}${doc.source.publisher ? `, ${doc.source.publisher}` : ""}${doc.source.url ? ` <${doc.source.url}>` : ""}`,
    `provenance:  ${doc.provenance}${doc.note ? ` (${doc.note})` : ""}`,
  ].join("\n");
  const goldText = renderText({ id: `gold (${gold?.annotator ?? "none"})`, text: doc.text, tags: goldTags }, { color, codebook });
  const machineText = renderText({ id: `framewatch@${VERSION}`, text: doc.text, tags: machine }, { color, codebook });
  // Side by side: each strategy, the gold span and the machine span, and whether they agree.
  const strategies = [...new Set([...goldTags, ...machine].map((t) => t.strategy))];
  const rows = strategies.map((s) => {
    const g = goldTags.filter((t) => t.strategy === s);
    const m = machine.filter((t) => t.strategy === s);
    const cell = (ts: Tag[]) => ts.map((t) => `${t.mode}: "${t.text}"`).join("; ") || "-";
    const agree = g.length && m.length ? (g.some((x) => m.some((y) => y.mode === x.mode)) ? "agree" : "mode differs") : g.length ? "gold only" : "machine only";
    return [s, cell(g), cell(m), agree];
  });
  return `${meta}\n\n${goldText}\n${machineText}\n${table(["strategy", "gold", "framewatch", ""], rows)}`;
}

export interface CorpusStats {
  documents: number;
  documentsBy: Record<"incident" | "organisation" | "kind" | "provenance", Record<string, number>>;
  strategiesPerIncident: Record<string, Record<string, number>>;
}

export function corpusStats(c: Corpus): CorpusStats {
  const count = (key: (d: Corpus["documents"][number]) => string) => {
    const m: Record<string, number> = {};
    for (const d of c.documents) m[key(d)] = (m[key(d)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  };
  const per: Record<string, Record<string, number>> = {};
  for (const inc of c.incidents) per[inc.id] = {};
  for (const d of c.documents) {
    const m = (per[d.incident] ??= {});
    for (const s of new Set((c.gold.get(d.id)?.annotations ?? []).map((a) => a.strategy))) m[s] = (m[s] ?? 0) + 1;
  }
  return {
    documents: c.documents.length,
    documentsBy: { incident: count((d) => d.incident), organisation: count((d) => d.organisation), kind: count((d) => d.kind), provenance: count((d) => d.provenance) },
    strategiesPerIncident: per,
  };
}

export interface KwicLine {
  document: string;
  start: number;
  end: number;
  mode: string;
  left: string;
  keyword: string;
  right: string;
}

/** Keyword-in-context lines of a strategy: N words either side, never beyond the sentence. */
export function kwic(c: Corpus, strategy: string, options: { window: number; mode?: string; source: "gold" | "machine"; codebook: CompiledCodebook }): KwicLine[] {
  const lines: KwicLine[] = [];
  for (const d of c.documents) {
    const anns = options.source === "gold" ? asTags(c.gold.get(d.id)?.annotations ?? [], "gold") : tagWith(d.text, options.codebook);
    const sentences = splitSentences(d.text);
    for (const a of anns) {
      if (a.strategy !== strategy || (options.mode && a.mode !== options.mode)) continue;
      const s = sentences.find((x) => x.start <= a.start && a.start < x.end) ?? { start: 0, end: d.text.length };
      const before = d.text.slice(s.start, a.start);
      const after = d.text.slice(a.end, Math.max(a.end, s.end));
      const words = (x: string) => x.split(/\s+/).filter(Boolean);
      const left = options.window ? words(before).slice(-options.window).join(" ") : "";
      const right = options.window ? words(after).slice(0, options.window).join(" ") : "";
      lines.push({ document: d.id, start: a.start, end: a.end, mode: a.mode, left, keyword: a.text.replace(/\s+/g, " "), right });
    }
  }
  return lines;
}

export function formatKwic(lines: KwicLine[], color: boolean): string {
  const refs = lines.map((l) => `[${l.document}, ${l.start}:${l.end}, ${l.mode}]`);
  const rw = Math.max(0, ...refs.map((r) => r.length));
  const lw = Math.max(0, ...lines.map((l) => l.left.length));
  return lines
    .map((l, i) => `${refs[i].padEnd(rw)}  ${l.left.padStart(lw)} | ${color ? `\x1b[1m${l.keyword}\x1b[0m` : l.keyword} | ${l.right}`)
    .join("\n") + (lines.length ? "\n" : "");
}
