/** Small squares of each strategy's colour beside a band axis of strategies (between labels and frame). */
import type * as Plot from "@observablehq/plot";
import { strategyColor } from "../formats/palette.js";
import { svgElement } from "./svg.js";
import { textWidth } from "./text-width.js";

export const SWATCH_GAP = 14;

/** The left margin for a y axis of these strategy labels (10px text) with their colour squares. */
export function strategyAxisMargin(labels: readonly string[], min = 60): number {
  return Math.ceil(Math.max(min, ...labels.map((s) => textWidth(s, 10))) + SWATCH_GAP + 10);
}

/**
 * A Plot render mark: for a y band or point scale whose values are strategies (or name one through
 * `strategyOf`; values it maps to undefined get no square), a square left of the frame at each value.
 */
export function strategySwatches(strategyOf: (value: string) => string | undefined = (v) => v): Plot.RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const y = scales.y as unknown as ((s: string) => number | undefined) & { domain(): string[]; bandwidth?(): number; step?(): number };
    const band = y.bandwidth?.() ?? 0;
    const size = Math.min(8, Math.max(4, (band || y.step?.() || 12) - 4));
    const g = svgElement(context.document, "g", { "aria-label": "strategy colours" });
    for (const value of y.domain()) {
      const at = y(value);
      const strategy = strategyOf(value);
      if (at === undefined || strategy === undefined) continue;
      g.appendChild(svgElement(context.document, "rect", { x: dimensions.marginLeft - SWATCH_GAP + 3, y: at + band / 2 - size / 2, width: size, height: size, fill: strategyColor(strategy) }));
    }
    return g as unknown as SVGElement;
  };
}
