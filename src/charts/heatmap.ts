/** Heat map: the share of each incident's documents that carry each strategy. */
import * as Plot from "@observablehq/plot";
import { interpolateBlues } from "d3";
import type { ShareRow } from "../analysis/strategy-shares.js";
import { figure } from "./figure.js";
import { month, percent } from "./format.js";
import { incidentLabel, incidentOrder } from "./incidents.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { strategyOrder } from "./strategies.js";
import { SWATCH_GAP, strategyAxisMargin, strategySwatches } from "./strategy-swatches.js";

/** The cells' colour at a share: light blue for a few documents, dark blue for all. */
export const shareColor = (share: number) => interpolateBlues(0.12 + 0.88 * share);

const ROW = 22;
const LINE = 12;

/** Incidents as columns (by organisation, then date), strategies as rows (by family); cells show the share. */
export function heatmapChart(rows: readonly ShareRow[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const incidents = incidentOrder([...new Map(rows.map((r) => [r.incident, { id: r.incident, title: r.title, date: r.date, organisations: r.organisations, documents: r.documents }])).values()]);
  const strategies = strategyOrder(
    rows.map((r) => r.strategy),
    config.strategies,
  );
  const marginLeft = strategyAxisMargin(strategies);
  const marginRight = 12;
  const column = (config.width - marginLeft - marginRight) / Math.max(1, incidents.length);
  const labels = new Map(incidents.map((i) => [i.id, [...incidentLabel(i, column - 6, 10), `n = ${i.documents}`].join("\n")]));
  const lines = Math.max(1, ...[...labels.values()].map((l) => l.split("\n").length));
  const marginTop = lines * LINE + 10;
  const present = rows.filter((r) => r.share > 0);
  const dark = (r: ShareRow) => r.share >= 0.55;
  return figure(config, {
    title: "Framing strategies per incident",
    subtitle: "Share of each incident's documents that carry a strategy (a strategy counts once per document). Columns: incidents by organisation and date; rows: strategies grouped by family.",
    legends: [
      {
        type: "ramp",
        label: "Share of documents",
        color: shareColor,
        ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: percent(value) })),
      },
    ],
    bodyHeight: marginTop + strategies.length * ROW + 8,
    plot: {
      marginTop,
      marginLeft,
      marginRight,
      marginBottom: 8,
      x: { domain: incidents.map((i) => i.id), axis: null, padding: 0 },
      y: { domain: strategies, label: null, padding: 0 },
      color: { type: "linear", domain: [0, 1], interpolate: shareColor },
      marks: [
        Plot.axisX({ anchor: "top", label: null, tickSize: 0, tickPadding: 6, tickFormat: (id: string) => labels.get(id) ?? id, lineHeight: LINE / 10, textAnchor: "middle" }),
        Plot.axisY({ tickSize: 0, tickPadding: SWATCH_GAP, label: null }),
        Plot.cell(rows, { x: "incident", y: "strategy", fill: "#f3f3f3", inset: 0.5 }),
        Plot.cell(present, {
          x: "incident",
          y: "strategy",
          fill: "share",
          inset: 0.5,
          ...(config.static
            ? {}
            : {
                tip: { format: { x: false, y: false, fill: false } },
                channels: { incident: "title", date: (r: ShareRow) => month(r.date), strategy: "strategy", share: (r: ShareRow) => percent(r.share), documents: (r: ShareRow) => `${r.count} of ${r.documents}` },
              }),
        }),
        Plot.text(present.filter(dark), { x: "incident", y: "strategy", text: (r: ShareRow) => percent(r.share), fill: "white" }),
        Plot.text(
          present.filter((r) => !dark(r)),
          { x: "incident", y: "strategy", text: (r: ShareRow) => percent(r.share), fill: "#111" },
        ),
        strategySwatches(),
      ],
    },
  });
}
