/** The corpus's records (types only: shared by the Node loader and the browser bundle). */
import type { Mode, Tag } from "../codebook/types.js";

export const KINDS = ["internal-memo", "spokesperson", "blog-post", "public-statement", "executive-letter", "regulatory-filing", "news-report"] as const;
export type Kind = (typeof KINDS)[number];
export const AUDIENCES = ["internal", "public"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const PROVENANCES = ["verbatim", "recalled", "paraphrase"] as const;
export type Provenance = (typeof PROVENANCES)[number];

export interface Source {
  title: string;
  publisher?: string;
  url?: string;
}

export interface Incident {
  id: string;
  title: string;
  organisations: string[];
  date: string;
  summary: string;
  sources: Source[];
}

export interface CorpusDocument {
  id: string;
  incident: string;
  organisation: string;
  date: string;
  kind: Kind;
  audience: Audience;
  speaker?: string;
  source: Source;
  provenance: Provenance;
  note?: string;
  /** The text: the body after the front matter, trimmed. */
  text: string;
}

export interface Annotation {
  strategy: string;
  mode: Mode;
  start: number;
  end: number;
  text: string;
  annotator?: string;
  confidence?: number;
  cue?: string;
  note?: string;
}

export interface AnnotationFile {
  document: string;
  annotator: string;
  annotations: Annotation[];
}

/** A problem found while loading or validating the corpus. */
export interface Problem {
  file: string;
  line?: number;
  field: string;
  reason: string;
  /** Errors fail validation; warnings are printed only (default: error). */
  severity?: "error" | "warning";
}

/** What the notebooks read: the corpus with gold and the current tagger's tags, in one JSON file. */
export interface CorpusBundle {
  generated: { by: string; codebook: string };
  strategies: { id: string; label: string; family: string; definition: string; theory: string; example: string }[];
  incidents: Incident[];
  documents: (CorpusDocument & { gold: Annotation[]; goldAnnotator?: string; machine: Tag[] })[];
}
