/**
 * Two charts that only the notebooks show so far (src/charts has no equivalent yet): the corpus's incidents on a
 * time line, and the tagger's scores per strategy. Built like src/charts' charts (`(data, options) => SVG`, header
 * and legends drawn in the SVG through src/charts/figure), so they can move there for the CLI's export unchanged.
 */
import * as Plot from "@observablehq/plot";
import type { StrategyCounts } from "../../src/analysis/document-eval.js";
import type { Incident } from "../../src/corpus/types.js";
import { figure } from "../../src/charts/figure.js";
import { month, percent } from "../../src/charts/format.js";
import { chartConfig, type ChartOptions } from "../../src/charts/options.js";
import { strategyOrder } from "../../src/charts/strategies.js";
import { SWATCH_GAP, strategySwatches } from "../../src/charts/strategy-swatches.js";
import { textWidth, truncateText } from "../../src/charts/text-width.js";
import { tipOptions } from "../../src/charts/tip.js";

/** Organisation colours (categorical, distinct from one another on white). */
const ORGANISATION_COLORS = ["#4e79a7", "#f28e2c", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f", "#edc949"];

export interface TimelineIncident extends Pick<Incident, "id" | "title" | "date" | "organisations"> {
  /** How many documents of the corpus belong to it. */
  documents: number;
}

const ROW = 24;
const MAX_R = 11;
const DAY = 24 * 3600 * 1000;

/** One row per incident (by date): a dot at its date, sized by its documents, coloured by organisation. */
export function incidentTimelineChart(incidents: readonly TimelineIncident[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const sorted = [...incidents].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
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
      y: { domain: sorted.map((i) => i.id), label: null, padding: 0 },
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
          fill: { value: (d: (typeof rows)[number]) => color(d.organisation), scale: null },
          stroke: "white",
          ...tipOptions<(typeof rows)[number]>(config, { incident: "title", date: "date", organisation: "organisation", documents: "documents" }, ["x", "y", "r", "fill"]),
        }),
        Plot.text(rows, { x: "at", y: "id", text: (d: (typeof rows)[number]) => String(d.documents), dx: MAX_R + 3, textAnchor: "start", fill: "#444", fontSize: 9 }),
      ],
    },
  });
}

const SCORE_COLORS = { precision: "#2166ac", recall: "#d6604d", f1: "#111111" } as const;
type Score = keyof typeof SCORE_COLORS;

interface ScorePoint {
  strategy: string;
  score: Score;
  value: number;
  counts: StrategyCounts;
}

/**
 * The tagger's precision, recall and F1 per strategy (document level: does the document carry the strategy),
 * against gold. Strategies that neither gold nor the tagger uses are left out (their scores say nothing).
 */
export function agreementChart(perStrategy: readonly StrategyCounts[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const used = perStrategy.filter((c) => c.tp + c.fp + c.fn > 0);
  const strategies = strategyOrder(
    used.map((c) => c.strategy),
    config.strategies,
  );
  const points: ScorePoint[] = used.flatMap((counts) => (["precision", "recall", "f1"] as const).map((score) => ({ strategy: counts.strategy, score, value: counts[score], counts })));
  const marginLeft = Math.ceil(Math.max(60, ...strategies.map((s) => textWidth(s, 10))) + SWATCH_GAP + 10);
  const counts = used.map((c) => ({ strategy: c.strategy, text: `${c.tp + c.fn} gold · ${c.tp + c.fp} tagged` }));
  const marginRight = Math.ceil(Math.max(60, ...counts.map((c) => textWidth(c.text, 9))) + 16);
  const shapes = { precision: "circle", recall: "circle", f1: "line" } as const;
  const left = perStrategy.length - used.length;
  return figure(config, {
    title: "How good is the tagger, strategy by strategy",
    subtitle: `Document level, against the gold annotations: precision (of the documents the tagger labels with a strategy, the share gold labels too), recall (of gold's, the share the tagger finds) and F1, their harmonic mean.${left ? ` ${left} strateg${left === 1 ? "y" : "ies"} that neither uses left out.` : ""}`,
    legends: [{ type: "swatches", items: (["precision", "recall", "f1"] as const).map((s) => ({ label: s === "f1" ? "F1" : s, color: SCORE_COLORS[s], shape: shapes[s] })) }],
    bodyHeight: 8 + strategies.length * 22 + 34,
    plot: {
      marginTop: 8,
      marginLeft,
      marginRight,
      marginBottom: 34,
      x: { domain: [0, 1], label: null },
      y: { domain: strategies, label: null, padding: 0 },
      marks: [
        Plot.gridX({ ticks: 5, stroke: "#eee", strokeOpacity: 1 }),
        Plot.gridY({ stroke: "#f3f3f3", strokeOpacity: 1 }),
        Plot.axisX({ ticks: 5, tickFormat: percent, label: "score →", labelAnchor: "right" }),
        Plot.axisY({ tickSize: 0, tickPadding: SWATCH_GAP, label: null }),
        Plot.tickX(
          points.filter((p) => p.score === "f1"),
          { x: "value", y: "strategy", stroke: SCORE_COLORS.f1, strokeWidth: 2, inset: 4 },
        ),
        Plot.dot(
          points.filter((p) => p.score !== "f1"),
          {
            x: "value",
            y: "strategy",
            r: 4.5,
            fill: { value: (p: ScorePoint) => SCORE_COLORS[p.score], scale: null },
            fillOpacity: 0.85,
            ...tipOptions<ScorePoint>(config, {
              strategy: "strategy",
              precision: (p) => percent(p.counts.precision),
              recall: (p) => percent(p.counts.recall),
              F1: (p) => percent(p.counts.f1),
              "found (tp)": (p) => p.counts.tp,
              "extra (fp)": (p) => p.counts.fp,
              "missed (fn)": (p) => p.counts.fn,
            }),
          },
        ),
        Plot.text(counts, { y: "strategy", text: "text", frameAnchor: "right", textAnchor: "start", dx: 8, fill: "#555", fontSize: 9 }),
        strategySwatches(),
      ],
    },
  });
}
