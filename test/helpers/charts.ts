// Rendering charts in the tests: a linkedom document, the fixed test bundle, and golden-file checks.
import { expect } from "vitest";
import { createDocument } from "../../src/export/dom.js";
import { serializeSvg } from "../../src/export/svg.js";
import type { ChartOptions } from "../../src/charts/options.js";
import { testBundle } from "../fixtures/bundle.js";
import { compareGolden, goldenProblem } from "./golden.js";

export const bundle = testBundle();

/** Options for a static chart of the test bundle, as the export makes it. */
export const staticOptions = (extra: ChartOptions = {}): ChartOptions => ({ document: createDocument(), static: true, strategies: bundle.strategies, ...extra });

export const svgOf = (figure: Element) => serializeSvg(figure);

/** Fail unless the SVG equals test/charts/__snapshots__/<name>.svg (see golden.ts). */
export function expectGolden(name: string, svg: string): void {
  expect(goldenProblem(compareGolden(name, svg))).toBe("");
}

/** The text drawn in an SVG string, element by element. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*[^/]>([^<]+)</g)].map((m) => m[1]);
}
