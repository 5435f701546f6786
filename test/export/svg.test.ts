import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { strategyShares } from "../../src/analysis/strategy-shares.js";
import { heatmapChart } from "../../src/charts/heatmap.js";
import { createDocument } from "../../src/export/dom.js";
import { EXPORT_FONT_FAMILY, serializeSvg } from "../../src/export/svg.js";
import { bundle, staticOptions } from "../helpers/charts.js";

describe("serializeSvg", () => {
  const svg = serializeSvg(heatmapChart(strategyShares(bundle), staticOptions()));

  it("writes a standalone SVG: namespace, named fonts, a white background, no <style> element", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg).toContain(`font-family="${EXPORT_FONT_FAMILY}"`);
    expect(svg).toContain('<rect width="100%" height="100%" fill="white"/>');
    expect(svg).not.toMatch(/<style|class="/);
    expect(svg.endsWith("</svg>\n")).toBe(true);
  });

  it("is byte-identical from run to run, whatever ids Plot generated", () => {
    // Plot numbers clip paths with a counter that keeps growing within a process.
    const clipped = () => serializeSvg(Plot.plot({ document: createDocument(), marks: [Plot.dot([1, 2, 3], { x: (d: number) => d, clip: true })] }) as unknown as Element);
    const first = clipped();
    expect(clipped()).toBe(first);
    expect(first).toMatch(/<clipPath id="fw-1"/);
    expect(first).toMatch(/clip-path="url\(#fw-1\)"/);
    expect(serializeSvg(heatmapChart(strategyShares(bundle), staticOptions()))).toBe(svg);
  });

  it("escapes text and attribute values", () => {
    const document = createDocument();
    const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
    text.setAttribute("aria-label", `a "b" <c> & 'd'`);
    text.textContent = "x < y & z";
    root.appendChild(text);
    expect(serializeSvg(root)).toContain(`<text aria-label="a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;">x &lt; y &amp; z</text>`);
  });

  it("keeps the text of a <text> element on one line, so that no spaces are added", () => {
    expect(svg).toMatch(/<text [^>]*><tspan [^>]*>2018-03<\/tspan><tspan /);
  });

  it("refuses anything but an <svg> element", () => {
    const document = createDocument();
    expect(() => serializeSvg(document.createElement("figure"))).toThrow("serializeSvg: expected an <svg> element, got <figure>");
  });
});
