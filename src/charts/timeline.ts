/** Timeline: each strategy's share of an incident's documents, at the incident's date; one panel per organisation. */
import * as Plot from "@observablehq/plot";
import type { IncidentProfile } from "../analysis/incident-profiles.js";
import { strategyColor } from "../formats/palette.js";
import { figure } from "./figure.js";
import { month, percent } from "./format.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { strategyOrder } from "./strategies.js";
import { SWATCH_GAP, strategyAxisMargin, strategySwatches } from "./strategy-swatches.js";
import { textWidth, truncateText } from "./text-width.js";
import { tipOptions } from "./tip.js";

const ROW = 20;
const MAX_R = 9;
const DAY = 24 * 3600 * 1000;

interface Point {
  incident: string;
  title: string;
  date: Date;
  organisation: string;
  strategy: string;
  share: number;
  count: number;
  documents: number;
}

/** Dots sized by share, coloured by strategy; rows are strategies (by family), x is the incident's date. */
export function timelineChart(profiles: readonly IncidentProfile[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const organisationOf = (p: IncidentProfile) => p.organisations[0] ?? "";
  const organisations = [...new Set(profiles.map(organisationOf))];
  const strategies = strategyOrder(
    profiles.flatMap((p) => Object.keys(p.shares)),
    config.strategies,
  );
  const points: Point[] = profiles.flatMap((p) =>
    strategies
      .filter((s) => (p.shares[s] ?? 0) > 0)
      .map((strategy) => ({ incident: p.id, title: p.title, date: utc(p.date), organisation: organisationOf(p), strategy, share: p.shares[strategy], count: p.counts[strategy] ?? 0, documents: p.documents })),
  );
  const incidents = profiles.map((p) => ({ date: utc(p.date), organisation: organisationOf(p), label: `${month(p.date)} · ${p.title}` }));
  const times = incidents.map((i) => i.date.getTime());
  const lo = times.length ? Math.min(...times) : Date.UTC(2020, 0, 1);
  const hi = times.length ? Math.max(...times) : lo;
  const pad = Math.max(120 * DAY, (hi - lo) * 0.06);
  const facet = organisations.length > 1;
  const marginLeft = strategyAxisMargin(strategies);
  const marginRight = facet ? Math.ceil(Math.max(...organisations.map((o) => textWidth(o, 10))) + 16) : 16;
  const panel = strategies.length * ROW;
  const labelRoom = panel - 6;
  return figure(config, {
    title: "Framing strategies over time",
    subtitle: `Each dot: the share of an incident's documents that carry a strategy, at the incident's date${facet ? "; one panel per organisation" : ""}. Rows: strategies grouped by family, coloured as in every framewatch chart.`,
    legends: [{ type: "sizes", label: "Share of documents", color: "#777", items: [0.25, 0.5, 1].map((s) => ({ label: percent(s), r: MAX_R * Math.sqrt(s) })) }],
    bodyHeight: 10 + organisations.length * (panel + (facet ? 16 : 0)) + 30,
    plot: {
      marginTop: 10,
      marginLeft,
      marginRight,
      marginBottom: 30,
      x: { type: "utc", domain: [new Date(lo - pad), new Date(hi + pad)], label: null },
      y: { domain: strategies, label: null, padding: 0 },
      r: { type: "sqrt", domain: [0, 1], range: [0, MAX_R] },
      ...(facet ? { fy: { domain: organisations, label: null, padding: 16 / (panel + 16) } } : {}),
      marks: [
        Plot.frame({ stroke: "#ddd" }),
        Plot.gridY({ stroke: "#eee", strokeOpacity: 1 }),
        Plot.axisX({ ticks: "year", tickFormat: "%Y" }),
        Plot.axisY({ tickSize: 0, tickPadding: SWATCH_GAP, label: null }),
        Plot.ruleX(incidents, { x: "date", stroke: "#bbb", strokeDasharray: "2,3", ...(facet ? { fy: "organisation" } : {}) }),
        Plot.text(incidents, {
          x: "date",
          text: (i) => truncateText(i.label, labelRoom, 9),
          frameAnchor: "top",
          rotate: -90,
          textAnchor: "end",
          // Left of the rule, clear of the largest dot; a little below the frame's top.
          dx: -MAX_R - 8,
          dy: 4,
          fontSize: 9,
          fill: "#666",
          ...(facet ? { fy: "organisation" } : {}),
        }),
        Plot.dot(points, {
          x: "date",
          y: "strategy",
          r: "share",
          fill: { value: (d: Point) => strategyColor(d.strategy), scale: null },
          stroke: "white",
          strokeWidth: 0.5,
          ...(facet ? { fy: "organisation" } : {}),
          ...tipOptions<Point>(config, { incident: "title", date: (d) => month(d.date.toISOString()), strategy: "strategy", share: (d) => percent(d.share), documents: (d) => `${d.count} of ${d.documents}` }),
        }),
        strategySwatches(),
      ],
    },
  });
}

const utc = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);
