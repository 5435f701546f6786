/** Organisations side by side over a set of incidents: which strategies each used, which all shared. */
import type { CorpusBundle } from "../corpus/types.js";
import { strategiesOf } from "./annotations-of.js";
import { checkIncident } from "./check-incident.js";
import { analysisConfig, selectDocuments, type AnalysisOptions } from "./options.js";
import { strategyIds } from "./strategy-ids.js";

export interface PeerRow {
  organisation: string;
  /** The incidents (of those asked for) where it has documents. */
  incidents: string[];
  documents: number;
  /** Per strategy: share of the organisation's documents carrying it. */
  shares: Record<string, number>;
  counts: Record<string, number>;
}

export interface PeerCell {
  organisation: string;
  strategy: string;
  share: number;
  count: number;
  documents: number;
}

export interface Peers {
  incidents: string[];
  /** One row per organisation, alphabetically. */
  organisations: PeerRow[];
  /** Strategies used by at least one organisation, in codebook order. */
  strategies: string[];
  /** Used by every organisation (when there are at least two). */
  sharedByAll: string[];
  /** Used by exactly one organisation. */
  onlyOne: { strategy: string; organisation: string }[];
  /** The matrix in long format (every organisation × every strategy of `strategies`). */
  cells: PeerCell[];
}

/** Compare the organisations of these incidents (their documents, with the usual filters). */
export function peers(bundle: CorpusBundle, incidentIds: readonly string[], options: AnalysisOptions = {}): Peers {
  if (!Array.isArray(incidentIds) || incidentIds.length === 0) throw new RangeError(`peers: no incidents given (expected some of ${bundle.incidents.map((i) => i.id).join(", ")})`);
  for (const id of incidentIds) checkIncident(bundle, id);
  const config = analysisConfig({ ...options, incidents: incidentIds });
  const documents = selectDocuments(bundle, config);
  const labels = new Map(documents.map((d) => [d.id, strategiesOf(d, config)]));
  const ids = strategyIds(bundle, [...labels.values()].flatMap((s) => [...s]));
  const organisations = [...new Set(documents.map((d) => d.organisation))].sort().map((organisation) => {
    const docs = documents.filter((d) => d.organisation === organisation);
    const counts = Object.fromEntries(ids.map((s) => [s, docs.filter((d) => labels.get(d.id)!.has(s)).length]));
    return {
      organisation,
      incidents: incidentIds.filter((i) => docs.some((d) => d.incident === i)),
      documents: docs.length,
      shares: Object.fromEntries(ids.map((s) => [s, counts[s] / docs.length])),
      counts,
    };
  });
  const users = (s: string) => organisations.filter((o) => o.counts[s] > 0);
  const strategies = ids.filter((s) => users(s).length > 0);
  return {
    incidents: [...incidentIds],
    organisations,
    strategies,
    sharedByAll: organisations.length >= 2 ? strategies.filter((s) => users(s).length === organisations.length) : [],
    onlyOne: strategies.filter((s) => users(s).length === 1 && organisations.length >= 2).map((strategy) => ({ strategy, organisation: users(strategy)[0].organisation })),
    cells: organisations.flatMap((o) => strategies.map((strategy) => ({ organisation: o.organisation, strategy, share: o.shares[strategy], count: o.counts[strategy], documents: o.documents }))),
  };
}
