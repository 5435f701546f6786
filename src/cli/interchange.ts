/**
 * The annotation tools' formats on the command line: `annotate --format label-studio|brat|w3c|doccano`,
 * `corpus export` and `corpus import`. The formats themselves are in src/formats/interchange.ts.
 *
 * Output: with --out-dir DIR every file of the format is written to DIR (created when missing;
 * an existing file is never overwritten, except by `corpus export --force`). Without it the main
 * file goes to standard output: Label Studio's tasks (not its labelling configuration), brat's .ann
 * of a single document, the W3C collection, doccano's JSONL, the CSV.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { CompiledCodebook } from "../codebook/compiled.js";
import type { Corpus } from "../corpus/load.js";
import { applyImport, ImportError, planImport, readImportFiles } from "../corpus/import.js";
import { CorpusWriteError } from "../corpus/write.js";
import { toDoccano } from "../formats/doccano.js";
import { bratConfigFiles, bratFiles, exportFiles, INTERCHANGE_FORMATS, type InterchangeFile, type InterchangeFormat, type InterchangeOptions } from "../formats/interchange.js";
import type { ExportDocument } from "../formats/spans.js";
import { tagWith } from "../tagger/pipeline.js";
import { choice, usageError, workError } from "./errors.js";
import { readStdin, writeFileAtomic } from "./io.js";
import { VERSION } from "./version.js";

export const isInterchange = (format: string): format is InterchangeFormat => (INTERCHANGE_FORMATS as readonly string[]).includes(format);

export const strategyList = (codebook: CompiledCodebook) => codebook.codebook.strategies.map((s) => ({ id: s.id, label: s.label }));

/** Write files into a folder (created when missing); an existing file is an error unless `force`. */
export function writeFiles(dir: string, files: readonly InterchangeFile[], force = false): string[] {
  mkdirSync(dir, { recursive: true });
  const paths = files.map((f) => join(dir, f.name));
  const existing = force ? [] : paths.filter((p) => existsSync(p));
  if (existing.length) throw workError(`${existing[0]} already exists${existing.length > 1 ? ` (and ${existing.length - 1} more)` : ""}; remove ${existing.length > 1 ? "them" : "it"} or choose another --out-dir${force ? "" : " (corpus export: or give --force)"}`);
  files.forEach((f, i) => writeFileAtomic(paths[i], f.content));
  return paths;
}

/**
 * `annotate`'s output in a tool's format: doccano lines and brat files go out as each document is
 * tagged; Label Studio and W3C, which are one JSON document, at the end.
 */
export class InterchangeSink {
  private docs: ExportDocument[] = [];
  private taken = new Set<string>();
  private options: InterchangeOptions;

  constructor(
    private format: InterchangeFormat,
    codebook: CompiledCodebook,
    private outDir: string | undefined,
    private write: (s: string) => Promise<void>,
    /** Whether the input can hold only one document (brat without --out-dir needs that). */
    single: boolean,
  ) {
    if (format === "brat" && !outDir && !single) throw usageError("brat writes a .txt and an .ann per document: give --out-dir DIR (or annotate one text file to print its .ann)");
    this.options = { strategies: strategyList(codebook), by: `framewatch@${VERSION}` };
  }

  async add(doc: ExportDocument): Promise<void> {
    if (this.format === "doccano" && !this.outDir) return this.write(toDoccano(doc) + "\n");
    if (this.format === "brat") {
      const [ann, txt] = bratFiles(doc, this.taken);
      if (this.outDir) writeFiles(this.outDir, [ann, txt]);
      else await this.write(ann.content);
      return;
    }
    this.docs.push(doc);
  }

  async end(): Promise<void> {
    if (this.format === "brat") {
      if (this.outDir) writeFiles(this.outDir, bratConfigFiles(this.options));
      return;
    }
    if (this.format === "doccano" && !this.outDir) return;
    const files = exportFiles(this.format, this.docs, this.options);
    if (this.outDir) writeFiles(this.outDir, files);
    else await this.write(files[0].content);
  }
}

/** `corpus export`: the corpus's gold annotations (or the tagger's tags) in a tool's format. */
export async function exportCorpus(
  c: Corpus,
  codebook: CompiledCodebook,
  v: { format?: string; annotations?: string; out?: string; "out-dir"?: string; force?: boolean },
  write: (s: string) => void,
): Promise<number> {
  if (v.format === undefined) throw usageError(`corpus export needs --format (${INTERCHANGE_FORMATS.join(", ")})`);
  const format = choice("format", v.format, INTERCHANGE_FORMATS, "csv");
  const source = choice("annotations", v.annotations, ["gold", "machine"] as const, "gold");
  if (v.out && v["out-dir"]) throw usageError("give --out FILE or --out-dir DIR, not both");
  if (format === "brat" && !v["out-dir"]) throw usageError("brat writes a .txt and an .ann per document: give --out-dir DIR");
  const docs: ExportDocument[] = c.documents.map((d) => ({ id: d.id, text: d.text, spans: source === "gold" ? (c.gold.get(d.id)?.annotations ?? []) : tagWith(d.text, codebook) }));
  const annotators = [...new Set([...c.gold.values()].map((g) => g.annotator))].join(",");
  const files = exportFiles(format, docs, { strategies: strategyList(codebook), by: source === "gold" ? `gold:${annotators}` : `framewatch@${VERSION}`, byPerson: source === "gold" });
  if (v["out-dir"]) {
    const paths = writeFiles(v["out-dir"], files, v.force);
    process.stderr.write(`wrote ${paths.length} files to ${v["out-dir"]}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.spans.length, 0)} ${source} spans\n`);
  } else if (v.out) {
    if (existsSync(v.out) && !v.force) throw workError(`${v.out} already exists; give --force to replace it`);
    writeFileAtomic(v.out, files[0].content);
    process.stderr.write(`wrote ${v.out}: ${docs.length} documents${files.length > 1 ? ` (the ${files.slice(1).map((f) => f.name).join(", ")} come with --out-dir)` : ""}\n`);
  } else {
    write(files[0].content);
    if (files.length > 1) process.stderr.write(`note: ${files.slice(1).map((f) => f.name).join(", ")} ${files.length > 2 ? "are" : "is"} written with --out-dir DIR\n`);
  }
  return 0;
}

/** `corpus import`: human corrections from a tool's files into gold/. */
export async function importCorpus(
  c: Corpus,
  codebook: CompiledCodebook,
  path: string | undefined,
  v: { format?: string; annotator?: string; force?: boolean; "dry-run"?: boolean },
): Promise<number> {
  if (v.format === undefined) throw usageError(`corpus import needs --format (${INTERCHANGE_FORMATS.join(", ")})`);
  const format = choice("format", v.format, INTERCHANGE_FORMATS, "csv");
  if (!path) throw usageError(`corpus import needs a FILE${format === "brat" ? " or a folder of .ann files" : ""} (or - for standard input)`);
  let plan;
  try {
    const files = path === "-" ? (format === "brat" ? [{ name: "<stdin>.ann", content: await readStdin() }] : [{ name: "<stdin>", content: await readStdin() }]) : readImportFiles(format, path);
    plan = planImport(c, format, files, { strategies: new Set(codebook.strategies.keys()), annotator: v.annotator, force: v.force });
  } catch (e) {
    if (e instanceof ImportError || e instanceof CorpusWriteError) throw workError(e.message);
    throw e;
  }
  for (const w of plan.warnings) process.stderr.write(`warning: ${w}\n`);
  const summary = (verb: string) =>
    plan.changes.map((ch) => `${verb} ${ch.file}: ${ch.gold.annotations.length} spans by ${ch.gold.annotator}${ch.previous ? ` (was ${ch.previous.annotations.length} by ${ch.previous.annotator})` : " (new)"}`);
  if (v["dry-run"]) {
    process.stdout.write([...summary("would write"), `${plan.changes.length} to write, ${plan.unchanged.length} unchanged; nothing written (--dry-run)`].join("\n") + "\n");
    return 0;
  }
  const { backups } = applyImport(c.dir, plan);
  process.stdout.write([...summary("wrote"), ...backups.map((b) => `kept a backup: ${b}`), `${plan.changes.length} written, ${plan.unchanged.length} unchanged; next: framewatch corpus validate`].join("\n") + "\n");
  return 0;
}
