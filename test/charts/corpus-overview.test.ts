import { describe, expect, it } from "vitest";
import { corpusOverview } from "../../src/analysis/corpus-overview.js";
import { corpusOverviewChart } from "../../src/charts/corpus-overview.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("corpusOverviewChart", () => {
  const rows = corpusOverview(bundle);
  const svg = svgOf(corpusOverviewChart(rows, staticOptions()));

  it("matches its golden file", () => {
    expectGolden("corpus-overview", svg);
  });

  it("has a bar per organisation and kind, the totals, and a legend of the kinds present", () => {
    expect(svg.match(/<rect [^>]*stroke="white"/g)?.length ?? svg.match(/aria-label="bar"[\s\S]*?<\/g>/)![0].match(/<rect/g)!.length).toBe(rows.length);
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(["Facebook", "LinkedIn", "8", "3", "Kind", "internal-memo", "news-report"]));
    expect(t).not.toContain("regulatory-filing");
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(corpusOverviewChart(rows, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
