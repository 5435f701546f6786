/**
 * The title, subtitle and legends of a chart, drawn in the chart's own SVG (Plot's swatch legends
 * are HTML, and its continuous legends need a canvas), so that an exported SVG or PNG keeps them.
 */
import { svgElement } from "./svg.js";
import { textWidth, wrapText } from "./text-width.js";

export type SwatchShape = "square" | "circle" | "ring" | "line" | "shade";

export interface SwatchLegend {
  type: "swatches";
  label?: string;
  items: { label: string; color: string; shape?: SwatchShape }[];
}

/** A continuous colour scale drawn as an SVG gradient with ticks. */
export interface RampLegend {
  type: "ramp";
  label: string;
  /** Colour at t in [0, 1]. */
  color: (t: number) => string;
  ticks: { value: number; label: string }[];
}

/** Circle areas, for a size scale. */
export interface SizeLegend {
  type: "sizes";
  label: string;
  color: string;
  items: { label: string; r: number }[];
}

export type Legend = SwatchLegend | RampLegend | SizeLegend;

export interface HeaderSpec {
  title: string;
  subtitle?: string;
  legends?: Legend[];
}

export const PAD = 12;
export const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 11;
const LEGEND_SIZE = 10;
const SWATCH = 10;
const RAMP_WIDTH = 200;

/** Where the title is drawn: tests look for ink in this box. */
export const TITLE_BOX = { x: PAD, y: PAD - 2, height: TITLE_SIZE + 6 };

interface Placed {
  x: number;
  y: number;
  draw: (document: Document, x: number, y: number) => SVGElement;
}

export interface HeaderLayout {
  /** Height in pixels, to add to the chart's top margin. */
  height: number;
  /** Draw the header as a <g> in this document. */
  render(document: Document): SVGElement;
}

let rampIds = 0;

/** Lay out the header for this width. */
export function layoutHeader(width: number, spec: HeaderSpec): HeaderLayout {
  const placed: Placed[] = [];
  const right = width - PAD;
  let y = PAD + TITLE_SIZE - 3;
  const titleLines = wrapText(spec.title, right - PAD, TITLE_SIZE, true);
  titleLines.forEach((line, i) => {
    placed.push({ x: PAD, y: y + i * (TITLE_SIZE + 4), draw: (d, x, y) => svgElement(d, "text", { x, y, "font-size": TITLE_SIZE, "font-weight": "bold", fill: "#111" }, [line]) });
  });
  y += (titleLines.length - 1) * (TITLE_SIZE + 4) + 6;
  for (const line of spec.subtitle ? wrapText(spec.subtitle, right - PAD, SUBTITLE_SIZE) : []) {
    y += SUBTITLE_SIZE + 4;
    placed.push({ x: PAD, y, draw: (d, x, y) => svgElement(d, "text", { x, y, "font-size": SUBTITLE_SIZE, fill: "#444" }, [line]) });
  }
  y += 6;
  for (const legend of spec.legends ?? []) y = layoutLegend(legend, y, right, placed);
  const height = Math.ceil(y + 4);
  return {
    height,
    render(document) {
      const g = svgElement(document, "g", { "aria-label": "header", "text-anchor": "start" });
      for (const p of placed) g.appendChild(p.draw(document, p.x, p.y));
      return g;
    },
  };
}

/** Place a legend's items from `top`, wrapping at `right`; returns the new bottom. */
function layoutLegend(legend: Legend, top: number, right: number, placed: Placed[]): number {
  let x = PAD;
  const rowHeight = legend.type === "sizes" ? Math.max(16, 2 * Math.max(...legend.items.map((i) => i.r)) + 4) : legend.type === "ramp" ? 34 : 16;
  // The row's centre line: items are drawn centred on it (a ramp's bar, with its tick labels below).
  const centre = legend.type === "ramp" ? 10 : rowHeight / 2 + 2;
  let y = top + centre;
  const label = legend.label;
  if (label) {
    placed.push({ x, y, draw: (d, x, y) => svgElement(d, "text", { x, y, dy: "0.32em", "font-size": LEGEND_SIZE, "font-weight": "bold", fill: "#333" }, [label]) });
    x += textWidth(label, LEGEND_SIZE, true) + 10;
  }
  const start = x;
  const place = (w: number, draw: Placed["draw"]) => {
    if (x + w > right && x > start) {
      x = start;
      y += rowHeight;
    }
    placed.push({ x, y, draw });
    x += w + 14;
  };
  if (legend.type === "swatches") {
    for (const item of legend.items) {
      place(SWATCH + 5 + textWidth(item.label, LEGEND_SIZE), (d, x, y) => svgElement(d, "g", { transform: `translate(${x},${y})` }, [swatch(d, item.shape ?? "square", item.color), legendText(d, SWATCH + 5, item.label)]));
    }
  } else if (legend.type === "sizes") {
    for (const item of legend.items) {
      place(2 * item.r + 5 + textWidth(item.label, LEGEND_SIZE), (d, x, y) =>
        svgElement(d, "g", { transform: `translate(${x},${y})` }, [svgElement(d, "circle", { cx: item.r, cy: 0, r: item.r, fill: legend.color, "fill-opacity": 0.85 }), legendText(d, 2 * item.r + 5, item.label)]),
      );
    }
  } else {
    place(RAMP_WIDTH, (d, x, y) => ramp(d, x, y, legend));
  }
  return y + rowHeight - centre;
}

const legendText = (d: Document, x: number, label: string) => svgElement(d, "text", { x, y: 0, dy: "0.32em", "font-size": LEGEND_SIZE, fill: "#333" }, [label]);

function swatch(d: Document, shape: SwatchShape, color: string): SVGElement {
  const h = SWATCH / 2;
  switch (shape) {
    case "circle":
      return svgElement(d, "circle", { cx: h, cy: 0, r: h, fill: color });
    case "ring":
      return svgElement(d, "circle", { cx: h, cy: 0, r: h - 1, fill: "white", stroke: color, "stroke-width": 2 });
    case "line":
      return svgElement(d, "line", { x1: 0, x2: SWATCH, y1: 0, y2: 0, stroke: color, "stroke-width": 2 });
    case "shade":
      return svgElement(d, "rect", { x: 0, y: -h, width: SWATCH, height: SWATCH, fill: color, stroke: "#999", "stroke-width": 0.5 });
    default:
      return svgElement(d, "rect", { x: 0, y: -h, width: SWATCH, height: SWATCH, fill: color });
  }
}

function ramp(d: Document, x: number, y: number, legend: RampLegend): SVGElement {
  const id = `fw-ramp-${++rampIds}`;
  const stops = Array.from({ length: 11 }, (_, i) => svgElement(d, "stop", { offset: `${i * 10}%`, "stop-color": legend.color(i / 10) }));
  const top = y - 5;
  return svgElement(d, "g", { transform: `translate(${x},${top})` }, [
    svgElement(d, "defs", {}, [svgElement(d, "linearGradient", { id, x1: 0, x2: 1, y1: 0, y2: 0 }, stops)]),
    svgElement(d, "rect", { x: 0, y: 0, width: RAMP_WIDTH, height: 10, fill: `url(#${id})` }),
    ...legend.ticks.flatMap((t) => [
      svgElement(d, "line", { x1: t.value * RAMP_WIDTH, x2: t.value * RAMP_WIDTH, y1: 0, y2: 13, stroke: "#333", "stroke-width": 0.5 }),
      svgElement(d, "text", { x: t.value * RAMP_WIDTH, y: 22, "font-size": LEGEND_SIZE, "text-anchor": t.value === 0 ? "start" : t.value === 1 ? "end" : "middle", fill: "#333" }, [t.label]),
    ]),
  ]);
}
