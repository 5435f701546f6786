import { describe, expect, it } from "vitest";
import { peers } from "../../src/analysis/peers.js";
import { peersChart } from "../../src/charts/peers.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("peersChart", () => {
  const data = peers(bundle, ["fb-2021", "li-2021"]);
  const svg = svgOf(peersChart(data, staticOptions()));

  it("matches its golden file", () => {
    expectGolden("peers", svg);
  });

  it("has a column per organisation and says which strategies all shared and which only one used", () => {
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(["Facebook", "n = 4", "LinkedIn", "n = 3", "shared by all", "only Facebook", "only LinkedIn", "used by every organisation"]));
    expect(t.filter((s) => s === "shared by all")).toHaveLength(1);
    expect(t.filter((s) => s.startsWith("only "))).toHaveLength(7);
  });

  it("shades the rows shared by all", () => {
    expect(svg.match(/fill="#fff3c4"/g)?.length).toBe(2); // one row, plus the legend's swatch
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(peersChart(data, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
