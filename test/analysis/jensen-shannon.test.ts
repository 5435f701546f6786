import { describe, expect, it } from "vitest";
import { jensenShannon } from "../../src/analysis/jensen-shannon.js";

describe("jensenShannon", () => {
  it("is 0 between a distribution and itself", () => {
    expect(jensenShannon({ a: 1, b: 3 }, { a: 1, b: 3 })).toBe(0);
  });

  it("is 1 bit between distributions with nothing in common", () => {
    expect(jensenShannon({ a: 1 }, { b: 2 })).toBeCloseTo(1, 12);
  });

  it("matches a divergence computed by hand: [1, 0] against [1/2, 1/2]", () => {
    // M = [3/4, 1/4]; KL(P‖M) = log2(4/3); KL(Q‖M) = ½·log2(2/3) + ½·log2(2); JSD = ½(KL(P‖M) + KL(Q‖M)).
    const byHand = 0.5 * Math.log2(4 / 3) + 0.5 * (0.5 * Math.log2(2 / 3) + 0.5 * 1);
    expect(byHand).toBeCloseTo(0.311278, 6);
    expect(jensenShannon({ a: 1, b: 0 }, { a: 1, b: 1 })).toBeCloseTo(byHand, 12);
  });

  it("normalises counts, so that counts and shares give the same divergence", () => {
    expect(jensenShannon({ a: 2, b: 6 }, { a: 5, c: 5 })).toBeCloseTo(jensenShannon({ a: 0.25, b: 0.75 }, { a: 0.5, c: 0.5 }), 12);
  });

  it("is symmetric", () => {
    expect(jensenShannon({ a: 1, b: 2 }, { b: 1, c: 4 })).toBeCloseTo(jensenShannon({ b: 1, c: 4 }, { a: 1, b: 2 }), 12);
  });

  it("is 0 between two empty distributions and 1 between an empty and a non-empty one", () => {
    expect(jensenShannon({}, { a: 0 })).toBe(0);
    expect(jensenShannon({ a: 0 }, { a: 3 })).toBe(1);
  });

  it("refuses negative or non-finite weights", () => {
    expect(() => jensenShannon({ a: -1 }, { a: 1 })).toThrow(/invalid weight -1/);
    expect(() => jensenShannon({ a: NaN }, { a: 1 })).toThrow(/invalid weight NaN/);
  });
});
