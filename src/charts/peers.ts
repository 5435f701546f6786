/** Peers: organisations side by side over the same incidents, strategy by strategy. */
import * as Plot from "@observablehq/plot";
import type { PeerCell, Peers } from "../analysis/peers.js";
import { strategyColor } from "../formats/palette.js";
import { figure } from "./figure.js";
import { percent } from "./format.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { strategyOrder } from "./strategies.js";
import { SWATCH_GAP, strategyAxisMargin, strategySwatches } from "./strategy-swatches.js";
import { textWidth } from "./text-width.js";
import { tipOptions } from "./tip.js";

const ROW = 24;
const MAX_R = 10;
const SHARED = "#fff3c4";

/** Rows: strategies used by any organisation; columns: organisations; dots sized by share; rows shared by all shaded. */
export function peersChart(data: Peers, options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const strategies = strategyOrder(data.strategies, config.strategies);
  const organisations = data.organisations.map((o) => o.organisation);
  const notes = new Map<string, string>([...data.sharedByAll.map((s): [string, string] => [s, "shared by all"]), ...data.onlyOne.map((o): [string, string] => [o.strategy, `only ${o.organisation}`])]);
  const marginLeft = strategyAxisMargin(strategies);
  const marginRight = Math.ceil(Math.max(40, ...[...notes.values()].map((n) => textWidth(n, 10))) + 24);
  const present = data.cells.filter((c) => c.share > 0);
  const columnLabel = new Map(data.organisations.map((o) => [o.organisation, `${o.organisation}\nn = ${o.documents}`]));
  return figure(config, {
    title: "Peers: the same kind of incident, organisation by organisation",
    subtitle: `Share of each organisation's documents about ${data.incidents.join(", ")} that carry a strategy. Only strategies that at least one organisation used.`,
    legends: [
      { type: "sizes", label: "Share of documents", color: "#777", items: [0.25, 0.5, 1].map((s) => ({ label: percent(s), r: MAX_R * Math.sqrt(s) })) },
      { type: "swatches", items: [{ label: "used by every organisation", color: SHARED, shape: "shade" }] },
    ],
    bodyHeight: 36 + strategies.length * ROW + 10,
    plot: {
      marginTop: 36,
      marginLeft,
      marginRight,
      marginBottom: 10,
      x: { domain: organisations, axis: null, padding: 0.5 },
      y: { domain: strategies, label: null, padding: 0 },
      r: { type: "sqrt", domain: [0, 1], range: [0, MAX_R] },
      marks: [
        Plot.cell(data.sharedByAll, { y: (s: string) => s, fill: SHARED }),
        Plot.gridY({ stroke: "#eee", strokeOpacity: 1 }),
        Plot.axisX({ anchor: "top", tickSize: 0, label: null, tickFormat: (o: string) => columnLabel.get(o) ?? o, fontWeight: "bold", lineHeight: 1.2 }),
        Plot.axisY({ tickSize: 0, tickPadding: SWATCH_GAP, label: null }),
        Plot.dot(present, {
          x: "organisation",
          y: "strategy",
          r: "share",
          fill: { value: (c: PeerCell) => strategyColor(c.strategy), scale: null },
          ...tipOptions<PeerCell>(config, { organisation: "organisation", strategy: "strategy", share: (c) => percent(c.share), documents: (c) => `${c.count} of ${c.documents}` }),
        }),
        Plot.text(present, { x: "organisation", y: "strategy", text: (c: PeerCell) => percent(c.share), dx: MAX_R + 4, textAnchor: "start", fill: "#444", fontSize: 9 }),
        Plot.text(
          [...notes],
          { y: ([s]: [string, string]) => s, text: ([, n]: [string, string]) => n, frameAnchor: "right", textAnchor: "start", dx: 10, fill: "#555", fontStyle: "italic" },
        ),
        strategySwatches(),
      ],
    },
  });
}
