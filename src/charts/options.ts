/** The options every chart takes: loose in, strict out. */

/** What a chart needs to know about a strategy (the bundle's `strategies` fit). */
export interface StrategyInfo {
  id: string;
  label?: string;
  family?: string;
}

export interface ChartOptions {
  /** The document to build the SVG in (Node passes a linkedom document; default: window.document). */
  document?: Document;
  /** Outer width in pixels (default: the chart's own, 800 for most). */
  width?: number;
  /** Outer height in pixels (default: from the data). */
  height?: number;
  /** Replaces the chart's title. */
  title?: string;
  /** Replaces the chart's subtitle (the line under the title). */
  subtitle?: string;
  /** True when exporting: no tips, no legend that needs a browser. */
  static?: boolean;
  /** Strategy labels and families (e.g. a bundle's `strategies`), for order and labels. */
  strategies?: readonly StrategyInfo[];
}

export interface ChartConfig {
  document?: Document;
  width: number;
  height?: number;
  title?: string;
  subtitle?: string;
  static: boolean;
  strategies?: readonly StrategyInfo[];
}

export const MIN_SIZE = 200;
export const MAX_SIZE = 4000;

function size(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < MIN_SIZE || value > MAX_SIZE) {
    throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected a number from ${MIN_SIZE} to ${MAX_SIZE})`);
  }
  return Math.round(value);
}

function text(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new TypeError(`invalid ${name}: ${JSON.stringify(value)} (expected a string)`);
  return value;
}

/** Normalise chart options; `width` falls back to the chart's default. */
export function chartConfig(options: ChartOptions = {}, defaultWidth = 800): ChartConfig {
  if (options === null || typeof options !== "object") throw new TypeError(`invalid options: ${JSON.stringify(options)} (expected an object)`);
  return {
    document: options.document,
    width: size("width", options.width) ?? defaultWidth,
    height: size("height", options.height),
    title: text("title", options.title),
    subtitle: text("subtitle", options.subtitle),
    static: options.static === true,
    strategies: options.strategies,
  };
}
