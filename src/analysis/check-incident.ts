/** A clear error for an incident id that the bundle does not have. */
import type { CorpusBundle, Incident } from "../corpus/types.js";

export function checkIncident(bundle: CorpusBundle, id: string): Incident {
  const incident = bundle.incidents.find((i) => i.id === id);
  if (!incident) throw new RangeError(`unknown incident: ${JSON.stringify(id)} (expected ${bundle.incidents.map((i) => i.id).join(", ") || "an incident of the corpus; it has none"})`);
  return incident;
}
