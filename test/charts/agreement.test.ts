import { describe, expect, it } from "vitest";
import { agreement } from "../../src/analysis/agreement.js";
import { agreementChart } from "../../src/charts/agreement.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("agreementChart", () => {
  const perStrategy = agreement(bundle).document.perStrategy;
  const svg = svgOf(agreementChart(perStrategy, staticOptions()));

  it("matches its golden file", () => {
    expectGolden("agreement", svg);
  });

  it("leaves out the five strategies that neither gold nor the tagger uses, and says so", () => {
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(["How good is the tagger, strategy by strategy", "sector-problem", "apology", "strategic-silence", "precision", "recall", "F1"]));
    expect(t).not.toContain("relabeling");
    expect(t).not.toContain("media-management");
    expect(t.join(" ")).toContain("5 strategies that neither uses left out.");
  });

  it("counts each strategy's gold and tagged documents", () => {
    expect(texts(svg)).toEqual(expect.arrayContaining(["3 gold · 1 tagged", "2 gold · 2 tagged", "2 gold · 0 tagged"]));
  });

  it("draws an F1 tick for each of the ten strategies used, and no precision dot where the tagger labels nothing", () => {
    expect(/<g [^>]*aria-label="tick">([\s\S]*?)<\/g>/.exec(svg)![1].match(/<line /g)).toHaveLength(10);
    const dots = /<g [^>]*aria-label="dot">([\s\S]*?)<\/g>/.exec(svg)![1];
    // Ten recall dots; precision dots for the six strategies the tagger labels.
    expect(dots.match(/fill="#d6604d"/g)).toHaveLength(10);
    expect(dots.match(/fill="#2166ac"/g)).toHaveLength(6);
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(agreementChart(perStrategy, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
