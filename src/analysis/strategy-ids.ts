/** The strategy ids an analysis reports: the bundle's codebook order, then any other id found in the annotations. */
import type { CorpusBundle } from "../corpus/types.js";

export function strategyIds(bundle: CorpusBundle, seen: Iterable<string> = []): string[] {
  const ids = bundle.strategies.map((s) => s.id);
  const known = new Set(ids);
  for (const id of seen) {
    if (!known.has(id)) {
      known.add(id);
      ids.push(id);
    }
  }
  return ids;
}
