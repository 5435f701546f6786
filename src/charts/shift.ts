/** Shift between incidents: for each pair of consecutive incidents, each strategy's share before and after. */
import * as Plot from "@observablehq/plot";
import type { Shift } from "../analysis/shifts.js";
import { strategyColor } from "../formats/palette.js";
import { figure } from "./figure.js";
import { percent } from "./format.js";
import { PAD } from "./header.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { strategyOrder } from "./strategies.js";
import { SWATCH_GAP, strategyAxisMargin, strategySwatches } from "./strategy-swatches.js";
import { wrapText } from "./text-width.js";
import { tipOptions } from "./tip.js";

const ROW = 18;
const R = 4.5;

interface Move {
  key: string;
  strategy: string;
  /** Share in the earlier incident. */
  before: number;
  /** Share in the later incident. */
  after: number;
  shift: Shift;
}

/** Rows of one strategy's share in the earlier incident (ring) and the later one (dot), joined by an arrow. */
export function shiftChart(shifts: readonly Shift[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const all = shifts.flatMap((s) => [...Object.keys(s.from.shares), ...Object.keys(s.to.shares)]);
  const order = strategyOrder(all, config.strategies);
  const marginLeft = strategyAxisMargin(order);
  const wrapWidth = config.width - 2 * PAD;
  // The y domain: for each shift, its heading lines ("i#n"), then its strategies ("i|strategy").
  const domain: string[] = [];
  const headings: { key: string; text: string; bold: boolean }[] = [];
  const moves: Move[] = [];
  shifts.forEach((shift, i) => {
    if (i > 0) domain.push(`${i}#gap`);
    const lines = [
      { text: `${shift.organisation} · divergence ${shift.divergence.toFixed(2)}`, bold: true },
      ...wrapText(shift.sentence, wrapWidth, 10).map((text) => ({ text, bold: false })),
    ];
    lines.forEach((line, n) => {
      const key = `${i}#${n}`;
      domain.push(key);
      headings.push({ key, ...line });
    });
    for (const strategy of order) {
      const before = shift.from.shares[strategy] ?? 0;
      const after = shift.to.shares[strategy] ?? 0;
      if (before === 0 && after === 0) continue;
      const key = `${i}|${strategy}`;
      domain.push(key);
      moves.push({ key, strategy, before, after, shift });
    }
  });
  const strategyOf = (key: string) => (key.includes("|") ? key.slice(key.indexOf("|") + 1) : undefined);
  const color = { value: (d: Move) => strategyColor(d.strategy), scale: null };
  const changed = moves.filter((m) => Math.abs(m.after - m.before) > 1e-9);
  return figure(config, {
    title: "How the framing shifted between incidents",
    subtitle:
      "For each organisation, consecutive incidents by date: the share of the earlier incident's documents carrying a strategy (ring) and of the later one's (dot). Divergence: Jensen–Shannon, in bits, between the two strategy mixes (0 the same mix, 1 nothing in common).",
    legends: [
      {
        type: "swatches",
        items: [
          { label: "earlier incident", color: "#555", shape: "ring" },
          { label: "later incident", color: "#555", shape: "circle" },
          { label: "change", color: "#555", shape: "line" },
        ],
      },
    ],
    bodyHeight: 8 + domain.length * ROW + 30,
    plot: {
      marginTop: 8,
      marginLeft,
      marginRight: 24,
      marginBottom: 30,
      x: { domain: [0, 1], inset: 8, label: "share of documents", tickFormat: percent, ticks: 5 },
      y: { domain, label: null, padding: 0.5 },
      marks: [
        Plot.gridX({ ticks: 5, stroke: "#eee", strokeOpacity: 1 }),
        Plot.ruleY(moves, { y: "key", stroke: "#f0f0f0" }),
        Plot.axisX({ ticks: 5, tickFormat: percent, label: "share of documents →", labelAnchor: "right" }),
        Plot.axisY({ tickSize: 0, tickPadding: SWATCH_GAP, label: null, tickFormat: (key: string) => strategyOf(key) ?? "" }),
        Plot.text(
          headings.filter((h) => h.bold),
          { y: "key", text: "text", frameAnchor: "left", textAnchor: "start", dx: PAD - marginLeft, fontWeight: "bold", fill: "#111" },
        ),
        Plot.text(
          headings.filter((h) => !h.bold),
          { y: "key", text: "text", frameAnchor: "left", textAnchor: "start", dx: PAD - marginLeft, fill: "#333" },
        ),
        Plot.arrow(changed, { x1: "before", x2: "after", y1: "key", y2: "key", stroke: color, strokeWidth: 1.5, headLength: 6, insetStart: R, insetEnd: R + 1 }),
        Plot.dot(moves, { x: "before", y: "key", r: R, stroke: color, fill: "white", strokeWidth: 1.5 }),
        Plot.dot(moves, {
          x: "after",
          y: "key",
          r: R,
          fill: color,
          ...tipOptions<Move>(config, {
            strategy: "strategy",
            earlier: (d) => `${percent(d.before)} of ${d.shift.from.documents} (${d.shift.from.title})`,
            later: (d) => `${percent(d.after)} of ${d.shift.to.documents} (${d.shift.to.title})`,
          }),
        }),
        strategySwatches(strategyOf),
      ],
    },
  });
}
