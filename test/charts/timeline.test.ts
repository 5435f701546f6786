import { describe, expect, it } from "vitest";
import { incidentProfiles } from "../../src/analysis/incident-profiles.js";
import { timelineChart } from "../../src/charts/timeline.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("timelineChart", () => {
  const facebook = incidentProfiles(bundle, { orgs: ["Facebook"] });
  const svg = svgOf(timelineChart(facebook, staticOptions()));

  it("matches its golden file", () => {
    expectGolden("timeline", svg);
  });

  it("draws its title, the years, each incident's label and a size legend inside the SVG", () => {
    expect(texts(svg)).toEqual(expect.arrayContaining(["Framing strategies over time", "2018", "2021", "2018-03 · Facebook Cambridge Analytica data misuse", "Share of documents", "25%", "100%"]));
  });

  it("draws one dot per incident and strategy present, coloured by strategy", () => {
    const dots = [...svg.matchAll(/<circle [^>]*fill="(#[0-9a-f]{3,6})"[^>]*r="([\d.]+)"[^>]*\/>/g)];
    const present = facebook.flatMap((p) => Object.values(p.shares).filter((s) => s > 0));
    // The size legend adds three dots.
    expect(dots.length).toBe(present.length + 3);
    expect(dots.map((d) => d[1])).toEqual(expect.arrayContaining(["#5aae61", "#e66101"]));
  });

  it("puts apology (2018) left of sector-problem (2021)", () => {
    const x = (color: string) => Number(new RegExp(`<circle [^>]*fill="${color}"[^>]*cx="([\\d.]+)"`).exec(svg)?.[1]);
    expect(x("#5aae61")).toBeLessThan(x("#e66101"));
  });

  it("makes one panel per organisation when there are several", () => {
    const both = svgOf(timelineChart(incidentProfiles(bundle), staticOptions()));
    expect(texts(both)).toEqual(expect.arrayContaining(["Facebook", "LinkedIn"]));
    expect(texts(both).filter((t) => t === "apology")).toHaveLength(2);
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(timelineChart(facebook, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
