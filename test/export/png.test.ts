import { describe, expect, it } from "vitest";
import { strategyShares } from "../../src/analysis/strategy-shares.js";
import { heatmapChart } from "../../src/charts/heatmap.js";
import { TITLE_BOX } from "../../src/charts/header.js";
import { dejavuFontFiles, svgToPng } from "../../src/export/png.js";
import { serializeSvg } from "../../src/export/svg.js";
import { bundle, staticOptions } from "../helpers/charts.js";
import { colourCount, decodePng, inkIn, pngSize } from "../helpers/png.js";
import { existsSync } from "node:fs";

describe("svgToPng", () => {
  const svg = serializeSvg(heatmapChart(strategyShares(bundle), staticOptions({ width: 720, height: 480 })));

  it("renders at the chart's size, and at scale × size for high DPI", () => {
    expect(pngSize(svgToPng(svg).png)).toEqual({ width: 720, height: 480 });
    const double = svgToPng(svg, { scale: 2 });
    expect([double.width, double.height]).toEqual([1440, 960]);
    expect(pngSize(double.png)).toEqual({ width: 1440, height: 960 });
  });

  it("is not blank, and draws the title's text in the title's box", () => {
    const image = decodePng(svgToPng(svg).png);
    expect(colourCount(image)).toBeGreaterThan(20);
    const box = { x: TITLE_BOX.x, y: TITLE_BOX.y, width: 200, height: TITLE_BOX.height };
    expect(inkIn(image, box)).toBeGreaterThan(100);
    // …and nothing to the right of the title's end.
    expect(inkIn(image, { x: 600, y: TITLE_BOX.y, width: 100, height: TITLE_BOX.height })).toBe(0);
  });

  it("uses the DejaVu Sans files from the dejavu-fonts-ttf package", () => {
    const files = dejavuFontFiles();
    expect(files.map((f) => f.split(/[\\/]/).pop())).toContain("DejaVuSans.ttf");
    for (const f of files) expect(existsSync(f)).toBe(true);
  });

  it("renders the same bytes twice", () => {
    expect(Buffer.from(svgToPng(svg).png).equals(Buffer.from(svgToPng(svg).png))).toBe(true);
  });

  it("rejects a scale that is not above 0", () => {
    expect(() => svgToPng(svg, { scale: 0 })).toThrow("invalid scale: 0 (expected a number above 0)");
  });
});
