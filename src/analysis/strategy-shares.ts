/** Long-format rows of strategy shares per incident, for a heat map. */
import type { CorpusBundle } from "../corpus/types.js";
import { incidentProfiles } from "./incident-profiles.js";
import type { AnalysisOptions } from "./options.js";

export interface ShareRow {
  incident: string;
  strategy: string;
  /** Share of the incident's documents carrying the strategy, in [0, 1]. */
  share: number;
  /** The incident's documents (that pass the filters). */
  documents: number;
  /** How many of them carry the strategy. */
  count: number;
  title: string;
  date: string;
  organisations: string[];
}

/** One row per incident and strategy (zero shares included), incidents by date, strategies in codebook order. */
export function strategyShares(bundle: CorpusBundle, options: AnalysisOptions = {}): ShareRow[] {
  return incidentProfiles(bundle, options).flatMap((p) =>
    Object.keys(p.shares).map((strategy) => ({
      incident: p.id,
      strategy,
      share: p.shares[strategy],
      documents: p.documents,
      count: p.counts[strategy],
      title: p.title,
      date: p.date,
      organisations: p.organisations,
    })),
  );
}
