/** Profile: one statement's strategy scores against the corpus average. */
import * as Plot from "@observablehq/plot";
import type { ProfileComparison, ProfileRow } from "../analysis/profile-comparison.js";
import { strategyColor } from "../formats/palette.js";
import { figure } from "./figure.js";
import { percent } from "./format.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { strategyOrder } from "./strategies.js";
import { SWATCH_GAP, strategyAxisMargin, strategySwatches } from "./strategy-swatches.js";
import { tipOptions } from "./tip.js";

const ROW = 22;

/** Bars: the statement's score per strategy; black ticks: the corpus documents' average score. */
export function profileChart(data: ProfileComparison, options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const strategies = strategyOrder(
    data.rows.map((r) => r.strategy),
    config.strategies,
  );
  const marginLeft = strategyAxisMargin(strategies);
  const score = (v: number) => v.toFixed(2);
  return figure(config, {
    title: "One statement against the corpus",
    subtitle: `The statement's score per strategy (1 − ∏(1 − confidence) over its tags; 0 when absent), against the average score of the ${data.documents} corpus documents (${data.source === "gold" ? "gold annotations, each with confidence 1: the average is the share of documents carrying the strategy" : "the tagger's tags"}). Strategies that neither uses are left out.`,
    legends: [
      {
        type: "swatches",
        items: [
          { label: "this statement (colour of the strategy)", color: "#777", shape: "square" },
          { label: "corpus average", color: "#111", shape: "line" },
        ],
      },
    ],
    bodyHeight: 8 + strategies.length * ROW + 34,
    plot: {
      marginTop: 8,
      marginLeft,
      marginRight: 40,
      marginBottom: 34,
      x: { domain: [0, 1], label: null },
      y: { domain: strategies, label: null, padding: 0.25 },
      marks: [
        Plot.gridX({ ticks: 5, stroke: "#eee", strokeOpacity: 1 }),
        Plot.axisX({ ticks: 5, label: "score →", labelAnchor: "right", tickFormat: score }),
        Plot.axisY({ tickSize: 0, tickPadding: SWATCH_GAP, label: null }),
        Plot.barX(data.rows, {
          x: "score",
          y: "strategy",
          fill: { value: (r: ProfileRow) => strategyColor(r.strategy), scale: null },
          ...tipOptions<ProfileRow>(config, { strategy: "strategy", score: (r) => score(r.score), tags: "count", "corpus average": (r) => score(r.average), "corpus documents carrying it": (r) => percent(r.share) }),
        }),
        Plot.text(
          data.rows.filter((r) => r.score > 0),
          { x: "score", y: "strategy", text: (r: ProfileRow) => score(r.score), dx: 4, textAnchor: "start", fill: "#333", fontSize: 9 },
        ),
        Plot.tickX(data.rows, { x: "average", y: "strategy", stroke: "#111", strokeWidth: 2 }),
        strategySwatches(),
      ],
    },
  });
}
