import { describe, expect, it } from "vitest";
import { profileComparison } from "../../src/analysis/profile-comparison.js";
import { profileChart } from "../../src/charts/profile.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("profileChart", () => {
  const statement = bundle.documents.find((d) => d.id === "fb21-spokes")!.machine;
  const data = profileComparison(statement, bundle);
  const svg = svgOf(profileChart(data, staticOptions({ title: "fb21-spokes against the corpus" })));

  it("matches its golden file", () => {
    expectGolden("profile", svg);
  });

  it("shows the statement's scores, and the corpus average as a tick for every strategy", () => {
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(["fb21-spokes against the corpus", "0.90", "0.80", "this statement (colour of the strategy)", "corpus average"]));
    expect(svg.match(/<rect [^>]*fill="#e66101"/g)?.length).toBeGreaterThanOrEqual(1);
    const ticks = /<g [^>]*aria-label="tick">([\s\S]*?)<\/g>/.exec(svg)![1];
    expect(ticks.match(/<line /g)).toHaveLength(data.rows.length);
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(profileChart(data, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
