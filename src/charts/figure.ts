/** A Plot chart with framewatch's header (title, subtitle, legends drawn in the SVG) and fonts. */
import * as Plot from "@observablehq/plot";
import { layoutHeader, type HeaderSpec } from "./header.js";
import type { ChartConfig } from "./options.js";

/** The fonts charts ask for: DejaVu Sans is the one exports embed, so layout matches the estimates. */
export const FONT_FAMILY = "DejaVu Sans, Verdana, system-ui, sans-serif";
export const FONT_SIZE = 10;

/** What a chart asks of its figure. */
export interface FigureSpec extends HeaderSpec {
  /** Plot's options; `marginTop` is the room the chart needs above its frame, below the header. */
  plot: Plot.PlotOptions;
  /** The height of the chart below the header, when the user does not set a height. */
  bodyHeight: number;
}

/** Build the Plot SVG and draw the header into it. */
export function figure(config: ChartConfig, spec: FigureSpec): SVGSVGElement {
  const header = layoutHeader(config.width, { title: config.title ?? spec.title, subtitle: config.subtitle ?? spec.subtitle, legends: spec.legends });
  const height = config.height ?? Math.round(header.height + spec.bodyHeight);
  const svg = Plot.plot({
    ...spec.plot,
    ...(config.document ? { document: config.document } : {}),
    width: config.width,
    height,
    marginTop: header.height + (spec.plot.marginTop ?? 0),
    ariaLabel: config.title ?? spec.title,
    ariaDescription: config.subtitle ?? spec.subtitle,
  }) as unknown as SVGSVGElement;
  svg.setAttribute("font-family", FONT_FAMILY);
  svg.setAttribute("font-size", String(FONT_SIZE));
  svg.appendChild(header.render(svg.ownerDocument));
  return svg;
}
