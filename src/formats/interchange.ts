/**
 * The annotation tools' formats in one place: which there are, the files an export makes, and the
 * import of a tool's files. Pure functions (text and spans in, file contents out, and back).
 *
 *   format         files                                           offsets
 *   label-studio   tasks.json, label-studio-config.xml             code points
 *   brat           <id>.txt and <id>.ann per document,             code points
 *                  annotation.conf, visual.conf
 *   w3c            annotations.jsonld                              code points (TextPositionSelector)
 *   doccano        annotations.jsonl                               UTF-16 code units
 *   csv            annotations.csv                                 UTF-16 code units
 */
import { bratConfig, fromBrat, toBrat } from "./brat.js";
import { fromCsv, toCsv } from "./csv.js";
import { fromDoccano, toDoccano } from "./doccano.js";
import { fromLabelStudio, labelStudioConfig, toLabelStudio } from "./label-studio.js";
import { ImportCollector, type ExportDocument, type ImportOptions, type ImportResult } from "./spans.js";
import { fromW3c, toW3c } from "./w3c.js";

export const INTERCHANGE_FORMATS = ["label-studio", "brat", "w3c", "doccano", "csv"] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

export interface InterchangeFile {
  name: string;
  content: string;
}

export interface InterchangeOptions {
  /** The strategies of the codebook, for Label Studio's and brat's configurations. */
  strategies: readonly { id: string; label?: string }[];
  /** Who made the spans: a program ("framewatch@0.1.0") or a coder. */
  by: string;
  /** Whether `by` is a person (a coder) rather than a program. */
  byPerson?: boolean;
}

/** A file name for a document id: the id itself when it is safe, else a cleaned one without folder or .txt (unique within `taken`). */
export function fileNameOf(id: string, taken: Set<string>): string {
  let base = id.replace(/^.*[\\/]/, "").replace(/\.txt$/i, "").replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(0, 150) || "document";
  if (["annotation", "visual", "tools", "kb_shortcuts"].includes(base)) base += "_";
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/** The files of one document in brat (.ann first, then .txt). */
export function bratFiles(doc: ExportDocument, taken: Set<string>): InterchangeFile[] {
  const name = fileNameOf(doc.id, taken);
  const { txt, ann } = toBrat(doc);
  return [
    { name: `${name}.ann`, content: ann },
    { name: `${name}.txt`, content: txt },
  ];
}

/** brat's collection configuration files. */
export function bratConfigFiles(options: InterchangeOptions): InterchangeFile[] {
  const { annotationConf, visualConf } = bratConfig(options.strategies);
  return [
    { name: "annotation.conf", content: annotationConf },
    { name: "visual.conf", content: visualConf },
  ];
}

/** The files of an export; the first is the main one (what is printed when no folder is given). */
export function exportFiles(format: InterchangeFormat, docs: readonly ExportDocument[], options: InterchangeOptions): InterchangeFile[] {
  switch (format) {
    case "label-studio":
      return [
        { name: "tasks.json", content: JSON.stringify(toLabelStudio(docs, options.by), null, 2) + "\n" },
        { name: "label-studio-config.xml", content: labelStudioConfig(options.strategies) },
      ];
    case "brat": {
      const taken = new Set<string>();
      return [...docs.flatMap((d) => bratFiles(d, taken)), ...bratConfigFiles(options)];
    }
    case "w3c":
      return [{ name: "annotations.jsonld", content: JSON.stringify(toW3c(docs, { creator: { type: options.byPerson ? "Person" : "Software", name: options.by } }), null, 2) + "\n" }];
    case "doccano":
      return [{ name: "annotations.jsonl", content: docs.map((d) => toDoccano(d) + "\n").join("") }];
    case "csv":
      return [{ name: "annotations.csv", content: toCsv(docs) }];
  }
}

/**
 * Import a tool's files against the corpus's texts (by document id). brat takes every `<id>.ann`
 * with its `<id>.txt` when present; the other formats take one file each. Problems are collected,
 * never thrown, so that every one can be reported.
 */
export function importFiles(format: InterchangeFormat, files: readonly InterchangeFile[], texts: ReadonlyMap<string, string>, options: ImportOptions = {}): ImportResult {
  const into = new ImportCollector(texts, options);
  for (const file of files) {
    if (format === "brat") {
      if (!file.name.endsWith(".ann")) continue;
      const base = file.name.replace(/^.*[\\/]/, "").replace(/\.ann$/, "");
      const txt = files.find((f) => f.name === file.name.replace(/\.ann$/, ".txt"));
      fromBrat(base, file.content, file.name, into, txt?.content);
      continue;
    }
    if (format === "doccano") fromDoccano(file.content, file.name, into);
    else if (format === "csv") fromCsv(file.content, file.name, into);
    else {
      let json: unknown;
      try {
        json = JSON.parse(file.content.replace(/^\uFEFF/, ""));
      } catch (e) {
        into.problem({ where: file.name, reason: `invalid JSON: ${(e as Error).message}` });
        continue;
      }
      if (format === "label-studio") fromLabelStudio(json, file.name, into);
      else fromW3c(json, file.name, into);
    }
  }
  if (format === "brat" && !files.some((f) => f.name.endsWith(".ann"))) into.problem({ reason: "no .ann file found (brat keeps one <id>.ann per document)" });
  return into.result();
}
