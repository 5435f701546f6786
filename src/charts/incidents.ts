/** Ordering and labelling incidents on an axis. */
import { month } from "./format.js";
import { truncateText, wrapText } from "./text-width.js";

export interface IncidentInfo {
  id: string;
  title: string;
  date: string;
  organisations: readonly string[];
}

/** Incidents grouped by their (first) organisation, organisations by their first incident, then by date. */
export function incidentOrder<T extends IncidentInfo>(incidents: readonly T[]): T[] {
  const org = (i: T) => i.organisations[0] ?? "";
  const first = new Map<string, string>();
  for (const i of incidents) if (!first.has(org(i)) || i.date < first.get(org(i))!) first.set(org(i), i.date);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...incidents].sort((a, b) => cmp(first.get(org(a))!, first.get(org(b))!) || cmp(org(a), org(b)) || cmp(a.date, b.date) || cmp(a.id, b.id));
}

/** "2018-03" and the title, wrapped to maxWidth in at most maxLines lines (the last one shortened). */
export function incidentLabel(incident: Pick<IncidentInfo, "title" | "date">, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const lines = wrapText(incident.title, maxWidth, fontSize);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = truncateText(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(" ")}`, maxWidth, fontSize);
  return [month(incident.date), ...kept.map((l) => truncateText(l, maxWidth, fontSize))];
}
