import { describe, expect, it } from "vitest";
import type { Tag } from "../../src/codebook/types.js";
import { profileComparison } from "../../src/analysis/profile-comparison.js";
import { testBundle } from "../fixtures/bundle.js";

const t = (strategy: string, confidence: number, mode: Tag["mode"] = "enacted"): Tag => ({ strategy, mode, start: 0, end: 1, text: "x", confidence, cue: `${strategy}.x` });

describe("profileComparison", () => {
  const bundle = testBundle();

  it("scores the statement and averages the corpus documents' machine scores", () => {
    const result = profileComparison([t("apology", 0.5), t("apology", 0.5), t("denial", 0.9)], bundle);
    expect(result.documents).toBe(11);
    // Corpus apology: fb18-letter 0.9, fb18-ad 1 − 0.1·0.5 = 0.95 → (0.9 + 0.95) / 11.
    expect(result.rows.find((r) => r.strategy === "apology")).toEqual({ strategy: "apology", score: 0.75, count: 2, average: expect.closeTo(1.85 / 11, 10), share: 2 / 11 });
    expect(result.rows.find((r) => r.strategy === "denial")).toEqual({ strategy: "denial", score: 0.9, count: 1, average: 0, share: 0 });
  });

  it("lists only the strategies the statement or the corpus uses, in codebook order", () => {
    const result = profileComparison([t("denial", 0.9)], bundle);
    expect(result.rows.map((r) => r.strategy)).toEqual(["sector-problem", "normalisation", "temporal-distancing", "corrective-action", "bolstering", "apology", "denial"]);
  });

  it("can compare with the gold annotations, which count with confidence 1", () => {
    const result = profileComparison([], bundle, { source: "gold", orgs: ["LinkedIn"] });
    expect(result.rows.map((r) => [r.strategy, r.average])).toEqual([
      ["sector-problem", 1 / 3],
      ["minimisation", 1 / 3],
      ["blame-others", 1 / 3],
      ["denial", 1 / 3],
    ]);
  });
});
