import { describe, expect, it } from "vitest";
import { shifts } from "../../src/analysis/shifts.js";
import { shiftChart } from "../../src/charts/shift.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("shiftChart", () => {
  const list = shifts(bundle);
  const svg = svgOf(shiftChart(list, staticOptions()));

  it("matches its golden file", () => {
    expectGolden("shift", svg);
  });

  it("heads each pair with its organisation, divergence and sentence", () => {
    const t = texts(svg);
    expect(t).toContain("Facebook · divergence 0.81");
    expect(t.join(" ")).toContain("From Facebook Cambridge Analytica data misuse (2018-03) to Facebook 533 million users scraping (2021-04): bolstering and apology disappeared;");
  });

  it("has a row for each strategy either incident used, an arrow for each that changed, and a legend in the SVG", () => {
    const t = texts(svg);
    for (const s of ["apology", "bolstering", "corrective-action", "sector-problem", "normalisation", "strategic-silence", "temporal-distancing"]) expect(t).toContain(s);
    expect(t).not.toContain("denial");
    expect(svg.match(/aria-label="arrow"/g)).toHaveLength(1);
    expect(t).toEqual(expect.arrayContaining(["earlier incident", "later incident", "change"]));
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(shiftChart(list, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
