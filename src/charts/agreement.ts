/** Agreement: the tagger's precision, recall and F1 per strategy, against the gold annotations (document level). */
import * as Plot from "@observablehq/plot";
import type { StrategyCounts } from "../analysis/document-eval.js";
import { figure } from "./figure.js";
import { percent } from "./format.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { strategyOrder } from "./strategies.js";
import { SWATCH_GAP, strategyAxisMargin, strategySwatches } from "./strategy-swatches.js";
import { textWidth } from "./text-width.js";
import { tipOptions } from "./tip.js";

const SCORE_COLORS = { precision: "#2166ac", recall: "#d6604d", f1: "#111111" } as const;
type Score = keyof typeof SCORE_COLORS;
const SCORES = ["precision", "recall", "f1"] as const;

interface ScorePoint {
  strategy: string;
  score: Score;
  value: number;
  counts: StrategyCounts;
}

/**
 * Per strategy (e.g. agreement(bundle).document.perStrategy): precision and recall as dots, F1 as a tick, and
 * how many documents gold and the tagger label with it. Strategies that neither uses are left out (their scores
 * say nothing), and so is a precision without tagged documents or a recall without gold ones.
 */
export function agreementChart(perStrategy: readonly StrategyCounts[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const used = perStrategy.filter((c) => c.tp + c.fp + c.fn > 0);
  const strategies = strategyOrder(
    used.map((c) => c.strategy),
    config.strategies,
  );
  // Precision is undefined when the tagger labels no document with the strategy, recall when gold labels none: no dot.
  const defined = (c: StrategyCounts, score: Score) => (score === "precision" ? c.tp + c.fp > 0 : score === "recall" ? c.tp + c.fn > 0 : true);
  const points: ScorePoint[] = used.flatMap((counts) => SCORES.filter((score) => defined(counts, score)).map((score) => ({ strategy: counts.strategy, score, value: counts[score], counts })));
  const counts = used.map((c) => ({ strategy: c.strategy, text: `${c.tp + c.fn} gold · ${c.tp + c.fp} tagged` }));
  const marginRight = Math.ceil(Math.max(60, ...counts.map((c) => textWidth(c.text, 9))) + 16);
  const shapes = { precision: "circle", recall: "circle", f1: "line" } as const;
  const left = perStrategy.length - used.length;
  return figure(config, {
    title: "How good is the tagger, strategy by strategy",
    subtitle: `Document level, against the gold annotations: precision (of the documents the tagger labels with a strategy, the share gold labels too), recall (of gold's, the share the tagger finds) and F1, their harmonic mean.${left ? ` ${left} strateg${left === 1 ? "y" : "ies"} that neither uses left out.` : ""}`,
    legends: [{ type: "swatches", items: SCORES.map((s) => ({ label: s === "f1" ? "F1" : s, color: SCORE_COLORS[s], shape: shapes[s] })) }],
    bodyHeight: 8 + strategies.length * 22 + 34,
    plot: {
      marginTop: 8,
      marginLeft: strategyAxisMargin(strategies),
      marginRight,
      marginBottom: 34,
      // Inset: a dot at 0% or 100% stays clear of the strategy squares and of the counts.
      x: { domain: [0, 1], inset: 8, label: null },
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
