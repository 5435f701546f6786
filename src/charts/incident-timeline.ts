/** Incident timeline: the corpus's incidents on a time line, each a dot sized by its documents, coloured by organisation. */
import * as Plot from "@observablehq/plot";
import { byDate, type IncidentProfile } from "../analysis/incident-profiles.js";
import { figure } from "./figure.js";
import { month } from "./format.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { textWidth, truncateText } from "./text-width.js";
import { tipOptions } from "./tip.js";

/** Organisation colours (categorical, distinct from one another on white). */
const ORGANISATION_COLORS = ["#4e79a7", "#f28e2c", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f", "#edc949"];

/** What the chart needs of an incident (an IncidentProfile fits): `documents` is how many documents belong to it. */
export type TimelineIncident = Pick<IncidentProfile, "id" | "title" | "date" | "organisations" | "documents">;

const ROW = 24;
const MAX_R = 11;
const DAY = 24 * 3600 * 1000;

/** One row per incident (by date): a dot at its date, sized by its documents, coloured by organisation. */
export function incidentTimelineChart(incidents: readonly TimelineIncident[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const sorted = [...incidents].sort(byDate);
  const organisations = [...new Set(sorted.map((i) => i.organisations[0] ?? ""))];
  const color = (o: string) => ORGANISATION_COLORS[organisations.indexOf(o) % ORGANISATION_COLORS.length];
  const label = (i: TimelineIncident) => `${month(i.date)} · ${i.title}`;
  const maxLabel = Math.min(config.width * 0.45, Math.max(80, ...sorted.map((i) => textWidth(label(i), 10))));
  const labels = new Map(sorted.map((i) => [i.id, truncateText(label(i), maxLabel, 10)]));
  const marginLeft = Math.ceil(maxLabel + 16);
  const times = sorted.map((i) => Date.parse(`${i.date}T00:00:00Z`));
  const lo = times.length ? Math.min(...times) : Date.UTC(2020, 0, 1);
  const hi = times.length ? Math.max(...times) : lo;
  const pad = Math.max(90 * DAY, (hi - lo) * 0.05);
  const most = Math.max(1, ...sorted.map((i) => i.documents));
  const sizes = [...new Set([1, Math.round(most / 3), most])].filter((n) => n > 0);
  const rows = sorted.map((i) => ({ ...i, at: new Date(`${i.date}T00:00:00Z`), organisation: i.organisations[0] ?? "" }));
  type Row = (typeof rows)[number];
  return figure(config, {
    title: "The corpus's incidents on a time line",
    subtitle: `${sorted.length} incidents, ${sorted.reduce((n, i) => n + i.documents, 0)} documents. Each dot: an incident at its date, its area proportional to the documents the corpus holds about it.`,
    legends: [
      { type: "swatches", label: "Organisation", items: organisations.map((o) => ({ label: o, color: color(o), shape: "circle" as const })) },
      { type: "sizes", label: "Documents", color: "#777", items: sizes.map((n) => ({ label: String(n), r: MAX_R * Math.sqrt(n / most) })) },
    ],
    bodyHeight: 8 + sorted.length * ROW + 34,
    plot: {
      marginTop: 8,
      marginLeft,
      marginRight: 24,
      marginBottom: 34,
      x: { type: "utc", domain: [new Date(lo - pad), new Date(hi + pad)], label: null },
      // Half a row above the first incident and below the last: each dot in the middle of its row.
      y: { domain: sorted.map((i) => i.id), label: null, padding: 0.5 },
      r: { type: "sqrt", domain: [0, most], range: [0, MAX_R] },
      marks: [
        Plot.gridX({ ticks: "year", stroke: "#eee", strokeOpacity: 1 }),
        Plot.ruleY(rows, { y: "id", stroke: "#f0f0f0" }),
        Plot.axisX({ ticks: "year", tickFormat: "%Y", label: "date of the incident →", labelAnchor: "right" }),
        Plot.axisY({ tickSize: 0, tickPadding: 8, label: null, tickFormat: (id: string) => labels.get(id) ?? id }),
        Plot.dot(rows, {
          x: "at",
          y: "id",
          r: "documents",
          fill: { value: (d: Row) => color(d.organisation), scale: null },
          stroke: "white",
          ...tipOptions<Row>(config, { incident: "title", date: "date", organisation: "organisation", documents: "documents" }, ["x", "y", "r", "fill"]),
        }),
        Plot.text(rows, { x: "at", y: "id", text: (d: Row) => String(d.documents), dx: MAX_R + 3, textAnchor: "start", fill: "#444", fontSize: 9 }),
      ],
    },
  });
}
