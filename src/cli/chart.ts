/** `framewatch chart NAME ...`: export the notebooks' charts as SVG, PNG or HTML. */
import { mkdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { builtinCodebook, builtinCompiled } from "../codebook/builtin.js";
import type { CompiledCodebook } from "../codebook/compile.js";
import { MODES, type Codebook, type Mode } from "../codebook/types.js";
import { bundleCorpus } from "../corpus/bundle.js";
import { loadCorpus } from "../corpus/load.js";
import { corpusDir } from "../corpus/paths.js";
import { KINDS, type CorpusBundle } from "../corpus/types.js";
import { tag } from "../tagger/tag.js";
import { ANNOTATION_SOURCES } from "../analysis/options.js";
import { MAX_SIZE, MIN_SIZE } from "../charts/options.js";
import { CHARTS, CHART_NAMES, ChartQueryError, type ChartQuery, type ChartSpec } from "../export/chart-registry.js";
import { createDocument } from "../export/dom.js";
import { EXPORT_FORMATS, exportChart, STATIC_NOTES, type ExportFormat } from "../export/export-chart.js";
import { loadCodebookFile } from "./codebook-file.js";
import { formatProblem } from "./corpus.js";
import { choice, numberOption, usageError, workError, commandArgs } from "./errors.js";
import { checkPathOption, readStdin, readTextFile, writeFileAtomic } from "./io.js";
import { VERSION } from "./version.js";

const NAME_WIDTH = Math.max(...CHARTS.map((c) => c.name.length)) + 1;
/** A chart's line in --list and --help: its name, then its summary, aligned. */
const listLine = (c: ChartSpec) => `${c.name.padEnd(NAME_WIDTH)} ${c.summary}`;

export const CHART_HELP = `Usage: framewatch chart NAME --out FILE [--format svg|png|html] [options]
       framewatch chart --all --out-dir DIR [--format svg,png,html] [options]
       framewatch chart --list

Export the charts that the notebooks show, drawn by the same functions, from the corpus.

Charts (NAME)
${CHARTS.map((c) => `  ${listLine(c)}`).join("\n")}

Output
  --out FILE            the file to write (- for standard output); its folder must exist, and an
                        existing file is replaced atomically
  --format F            svg: a standalone SVG (fonts named, styles inline, title and legends
                          inside), byte-identical from run to run on the same input
                        png: the SVG rendered with resvg and the DejaVu Sans font shipped with
                          framewatch (no system fonts), so text looks the same on any machine
                        html: one self-contained page (the SVG, the data as a table, the source
                          of the data) that opens from disk without a network
                        default: from the extension of --out
  --all                 every chart, into --out-dir (created if missing) as NAME.FORMAT; --format
                        may list several formats (default svg,png,html); profile uses --input or
                        --document, else the corpus's latest public statement
  --out-dir DIR         the folder for --all
  --list                the chart names, one line each
  --width N             width in pixels (${MIN_SIZE} to ${MAX_SIZE}; default 800)
  --height N            height in pixels (${MIN_SIZE} to ${MAX_SIZE}; default: from the data)
  --scale N             PNG pixels per SVG pixel, for high-DPI screens and print (0.25 to 8;
                        default 1): the PNG is width×scale by height×scale
  --title T             replace the chart's title

Data
  --corpus DIR          the corpus folder (default: $FRAMEWATCH_CORPUS, ./corpus, or the bundled one)
  --codebook FILE       a user codebook (for machine tags and the profile statement)
  --org ORG             only documents of this organisation (repeatable; case-insensitive)
  --incident ID         only this incident (repeatable). playbook: the incident whose memo to
                        read (default: the latest with an internal memo); peers: the incidents to
                        compare (default: those of the year with the most organisations); shift:
                        compare these incidents only
  --kind KIND           only documents of this kind (repeatable: ${KINDS.join(", ")})
  --mode M              only annotations in this mode (${MODES.join(", ")}; default: all);
                        not for agreement, which compares every mode
  --annotations A       gold (human coders, default) or machine (the tagger's tags); agreement
                        always holds the current tagger's tags against gold
  --input FILE|-        profile: the statement to tag and compare with the corpus (- for stdin)
  --document ID         profile: a corpus document instead of --input

What the export leaves out
  Plot features that need a browser are not in the export: hover tips are left out (the HTML
  page's data table gives the values), and continuous colour legends, which Plot draws on a
  canvas, are replaced by an SVG gradient with ticks. All legends are drawn inside the SVG.

Exit status: 0 success, 1 the work failed (unreadable corpus or input, write error), 2 usage
error (unknown chart, format, organisation, incident or kind; missing output folder).

Examples
  framewatch chart heatmap --out heatmap.svg
  framewatch chart timeline --org Facebook --format png --scale 2 --out timeline.png
  framewatch chart shift --incident fb-cambridge-analytica-2018 --incident fb-scraping-2021 --out shift.html
  framewatch chart profile --input statement.txt --out profile.png
  framewatch chart --all --out-dir out/charts
`;

interface ChartArgs {
  names: string[];
  formats: ExportFormat[];
  out?: string;
  outDir?: string;
  width?: number;
  height?: number;
  scale: number;
  title?: string;
  corpus: string;
  /** The codebook's data (strategy ids, labels, families). */
  codebook: Codebook;
  /** The compiled codebook, compiled on first use: only tagging needs it, and compiling takes a while. */
  compiled: () => CompiledCodebook;
  orgs?: string[];
  incidents?: string[];
  kinds?: string[];
  mode?: Mode;
  source: (typeof ANNOTATION_SOURCES)[number];
  input?: string;
  document?: string;
}

const formatList = (value: string) => value.split(",").map((f) => choice("format", f.trim(), EXPORT_FORMATS, "svg"));

/** Check that the folder of an output file exists, before any work is done. */
function checkOutput(path: string): void {
  if (path === "-") return;
  checkPathOption("out", path);
  const dir = dirname(path);
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw usageError(`invalid out: ${JSON.stringify(path)}: the folder ${JSON.stringify(dir)} does not exist (create it first)`);
  }
  if (!stat.isDirectory()) throw usageError(`invalid out: ${JSON.stringify(path)}: ${JSON.stringify(dir)} is not a folder`);
  try {
    if (statSync(path).isDirectory()) throw usageError(`invalid out: ${JSON.stringify(path)} is a folder (expected a file name, e.g. ${join(path, "chart.svg")})`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
}

/** Loose arguments in, strict configuration out (every usage error is found here, before loading the corpus). */
export function chartArgs(argv: string[]): ChartArgs | "help" | "list" {
  const parsed = commandArgs("chart", {
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      format: { type: "string", short: "f" },
      all: { type: "boolean" },
      "out-dir": { type: "string" },
      list: { type: "boolean" },
      width: { type: "string" },
      height: { type: "string" },
      scale: { type: "string" },
      title: { type: "string" },
      corpus: { type: "string" },
      codebook: { type: "string" },
      org: { type: "string", multiple: true },
      incident: { type: "string", multiple: true },
      kind: { type: "string", multiple: true },
      mode: { type: "string" },
      annotations: { type: "string" },
      input: { type: "string" },
      document: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const v = parsed.values;
  if (v.help) return "help";
  if (v.list) return "list";
  const [name, ...extra] = parsed.positionals;
  if (extra.length) throw usageError(`one chart at a time, got ${parsed.positionals.map((p) => JSON.stringify(p)).join(", ")} (use --all for every chart)`);
  let names: string[];
  let formats: ExportFormat[];
  if (v.all) {
    if (name !== undefined) throw usageError(`--all exports every chart; do not name one (got ${JSON.stringify(name)})`);
    if (v.out !== undefined) throw usageError("--all writes into --out-dir DIR, not --out FILE");
    if (!v["out-dir"]) throw usageError("--all needs --out-dir DIR");
    checkPathOption("out-dir", v["out-dir"]);
    names = [...CHART_NAMES];
    formats = [...new Set(v.format ? formatList(v.format) : [...EXPORT_FORMATS])];
  } else {
    if (name === undefined) throw usageError(`which chart? (expected ${CHART_NAMES.join(", ")}; see framewatch chart --list)`);
    names = [choice("chart", name, CHART_NAMES, "heatmap")];
    if (v["out-dir"] !== undefined) throw usageError("--out-dir goes with --all; for one chart use --out FILE");
    if (!v.out) throw usageError(`chart ${name} needs --out FILE (or --out - for standard output)`);
    const fromExtension = extname(v.out).slice(1).toLowerCase();
    if (v.format) formats = [choice("format", v.format, EXPORT_FORMATS, "svg")];
    else if ((EXPORT_FORMATS as readonly string[]).includes(fromExtension)) formats = [fromExtension as ExportFormat];
    else throw usageError(`which format? --out ${JSON.stringify(v.out)} has no .svg, .png or .html extension (give --format ${EXPORT_FORMATS.join("|")})`);
    checkOutput(v.out);
  }
  for (const k of v.kind ?? []) choice("kind", k, KINDS, "news-report");
  if (v.input !== undefined && v.document !== undefined) throw usageError("give --input or --document, not both");
  if ((v.input !== undefined || v.document !== undefined) && !names.includes("profile")) throw usageError(`--input and --document go with the profile chart, not ${names[0]}`);
  return {
    names,
    formats,
    out: v.out,
    outDir: v["out-dir"],
    width: v.width === undefined ? undefined : numberOption("width", v.width, MIN_SIZE, MAX_SIZE, 800, true),
    height: v.height === undefined ? undefined : numberOption("height", v.height, MIN_SIZE, MAX_SIZE, 400, true),
    scale: numberOption("scale", v.scale, 0.25, 8, 1),
    title: v.title,
    corpus: corpusDir(v.corpus),
    ...codebookOf(v.codebook),
    orgs: v.org,
    incidents: v.incident,
    kinds: v.kind,
    mode: v.mode === undefined ? undefined : choice("mode", v.mode, MODES, "enacted"),
    source: choice("annotations", v.annotations, ANNOTATION_SOURCES, "gold"),
    input: v.input,
    document: v.document,
  };
}

function codebookOf(file: string | undefined): Pick<ChartArgs, "codebook" | "compiled"> {
  if (file === undefined) return { codebook: builtinCodebook, compiled: builtinCompiled };
  const compiled = loadCodebookFile(file);
  return { codebook: compiled.codebook, compiled: () => compiled };
}

/**
 * Read and bundle the corpus, failing clearly when it cannot be read. The current tagger's tags are
 * computed only when a chart uses them (tagging every document takes a while).
 */
function readBundle(dir: string, args: ChartArgs, withMachine: boolean): CorpusBundle {
  const corpus = loadCorpus(dir, { strategies: new Set(args.codebook.strategies.map((s) => s.id)) });
  const fatal = corpus.problems.filter((p) => p.severity !== "warning" && /\(folder\)/.test(p.field));
  if (fatal.length) throw workError(fatal.map(formatProblem).join("\n"));
  const invalid = corpus.problems.filter((p) => p.severity !== "warning").length;
  if (invalid) process.stderr.write(`framewatch chart: ${invalid} problems in ${dir} (run framewatch corpus validate); charting what could be read\n`);
  if (!corpus.documents.length) throw workError(`${dir}: no documents to chart`);
  const by = `framewatch@${VERSION}`;
  if (withMachine) return bundleCorpus(corpus, args.compiled(), by);
  // Without documents, bundleCorpus reads only the codebook's data (for the strategies' metadata); nothing is tagged.
  const bundle = bundleCorpus({ ...corpus, documents: [] }, { codebook: args.codebook } as CompiledCodebook, by);
  const documents = corpus.documents.map((d) => {
    const gold = corpus.gold.get(d.id);
    return { ...d, gold: gold?.annotations ?? [], ...(gold ? { goldAnnotator: gold.annotator } : {}), machine: [] };
  });
  return { ...bundle, documents };
}

/** Names as the corpus spells them, or a usage error that lists the valid ones. */
function canonical(kind: string, given: string[] | undefined, valid: string[], caseless: boolean): string[] | undefined {
  if (!given) return undefined;
  return given.map((g) => {
    const found = valid.find((v) => (caseless ? v.toLowerCase() === g.toLowerCase() : v === g));
    if (found === undefined) throw usageError(`invalid ${kind}: ${JSON.stringify(g)} (expected ${valid.join(", ")})`);
    return found;
  });
}

/** The latest public statement of the corpus (not a news report or memo): --all's profile default. */
function latestStatement(bundle: CorpusBundle): CorpusBundle["documents"][number] | undefined {
  return bundle.documents
    .filter((d) => d.audience === "public" && d.kind !== "news-report" && d.kind !== "internal-memo")
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1))[0];
}

async function statementOf(args: ChartArgs, bundle: CorpusBundle): Promise<ChartQuery["statement"]> {
  const tagged = (name: string, text: string) => ({ name, tags: tag(text, { codebook: args.compiled() }) });
  if (args.input === "-") return tagged("<stdin>", await readStdin());
  if (args.input !== undefined) return tagged(basename(args.input), readTextFile(args.input));
  if (args.document !== undefined) {
    const [id] = canonical("document", [args.document], bundle.documents.map((d) => d.id), false)!;
    return tagged(id, bundle.documents.find((d) => d.id === id)!.text);
  }
  if (args.names.length > 1) {
    const latest = latestStatement(bundle);
    return latest && tagged(latest.id, latest.text);
  }
  return undefined;
}

function filtersInWords(query: ChartQuery): string[] {
  return [
    `Annotations: ${query.source === "gold" ? "gold (human coders)" : "machine (framewatch's tagger)"}`,
    ...(query.orgs ? [`Organisations: ${query.orgs.join(", ")}`] : []),
    ...(query.incidents ? [`Incidents: ${query.incidents.join(", ")}`] : []),
    ...(query.kinds ? [`Kinds: ${query.kinds.join(", ")}`] : []),
    ...(query.mode ? [`Mode: ${query.mode}`] : []),
  ];
}

/** Run `framewatch chart`; returns the exit code. */
export async function chart(argv: string[]): Promise<number> {
  const args = chartArgs(argv);
  if (args === "help") {
    process.stdout.write(CHART_HELP);
    return 0;
  }
  if (args === "list") {
    process.stdout.write(CHARTS.map((c) => `${listLine(c)}\n`).join(""));
    return 0;
  }
  const machine = args.source === "machine" || CHARTS.some((c) => c.machine && args.names.includes(c.name));
  const bundle = readBundle(args.corpus, args, machine);
  const query: ChartQuery = {
    source: args.source,
    orgs: canonical("org", args.orgs, [...new Set(bundle.documents.map((d) => d.organisation))].sort(), true),
    incidents: canonical("incident", args.incidents, bundle.incidents.map((i) => i.id), false),
    kinds: args.kinds,
    mode: args.mode,
  };
  query.statement = await statementOf(args, bundle);
  const shown = relative(process.cwd(), resolve(args.corpus)) || ".";
  const context = { bundle, corpus: shown.startsWith("..") ? args.corpus : shown, filters: filtersInWords(query), generator: `framewatch@${VERSION}`, scale: args.scale };
  const document = createDocument();
  const options = { document, static: true, width: args.width, height: args.height, title: args.title, strategies: bundle.strategies };
  if (args.outDir) mkdirSync(args.outDir, { recursive: true });
  let written = 0;
  for (const spec of CHARTS.filter((c) => args.names.includes(c.name))) {
    const built = build(spec, bundle, query, options, args.names.length > 1);
    if (!built) continue;
    for (const note of built.notes) process.stderr.write(`framewatch chart ${spec.name}: ${note}\n`);
    for (const format of args.formats) {
      const data = exportChart(built, format, context);
      const path = args.outDir ? join(args.outDir, `${spec.name}.${format}`) : args.out!;
      if (path === "-") process.stdout.write(data);
      else {
        writeFileAtomic(path, data);
        process.stderr.write(`wrote ${path}\n`);
      }
      written++;
    }
  }
  if (args.names.length > 1) process.stderr.write(`${written} files in ${args.outDir}\n`);
  if (args.names.length > 1) process.stderr.write(`(${STATIC_NOTES[0]})\n`);
  return 0;
}

/** Build one chart; with --all, a chart the corpus cannot feed is skipped with a message instead of failing the run. */
function build(spec: ChartSpec, bundle: CorpusBundle, query: ChartQuery, options: Parameters<ChartSpec["build"]>[2], skip: boolean) {
  try {
    return spec.build(bundle, query, options);
  } catch (e) {
    if (!(e instanceof ChartQueryError)) throw e;
    if (!skip) throw usageError(`${spec.name}: ${e.message}`);
    process.stderr.write(`framewatch chart: skipped ${spec.name}: ${e.message}\n`);
    return undefined;
  }
}
