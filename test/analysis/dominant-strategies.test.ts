import { describe, expect, it } from "vitest";
import { dominantStrategies } from "../../src/analysis/dominant-strategies.js";
import { incidentProfiles } from "../../src/analysis/incident-profiles.js";
import { testBundle } from "../fixtures/bundle.js";

describe("dominantStrategies", () => {
  it("returns the n strongest strategies, ties in the profile's order", () => {
    const fb2021 = incidentProfiles(testBundle())[1];
    expect(dominantStrategies(fb2021, 2)).toEqual([
      { strategy: "sector-problem", share: 0.5, count: 2 },
      { strategy: "normalisation", share: 0.5, count: 2 },
    ]);
  });

  it("leaves out strategies with no share, so it may return fewer than n", () => {
    expect(dominantStrategies({ shares: { a: 0.2, b: 0, c: 0.7 } }, 5)).toEqual([
      { strategy: "c", share: 0.7, count: 0 },
      { strategy: "a", share: 0.2, count: 0 },
    ]);
  });

  it("rejects a negative or fractional n", () => {
    expect(() => dominantStrategies({ shares: {} }, -1)).toThrow("invalid n: -1");
    expect(() => dominantStrategies({ shares: {} }, 1.5)).toThrow("invalid n: 1.5");
  });
});
