import { describe, expect, it } from "vitest";
import { strategyShares } from "../../src/analysis/strategy-shares.js";
import { heatmapChart } from "../../src/charts/heatmap.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

const rows = strategyShares(bundle);

describe("heatmapChart", () => {
  const figure = heatmapChart(rows, staticOptions());
  const svg = svgOf(figure);

  it("matches its golden file", () => {
    expectGolden("heatmap", svg);
  });

  it("draws its title, its incidents and strategies, and its colour legend inside the SVG", () => {
    expect(figure.localName).toBe("svg");
    const t = texts(svg);
    expect(t).toContain("Framing strategies per incident");
    expect(t).toEqual(expect.arrayContaining(["2018-03", "2021-04", "n = 4", "apology", "sector-problem", "media-management", "Share of documents", "0%", "100%"]));
    expect(svg).toMatch(/<linearGradient [^>]*id="fw-\d+"/);
    expect(svg).toMatch(/fill="url\(#fw-\d+\)"/);
  });

  it("labels each non-empty cell with its share", () => {
    const nonEmpty = rows.filter((r) => r.share > 0).length;
    expect(texts(svg).filter((s) => /^\d+%$/.test(s)).length).toBe(nonEmpty + 5);
    expect(texts(svg).filter((s) => s === "33%")).toHaveLength(4);
  });

  it("puts Facebook's 2018 incident left of its 2021 one, so the path from apology to sector-problem reads left to right", () => {
    const columns = [...svg.matchAll(/<text transform="translate\(([\d.]+),[\d.]+\)"><tspan[^>]*>(\d{4}-\d{2})<\/tspan><tspan[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), date: m[2], title: m[3] }));
    expect(columns.map((c) => [c.date, c.title])).toEqual([
      ["2018-03", "Facebook Cambridge Analytica data"],
      ["2021-04", "Facebook 533 million users scraping"],
      ["2021-04", "LinkedIn 500 million profiles scraped"],
    ]);
    expect(columns[0].x).toBeLessThan(columns[1].x);
    expect(columns[1].x).toBeLessThan(columns[2].x);
  });

  it("has tips when interactive and none when static", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    const live = heatmapChart(rows, { ...staticOptions(), static: false });
    expect(live.outerHTML).toMatch(/aria-label="tip"/);
  });

  it("takes the width and height it is given", () => {
    const sized = heatmapChart(rows, staticOptions({ width: 640, height: 700 }));
    expect([sized.getAttribute("width"), sized.getAttribute("height")]).toEqual(["640", "700"]);
    expect(() => heatmapChart(rows, staticOptions({ width: 10 }))).toThrow("invalid width: 10 (expected a number from 200 to 4000)");
  });

  it("uses the title it is given", () => {
    expect(texts(svgOf(heatmapChart(rows, staticOptions({ title: "Facebook, 2018–2021" }))))).toContain("Facebook, 2018–2021");
  });
});
