import { describe, expect, it } from "vitest";
import { coveredLength, matchSpans, mergeIntervals, sharedLength, type SpanLike } from "../../src/analysis/span-match.js";

const span = (strategy: string, start: number, end: number): SpanLike => ({ strategy, mode: "enacted", start, end, text: "x".repeat(end - start) });

describe("matchSpans", () => {
  it("pairs only identical spans of the same strategy when matching exactly", () => {
    const m = matchSpans([span("a", 0, 5), span("b", 10, 15)], [span("a", 0, 5), span("a", 10, 15), span("b", 10, 14)], "exact");
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.unmatchedReference).toEqual([1]);
    expect(m.unmatchedCompared).toEqual([1, 2]);
  });

  it("pairs overlapping spans one to one, the largest overlap first", () => {
    // One long compared span overlaps two reference spans: it matches the one it shares more with.
    const m = matchSpans([span("a", 0, 4), span("a", 6, 20)], [span("a", 2, 12)], "overlap");
    expect(m.pairs).toEqual([[1, 0]]);
    expect(m.unmatchedReference).toEqual([0]);
    expect(m.unmatchedCompared).toEqual([]);
  });

  it("never pairs spans of different strategies or spans that only touch", () => {
    const m = matchSpans([span("a", 0, 5), span("b", 5, 9)], [span("b", 0, 5), span("a", 5, 9)], "overlap");
    expect(m.pairs).toEqual([]);
  });
});

describe("intervals", () => {
  it("merges overlapping and touching spans and measures what they cover and share", () => {
    const a = mergeIntervals([span("a", 5, 10), span("a", 0, 3), span("a", 8, 12), span("a", 3, 4)]);
    expect(a).toEqual([{ start: 0, end: 4 }, { start: 5, end: 12 }]);
    expect(coveredLength(a)).toBe(11);
    const b = mergeIntervals([span("a", 2, 6), span("a", 11, 20)]);
    expect(sharedLength(a, b)).toBe(2 + 1 + 1);
  });
});
