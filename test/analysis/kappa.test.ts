import { describe, expect, it } from "vitest";
import { cohensKappa, crossTable, kappaFromCrossTable, kappaReading } from "../../src/analysis/kappa.js";

describe("Cohen's kappa", () => {
  // Wikipedia, "Cohen's kappa", section "Simple example": 50 grant proposals, two readers,
  // yes/yes 20, yes/no 5, no/yes 10, no/no 15: p_o = 0.7, p_e = 0.5, kappa = 0.4.
  it("gives 0.4 for the grant-proposal example", () => {
    expect(kappaFromCrossTable([[20, 5], [10, 15]])).toBeCloseTo(0.4, 10);
  });

  // easycalculation.com, "Cohen's kappa index" (two doctors, 20 patients): 12 / 2 / 4 / 2,
  // Pr(a) = 0.7, Pr(e) = 0.62, kappa = 0.08 / 0.38 ≈ 0.21.
  it("gives 0.08 / 0.38 for the two-doctors example", () => {
    expect(kappaFromCrossTable([[12, 2], [4, 2]])).toBeCloseTo(0.08 / 0.38, 10);
  });

  it("computes the same figure from the raw values of the two coders", () => {
    const a = [...Array(20).fill("yes"), ...Array(5).fill("yes"), ...Array(10).fill("no"), ...Array(15).fill("no")];
    const b = [...Array(20).fill("yes"), ...Array(5).fill("no"), ...Array(10).fill("yes"), ...Array(15).fill("no")];
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 10);
    expect(crossTable(a, b).categories).toEqual(["yes", "no"]);
  });

  it("is 1 for perfect agreement, null when both coders use one category throughout", () => {
    expect(cohensKappa(["a", "b", "c"], ["a", "b", "c"])).toBe(1);
    expect(cohensKappa(["a", "a"], ["a", "a"])).toBeNull();
  });

  it("refuses value lists of different lengths", () => {
    expect(() => cohensKappa(["a"], ["a", "b"])).toThrow(/1 values of the first coder but 2/);
  });

  it("reads kappa on the Landis and Koch scale", () => {
    expect([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaReading)).toEqual(["poor", "slight", "fair", "moderate", "substantial", "almost perfect"]);
  });
});
