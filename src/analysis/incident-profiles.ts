/** Per incident: how many of its documents carry each strategy. */
import type { CorpusBundle, Incident } from "../corpus/types.js";
import { strategiesOf } from "./annotations-of.js";
import { analysisConfig, selectDocuments, type AnalysisConfig, type AnalysisOptions } from "./options.js";
import { strategyIds } from "./strategy-ids.js";

export interface IncidentProfile {
  id: string;
  title: string;
  date: string;
  organisations: string[];
  /** How many of the incident's documents pass the filters. */
  documents: number;
  documentIds: string[];
  /** Per strategy (every strategy of the bundle, in codebook order): the share of the documents carrying it, in [0, 1]. */
  shares: Record<string, number>;
  /** Per strategy: how many documents carry it. */
  counts: Record<string, number>;
}

/** Profile each incident that has documents passing the filters, by date (then id). */
export function incidentProfiles(bundle: CorpusBundle, options: AnalysisOptions = {}): IncidentProfile[] {
  return profilesOf(bundle, analysisConfig(options));
}

export function profilesOf(bundle: CorpusBundle, config: AnalysisConfig): IncidentProfile[] {
  const documents = selectDocuments(bundle, config);
  const labels = new Map(documents.map((d) => [d.id, strategiesOf(d, config)]));
  const ids = strategyIds(bundle, [...labels.values()].flatMap((s) => [...s]));
  const byIncident = new Map<string, string[]>();
  for (const d of documents) {
    const list = byIncident.get(d.incident);
    if (list) list.push(d.id);
    else byIncident.set(d.incident, [d.id]);
  }
  return bundle.incidents
    .filter((i) => byIncident.has(i.id))
    .sort(byDate)
    .map((incident) => {
      const documentIds = byIncident.get(incident.id)!;
      const counts = Object.fromEntries(ids.map((s) => [s, documentIds.filter((d) => labels.get(d)!.has(s)).length]));
      const shares = Object.fromEntries(ids.map((s) => [s, counts[s] / documentIds.length]));
      return { id: incident.id, title: incident.title, date: incident.date, organisations: incident.organisations, documents: documentIds.length, documentIds, shares, counts };
    });
}

export const byDate = (a: Pick<Incident, "date" | "id">, b: Pick<Incident, "date" | "id">) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
