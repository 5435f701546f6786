/** Corpus overview: documents per organisation, by kind. */
import * as Plot from "@observablehq/plot";
import type { OverviewRow } from "../analysis/corpus-overview.js";
import { KINDS } from "../corpus/types.js";
import { figure } from "./figure.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { textWidth } from "./text-width.js";
import { tipOptions } from "./tip.js";

const ROW = 28;

/** Colours of the document kinds: the organisation's own voice in blues and greens, the memo in red, the press in grey. */
export const KIND_COLORS: Record<string, string> = {
  "internal-memo": "#c0392b",
  spokesperson: "#2166ac",
  "blog-post": "#67a9cf",
  "public-statement": "#1b7837",
  "executive-letter": "#7fbc41",
  "regulatory-filing": "#8c510a",
  "news-report": "#969696",
};

/** Stacked bars: each organisation's documents, by kind. */
export function corpusOverviewChart(rows: readonly OverviewRow[], options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const organisations = [...new Set(rows.map((r) => r.organisation))];
  const kinds = [...KINDS.filter((k) => rows.some((r) => r.kind === k)), ...new Set(rows.map((r) => r.kind).filter((k) => !(KINDS as readonly string[]).includes(k)))];
  const color = (k: string) => KIND_COLORS[k] ?? "#bbbbbb";
  const total = rows.reduce((n, r) => n + r.documents, 0);
  const marginLeft = Math.ceil(Math.max(60, ...organisations.map((o) => textWidth(o, 10))) + 16);
  return figure(config, {
    title: "The corpus: documents per organisation and kind",
    subtitle: `${total} documents from ${organisations.length} organisation${organisations.length === 1 ? "" : "s"}. News reports quote or paraphrase the organisation; internal memos were leaked.`,
    legends: [{ type: "swatches", label: "Kind", items: kinds.map((k) => ({ label: k, color: color(k) })) }],
    bodyHeight: 8 + organisations.length * ROW + 34,
    plot: {
      marginTop: 8,
      marginLeft,
      marginRight: 30,
      marginBottom: 34,
      x: { label: null, grid: true },
      y: { domain: organisations, label: null, padding: 0.2 },
      color: { domain: kinds, range: kinds.map(color) },
      marks: [
        Plot.axisX({ label: "documents →", labelAnchor: "right", tickFormat: "d" }),
        Plot.barX(rows, {
          x: "documents",
          y: "organisation",
          fill: "kind",
          order: kinds,
          stroke: "white",
          strokeWidth: 0.5,
          ...tipOptions<OverviewRow>(config, { organisation: "organisation", kind: "kind", documents: "documents" }),
        }),
        Plot.text(
          organisations.map((o) => ({ organisation: o, documents: rows.filter((r) => r.organisation === o).reduce((n, r) => n + r.documents, 0) })),
          { x: "documents", y: "organisation", text: (d: { documents: number }) => String(d.documents), dx: 4, textAnchor: "start", fill: "#333" },
        ),
      ],
    },
  });
}
