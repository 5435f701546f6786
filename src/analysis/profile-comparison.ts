/** One statement's strategy scores against the corpus average. */
import type { Tag } from "../codebook/types.js";
import type { CorpusBundle } from "../corpus/types.js";
import { profile } from "../tagger/profile.js";
import { annotationsOf } from "./annotations-of.js";
import { analysisConfig, selectDocuments, type AnalysisOptions, type AnnotationSource } from "./options.js";
import { strategyIds } from "./strategy-ids.js";

export interface ProfileRow {
  strategy: string;
  /** The statement's score (see profile(): 1 − ∏(1 − confidence)), 0 when absent. */
  score: number;
  /** The statement's tags of this strategy. */
  count: number;
  /** The mean score over the corpus documents (0 for a document without the strategy). */
  average: number;
  /** Share of the corpus documents carrying the strategy. */
  share: number;
}

export interface ProfileComparison {
  /** Corpus documents averaged over. */
  documents: number;
  /** Which annotations of the corpus were averaged. */
  source: AnnotationSource;
  /** One row per strategy that the statement or the corpus uses, in codebook order. */
  rows: ProfileRow[];
}

/**
 * Compare a statement's tags with the corpus. The corpus side uses the machine tags by default
 * (the same instrument as the statement's); gold spans count with confidence 1.
 */
export function profileComparison(tags: readonly Tag[], bundle: CorpusBundle, options: AnalysisOptions = {}): ProfileComparison {
  const config = analysisConfig({ source: "machine", ...options });
  const documents = selectDocuments(bundle, config);
  const statement = new Map(profile(config.mode ? tags.filter((t) => t.mode === config.mode) : [...tags]).map((s) => [s.strategy, s]));
  const totals = new Map<string, { score: number; carrying: number }>();
  for (const d of documents) {
    const spans = annotationsOf(d, config).map((s) => ({ ...s, cue: "" }));
    for (const s of profile(spans)) {
      const t = totals.get(s.strategy) ?? { score: 0, carrying: 0 };
      t.score += s.score;
      t.carrying++;
      totals.set(s.strategy, t);
    }
  }
  const n = documents.length;
  const rows = strategyIds(bundle, [...statement.keys(), ...totals.keys()])
    .filter((s) => statement.has(s) || totals.has(s))
    .map((strategy) => ({
      strategy,
      score: statement.get(strategy)?.score ?? 0,
      count: statement.get(strategy)?.count ?? 0,
      average: n ? (totals.get(strategy)?.score ?? 0) / n : 0,
      share: n ? (totals.get(strategy)?.carrying ?? 0) / n : 0,
    }));
  return { documents: n, source: config.source, rows };
}
