import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alphaFromCoincidences, alphaFromCrossTable, alphaReading, coincidences, nominalAlpha } from "../../src/analysis/krippendorff.js";
import { crossTable } from "../../src/analysis/kappa.js";

/** Reliability data given coder by coder ("." = not coded), turned into units (one array of values per unit). */
const units = (coders: string[]) => {
  const rows = coders.map((c) => c.trim().split(/\s+/).map((v) => (v === "." ? null : Number(v))));
  return rows[0].map((_, u) => rows.map((r) => r[u]));
};

// Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability". Annenberg School for
// Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 —
// section C, "Nominal data, any number of observers, missing data": 4 observers, 12 units.
const KRIPPENDORFF_2011 = units([
  "1 2 3 3 2 1 4 1 2 . . .", // observer A
  "1 2 3 3 2 2 4 1 2 5 . 3", // observer B
  ". 3 3 3 2 3 4 2 2 5 1 .", // observer C
  "1 2 3 3 2 4 4 1 2 5 1 .", // observer D
]);

// Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders, 15 units.
const WIKIPEDIA = units([
  ". . . . . 3 4 1 2 1 1 3 3 . 3", // coder A
  "1 . 2 1 3 3 4 3 . . . . . . .", // coder B
  ". . 2 1 3 4 4 . 2 1 1 3 3 . 4", // coder C
]);

describe("nominalAlpha", () => {
  it("gives Krippendorff's published 0.743 for his 4-observer, 12-unit example with missing data", () => {
    expect(nominalAlpha(KRIPPENDORFF_2011)).toBeCloseTo(0.743, 3);
  });

  it("counts n = 40 pairable values in that example, as the paper does, dropping unit 12 that only observer B coded", () => {
    const { o } = coincidences(KRIPPENDORFF_2011);
    expect(o.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(40, 10);
  });

  it("gives Wikipedia's worked example's 0.691", () => {
    expect(nominalAlpha(WIKIPEDIA)).toBeCloseTo(0.691, 3);
  });

  it("is 1 when the coders agree on every unit and undefined (null) when there is no variation", () => {
    expect(nominalAlpha([["a", "a"], ["b", "b"], ["a", "a"]])).toBe(1);
    expect(nominalAlpha([["a", "a"], ["a", "a"]])).toBeNull();
    expect(nominalAlpha([["a", null], [null, "b"]])).toBeNull();
  });

  it("is below 0 when coders disagree systematically", () => {
    expect(nominalAlpha([["a", "b"], ["b", "a"], ["a", "b"], ["b", "a"]])!).toBeLessThan(0);
  });

  it("ignores units that only one coder coded", () => {
    expect(nominalAlpha([...KRIPPENDORFF_2011, [7, null, null, null]])).toBeCloseTo(nominalAlpha(KRIPPENDORFF_2011)!, 12);
  });

  it("gives the same value from two coders' cross table as from their units", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { minLength: 2, maxLength: 40 }), (data) => {
        const { table } = crossTable(data.map((d) => d[0]), data.map((d) => d[1]));
        const a = nominalAlpha(data);
        const b = alphaFromCrossTable(table);
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 9);
      }),
    );
  });

  it("reads alpha the usual way: >= .800 reliable, >= .667 tentative, else not reliable", () => {
    expect([0.8, 0.799, 0.667, 0.666, null].map(alphaReading)).toEqual(["reliable", "tentative", "tentative", "not reliable", "undefined (no variation)"]);
    expect(alphaFromCoincidences([[0]])).toBeNull();
  });
});
