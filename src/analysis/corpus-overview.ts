/** How many documents each organisation has, of each kind. */
import { KINDS, type CorpusBundle } from "../corpus/types.js";
import { analysisConfig, selectDocuments, type AnalysisOptions } from "./options.js";

export interface OverviewRow {
  organisation: string;
  kind: string;
  documents: number;
}

/** One row per organisation and kind that has documents: organisations alphabetically, kinds in the schema's order. */
export function corpusOverview(bundle: CorpusBundle, options: AnalysisOptions = {}): OverviewRow[] {
  const documents = selectDocuments(bundle, analysisConfig(options));
  const counts = new Map<string, number>();
  for (const d of documents) counts.set(`${d.organisation}\u0000${d.kind}`, (counts.get(`${d.organisation}\u0000${d.kind}`) ?? 0) + 1);
  const kindOrder = (k: string) => ((KINDS as readonly string[]).includes(k) ? KINDS.indexOf(k as (typeof KINDS)[number]) : KINDS.length);
  return [...counts]
    .map(([key, n]) => {
      const [organisation, kind] = key.split("\u0000");
      return { organisation, kind, documents: n };
    })
    .sort((a, b) => (a.organisation < b.organisation ? -1 : a.organisation > b.organisation ? 1 : kindOrder(a.kind) - kindOrder(b.kind) || (a.kind < b.kind ? -1 : 1)));
}
