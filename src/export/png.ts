/** An SVG rendered to PNG with resvg and the DejaVu fonts shipped as a dependency, so text renders the same on any machine. */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

/** The DejaVu Sans files (regular, bold, oblique) from the dejavu-fonts-ttf package. */
export function dejavuFontFiles(): string[] {
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"].map((f) => join(dir, f));
}

export interface PngOptions {
  /** Pixels per SVG unit (default 1; 2 for high-DPI screens and print). */
  scale?: number;
}

export interface Png {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Render an SVG document to PNG at the given scale, on white, with no system fonts. */
export function svgToPng(svg: string, options: PngOptions = {}): Png {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`invalid scale: ${JSON.stringify(scale)} (expected a number above 0)`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { fontFiles: dejavuFontFiles(), loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}
