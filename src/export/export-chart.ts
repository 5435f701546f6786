/** A built chart as the bytes of an SVG, PNG or HTML file. */
import type { CorpusBundle } from "../corpus/types.js";
import { htmlPage, type SourceLine } from "./html.js";
import { svgToPng } from "./png.js";
import { serializeSvg } from "./svg.js";
import type { BuiltChart } from "./chart-registry.js";

export const EXPORT_FORMATS = ["svg", "png", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the export leaves out or replaces because it has no browser (for --help and the HTML page). */
export const STATIC_NOTES = [
  "Static export: hover tips are left out (the data table gives the values); legends, including the heat map's continuous colour scale (an SVG gradient, not Plot's canvas ramp), are drawn inside the SVG.",
];

export interface ExportContext {
  bundle: CorpusBundle;
  /** The corpus as the user named it (a path), for the source lines. */
  corpus: string;
  /** The filters, in words ("organisations: Facebook"), for the source lines. */
  filters: string[];
  generator: string;
  scale?: number;
}

/** The source lines of an HTML page: corpus, generator, filters, and each incident's sources. */
export function sourceLines(chart: BuiltChart, context: ExportContext): SourceLine[] {
  const { bundle } = context;
  const lines: SourceLine[] = [
    { text: `Corpus: ${context.corpus} (${bundle.incidents.length} incidents, ${bundle.documents.length} documents; codebook v${bundle.generated.codebook}; bundled by ${bundle.generated.by}).` },
    ...context.filters.map((text) => ({ text: `${text}.` })),
    ...chart.notes.map((text) => ({ text: `${text[0].toUpperCase()}${text.slice(1)}.` })),
  ];
  for (const id of chart.incidents) {
    const incident = bundle.incidents.find((i) => i.id === id);
    if (!incident) continue;
    lines.push({ text: `Incident ${incident.id}: ${incident.title} (${incident.date}; ${incident.organisations.join(", ")}).` });
    for (const s of incident.sources) lines.push({ text: `Source: ${s.title}${s.publisher ? `, ${s.publisher}` : ""}.`, url: s.url, sub: true });
  }
  return lines;
}

/** Serialise a built chart in a format: text for SVG and HTML, bytes for PNG. */
export function exportChart(chart: BuiltChart, format: ExportFormat, context: ExportContext): string | Uint8Array {
  const svg = serializeSvg(chart.figure);
  if (format === "svg") return svg;
  if (format === "png") return svgToPng(svg, { scale: context.scale }).png;
  const title = chart.figure.getAttribute("aria-label") ?? "framewatch chart";
  return htmlPage({ title, svg, table: chart.table, source: sourceLines(chart, context), notes: STATIC_NOTES, generator: context.generator });
}
