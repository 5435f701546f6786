/** Playbook: what the leaked memo planned against what the public statements did. */
import * as Plot from "@observablehq/plot";
import { PLAYBOOK_STATUSES, type Playbook, type PlaybookEntry, type PlaybookStatus, type Quote } from "../analysis/playbook.js";
import { strategyColor } from "../formats/palette.js";
import { figure } from "./figure.js";
import { PAD } from "./header.js";
import { chartConfig, type ChartOptions } from "./options.js";
import { SWATCH_GAP, strategyAxisMargin, strategySwatches } from "./strategy-swatches.js";
import { truncateText } from "./text-width.js";
import { tipOptions } from "./tip.js";

const ROW = 30;
const COLUMN = 90;
const R = 6;

export const STATUS_LABELS: Record<PlaybookStatus, string> = {
  "planned-and-executed": "Planned and executed",
  "planned-only": "Planned only",
  "done-without-plan": "Done without a plan",
};

const COLUMNS = ["memo", "public"] as const;
const COLUMN_LABELS = { memo: "memo planned", public: "public did" };

interface Mark {
  key: string;
  entry: PlaybookEntry;
  column: (typeof COLUMNS)[number];
  quotes: Quote[];
}

/** One row per strategy, grouped by status: a dot where the memo planned it and where the public statements did it, with the first quote of each. */
export function playbookChart(data: Playbook, options: ChartOptions = {}): SVGSVGElement {
  const config = chartConfig(options);
  const keyOf = (e: PlaybookEntry) => `${e.status}|${e.strategy}`;
  const groups = PLAYBOOK_STATUSES.map((status) => ({ status, entries: data.entries.filter((e) => e.status === status) })).filter((g) => g.entries.length);
  const domain = groups.flatMap((g) => [`#${g.status}`, ...g.entries.map(keyOf)]);
  const marginLeft = strategyAxisMargin(data.entries.map((e) => e.strategy), 80);
  const quoteWidth = config.width - (marginLeft + COLUMNS.length * COLUMN + 12) - PAD;
  const marks: Mark[] = data.entries.flatMap((entry) => [
    ...(entry.planned.length ? [{ key: keyOf(entry), entry, column: "memo" as const, quotes: entry.planned }] : []),
    ...(entry.enacted.length ? [{ key: keyOf(entry), entry, column: "public" as const, quotes: entry.enacted }] : []),
  ]);
  const quoteLine = (label: string, quotes: Quote[]) => (quotes.length ? truncateText(`${label}: “${quotes[0].text}”${quotes.length > 1 ? ` (+${quotes.length - 1})` : ""}`, quoteWidth, 9) : "");
  const quotes = data.entries.map((e) => ({ key: keyOf(e), text: [quoteLine(`memo, ${e.planned[0]?.document}`, e.planned), quoteLine(`public, ${e.enacted[0]?.document}`, e.enacted)].filter(Boolean).join("\n") }));
  const headings = groups.map((g) => ({ key: `#${g.status}`, text: `${STATUS_LABELS[g.status]} (${g.entries.length})` }));
  const strategyOf = (key: string) => (key.startsWith("#") ? undefined : key.slice(key.indexOf("|") + 1));
  const color = { value: (d: Mark) => strategyColor(d.entry.strategy), scale: null };
  return figure(config, {
    title: `Memo against public statements: ${data.incident.title}`,
    subtitle: `What the internal memo${data.memos.length > 1 ? "s" : ""} (${data.memos.join(", ")}) planned (directive spans) and what the organisation's public statements (${data.publicDocuments.length} documents, news reports left out) did (enacted spans). Each row quotes the first span of each side.`,
    legends: [
      {
        type: "swatches",
        items: [
          { label: "the strategy appears (colour of the strategy)", color: "#555", shape: "circle" },
          { label: "it does not", color: "#bbb", shape: "ring" },
        ],
      },
    ],
    bodyHeight: 30 + domain.length * ROW + 10,
    plot: {
      marginTop: 30,
      marginLeft,
      marginRight: config.width - marginLeft - COLUMNS.length * COLUMN,
      marginBottom: 10,
      x: { domain: [...COLUMNS], axis: null, padding: 0.5 },
      y: { domain, label: null, padding: 0.5 },
      marks: [
        Plot.axisX({ anchor: "top", tickSize: 0, tickFormat: (c: (typeof COLUMNS)[number]) => COLUMN_LABELS[c], fontWeight: "bold", label: null }),
        Plot.axisY({ tickSize: 0, tickPadding: SWATCH_GAP, label: null, tickFormat: (key: string) => strategyOf(key) ?? "" }),
        Plot.text(headings, { y: "key", text: "text", frameAnchor: "left", textAnchor: "start", dx: PAD - marginLeft, fontWeight: "bold", fontSize: 11, fill: "#111" }),
        Plot.ruleY(
          data.entries.map(keyOf),
          { y: (d: string) => d, stroke: "#eee" },
        ),
        Plot.dot(
          data.entries.flatMap((e) => COLUMNS.map((column) => ({ key: keyOf(e), column }))),
          { x: "column", y: "key", r: R, stroke: "#bbb", fill: "white" },
        ),
        Plot.link(
          data.entries.filter((e) => e.status === "planned-and-executed"),
          { x1: () => "memo", x2: () => "public", y1: keyOf, y2: keyOf, stroke: { value: (e: PlaybookEntry) => strategyColor(e.strategy), scale: null }, strokeWidth: 2 },
        ),
        Plot.dot(marks, {
          x: "column",
          y: "key",
          r: R,
          fill: color,
          ...tipOptions<Mark>(config, { strategy: (d) => d.entry.strategy, status: (d) => STATUS_LABELS[d.entry.status], quotes: (d) => d.quotes.map((q) => `${q.document}: “${q.text}”`).join("\n") }),
        }),
        Plot.text(quotes, { y: "key", text: "text", frameAnchor: "right", textAnchor: "start", dx: 12, fontSize: 9, fill: "#333", lineHeight: 1.25 }),
        strategySwatches(strategyOf),
      ],
    },
  });
}
