/** The options shared by the analysis functions: loose in, strict out. */
import { MODES, type Mode } from "../codebook/types.js";
import type { CorpusBundle } from "../corpus/types.js";

export const ANNOTATION_SOURCES = ["gold", "machine"] as const;
export type AnnotationSource = (typeof ANNOTATION_SOURCES)[number];

/** A document of a corpus bundle (metadata, text, gold annotations and machine tags). */
export type BundleDocument = CorpusBundle["documents"][number];

export interface AnalysisOptions {
  /** Which annotations count: the human coders' ("gold", the default) or the tagger's ("machine"). */
  source?: AnnotationSource;
  /** Only documents of these organisations (exact names, as in the documents' `organisation`). */
  orgs?: readonly string[];
  /** Only documents of these kinds (internal-memo, spokesperson, news-report, ...). */
  kinds?: readonly string[];
  /** Only annotations in this mode (default: every mode). */
  mode?: Mode;
  /** Only these incidents. */
  incidents?: readonly string[];
}

export interface AnalysisConfig {
  source: AnnotationSource;
  orgs?: ReadonlySet<string>;
  kinds?: ReadonlySet<string>;
  mode?: Mode;
  incidents?: ReadonlySet<string>;
}

const list = (name: string, value: unknown): ReadonlySet<string> | undefined => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw new TypeError(`invalid ${name}: ${JSON.stringify(value)} (expected a list of strings)`);
  return new Set(value as string[]);
};

/** Normalise analysis options, throwing `invalid source: "x" (expected gold, machine)` on a bad value. */
export function analysisConfig(options: AnalysisOptions = {}): AnalysisConfig {
  const source = options.source ?? "gold";
  if (!ANNOTATION_SOURCES.includes(source)) throw new TypeError(`invalid source: ${JSON.stringify(source)} (expected ${ANNOTATION_SOURCES.join(", ")})`);
  if (options.mode !== undefined && !MODES.includes(options.mode)) throw new TypeError(`invalid mode: ${JSON.stringify(options.mode)} (expected ${MODES.join(", ")})`);
  return { source, orgs: list("orgs", options.orgs), kinds: list("kinds", options.kinds), mode: options.mode, incidents: list("incidents", options.incidents) };
}

/** The bundle's documents that pass the organisation, kind and incident filters. */
export function selectDocuments(bundle: CorpusBundle, config: AnalysisConfig): BundleDocument[] {
  return bundle.documents.filter(
    (d) => (!config.orgs || config.orgs.has(d.organisation)) && (!config.kinds || config.kinds.has(d.kind)) && (!config.incidents || config.incidents.has(d.incident)),
  );
}
