import { describe, expect, it } from "vitest";
import { averages, documentLabels, evaluateDocuments, scores } from "../../src/analysis/document-eval.js";

const span = (strategy: string, mode: "enacted" | "directive" | "reported", confidence?: number) => ({ strategy, mode, start: 0, end: 1, text: "x", ...(confidence !== undefined ? { confidence } : {}) });

describe("documentLabels", () => {
  it("labels a document once per strategy, in the mode of its most confident span", () => {
    expect(documentLabels([span("a", "reported", 0.6), span("a", "directive", 0.9), span("b", "enacted", 0.7)])).toEqual([
      { strategy: "a", mode: "directive" },
      { strategy: "b", mode: "enacted" },
    ]);
  });

  it("takes the first span on a tie, and counts a span without confidence (gold) as certain", () => {
    expect(documentLabels([span("a", "reported"), span("a", "enacted")])).toEqual([{ strategy: "a", mode: "reported" }]);
  });
});

describe("scores and averages", () => {
  it("computes precision, recall and F1, with F1 = 1 when there is nothing to find and nothing found", () => {
    expect(scores(2, 1, 1)).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(scores(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 1 });
  });

  it("macro-averages over the strategies that occur only", () => {
    const row = (strategy: string, tp: number, fp: number, fn: number) => ({ strategy, tp, fp, fn, ...scores(tp, fp, fn) });
    const a = averages([row("a", 1, 0, 1), row("b", 0, 1, 0), row("unused", 0, 0, 0)]);
    expect(a.scored).toBe(2);
    expect(a.macro.recall).toBe((0.5 + 0) / 2);
    expect(a.micro).toEqual(scores(1, 1, 1));
  });

  it("scores document labels with evaluateDocuments", () => {
    const ev = evaluateDocuments([[{ strategy: "a", mode: "enacted" }], []], [[{ strategy: "a", mode: "reported" }], [{ strategy: "b", mode: "enacted" }]], ["a", "b", "c"]);
    expect(ev.perStrategy.map((s) => [s.strategy, s.tp, s.fp, s.fn])).toEqual([["a", 1, 0, 0], ["b", 0, 1, 0], ["c", 0, 0, 0]]);
    expect(ev.modeAccuracy).toBe(0);
    expect(ev.cleanNegatives).toBe(0);
    expect(ev.scored).toBe(2);
  });
});
