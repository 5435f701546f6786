import { describe, expect, it } from "vitest";
import { agreement, compareCodings, NONE, type Coding, type CodedSpan } from "../../src/analysis/agreement.js";
import { kappaFromCrossTable } from "../../src/analysis/kappa.js";
import { alphaFromCrossTable } from "../../src/analysis/krippendorff.js";
import type { Mode } from "../../src/codebook/types.js";
import type { CorpusBundle } from "../../src/corpus/types.js";

const D1 = "We found and fixed it. This is an industry-wide problem.";
const D2 = "The weather was fine.";
const D3 = "We are sorry.";
const at = (text: string, quote: string, strategy: string, mode: Mode = "enacted"): CodedSpan => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no "${quote}"`);
  return { strategy, mode, start, end: start + quote.length, text: quote };
};
const reference: Coding[] = [
  { id: "d1", text: D1, spans: [at(D1, "found and fixed", "corrective-action"), at(D1, "an industry-wide problem", "sector-problem")] },
  { id: "d2", text: D2, spans: [] },
  { id: "d3", text: D3, spans: [at(D3, "sorry", "apology")] },
];
const compared: Coding[] = [
  { id: "d1", text: D1, spans: [at(D1, "found and fixed it", "corrective-action"), at(D1, "an industry-wide", "denial")] },
  { id: "d2", text: D2, spans: [] },
  { id: "d3", text: D3, spans: [at(D3, "sorry", "apology", "reported")] },
];
const STRATEGIES = ["corrective-action", "sector-problem", "denial", "apology"];
const report = compareCodings(reference, compared, { strategies: STRATEGIES, reference: "gold", compared: "tagger" });
const row = <T extends { strategy: string }>(rows: T[], s: string) => rows.find((r) => r.strategy === s)!;

describe("compareCodings", () => {
  it("scores documents: a strategy found anywhere in a document labels it, and mode accuracy compares the labels both found", () => {
    expect(report.documents).toEqual(["d1", "d2", "d3"]);
    expect(row(report.document.perStrategy, "corrective-action")).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(row(report.document.perStrategy, "sector-problem")).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(row(report.document.perStrategy, "denial")).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.document.modeAccuracy).toBe(0.5);
    expect(report.document.micro.precision).toBeCloseTo(2 / 3, 10);
  });

  it("scores spans exactly (same start and end) and by overlap", () => {
    expect(row(report.spans.exact.perStrategy, "corrective-action")).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.spans.exact.micro).toMatchObject({ precision: 1 / 3, recall: 1 / 3 });
    expect(row(report.spans.overlap.perStrategy, "corrective-action")).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.spans.overlap.micro.precision).toBeCloseTo(2 / 3, 10);
    expect(report.spans.overlap.modeAccuracy).toBe(0.5);
  });

  it("averages macro scores over the strategies that occur, not over unused ones", () => {
    const wide = compareCodings(reference, compared, { strategies: [...STRATEGIES, "compensation"] });
    expect(wide.document.macro).toEqual(report.document.macro);
    expect(wide.document.scored).toBe(4);
  });

  it("computes alpha and kappa over (document, strategy) units from the pooled presence table", () => {
    // Over 3 documents × 4 strategies: both present 2 (corrective-action in d1, apology in d3),
    // gold only 1 (sector-problem), tagger only 1 (denial), neither 8.
    const pooled = [[8, 1], [1, 2]];
    expect(report.reliability.documents.kappa).toBeCloseTo(5 / 9, 10);
    expect(report.reliability.documents.alpha).toBeCloseTo(1 - (23 * 4) / 216, 10);
    expect(report.reliability.documents.alpha).toBeCloseTo(alphaFromCrossTable(pooled)!, 10);
    expect(row(report.reliability.perStrategy, "corrective-action").documents).toEqual({ alpha: 1, kappa: 1 });
    // The mode matters for alphaWithMode: apology is enacted in gold, reported by the tagger.
    expect(report.reliability.documents.alphaWithMode!).toBeLessThan(report.reliability.documents.alpha!);
  });

  it("computes character-level agreement from the characters inside each strategy's spans", () => {
    // corrective-action: 15 characters in both, 3 more ("it" and the space) in the tagger's span only.
    const length = D1.length + D2.length + D3.length;
    const table = [[length - 18, 3], [0, 15]];
    expect(row(report.reliability.perStrategy, "corrective-action").characters.kappa).toBeCloseTo(kappaFromCrossTable(table)!, 10);
    expect(row(report.reliability.perStrategy, "sector-problem").characters.alpha!).toBeLessThan(0.01);
  });

  it("builds a confusion table of strategies on overlapping spans, with (none) for spans that overlap nothing", () => {
    const { labels, counts } = report.confusion;
    const cell = (g: string, p: string) => counts[labels.indexOf(g)][labels.indexOf(p)];
    expect(labels.at(-1)).toBe(NONE);
    expect(cell("corrective-action", "corrective-action")).toBe(1);
    expect(cell("sector-problem", "denial")).toBe(1);
    expect(cell("apology", "apology")).toBe(1);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("lists the disagreements in text order with their text, the other side's strategies and the sentence", () => {
    expect(report.disagreements.map((d) => [d.document, d.kind, d.strategy, d.documentLevel])).toEqual([
      ["d1", "boundary", "corrective-action", false],
      ["d1", "extra", "denial", true],
      ["d1", "missed", "sector-problem", true],
      ["d3", "mode", "apology", true],
    ]);
    const missed = report.disagreements.find((d) => d.kind === "missed")!;
    expect(missed.reference?.text).toBe("an industry-wide problem");
    expect(missed.otherSide).toEqual(["denial"]);
    expect(missed.context).toBe("This is an industry-wide problem.");
    const mode = report.disagreements.find((d) => d.kind === "mode")!;
    expect([mode.reference?.mode, mode.compared?.mode]).toEqual(["enacted", "reported"]);
  });

  it("compares only documents both codings have, and says which it left out", () => {
    const r = compareCodings(reference, [compared[0], { id: "other", text: "x", spans: [] }]);
    expect(r.documents).toEqual(["d1"]);
    expect(r.onlyInReference).toEqual(["d2", "d3"]);
    expect(r.onlyInCompared).toEqual(["other"]);
  });

  it("refuses codings of different texts under one id", () => {
    expect(() => compareCodings(reference, [{ ...compared[0], text: "changed" }])).toThrow(/"d1" has different texts/);
  });
});

describe("agreement(bundle)", () => {
  const doc = (id: string, text: string, gold: CodedSpan[], machine: CodedSpan[], goldAnnotator?: string) => ({
    id,
    incident: "i",
    organisation: "o",
    date: "2021-01-01",
    kind: "blog-post" as const,
    audience: "public" as const,
    source: { title: "t" },
    provenance: "verbatim" as const,
    text,
    gold,
    machine: machine.map((m) => ({ ...m, confidence: 0.9, cue: "x.y" })),
    ...(goldAnnotator ? { goldAnnotator } : {}),
  });
  const bundle: CorpusBundle = {
    generated: { by: "framewatch@test", codebook: "1" },
    strategies: STRATEGIES.map((id) => ({ id, label: id, family: "other", definition: "", theory: "", example: "" })),
    incidents: [],
    documents: [
      doc("d1", D1, [...reference[0].spans], [...compared[0].spans], "coder-a"),
      doc("d3", D3, [...reference[2].spans], [...compared[2].spans], "coder-a"),
      doc("uncoded", D2, [], [at(D2, "weather", "denial")]),
    ],
  };

  it("compares gold with the machine tags over the bundle's strategies, leaving out documents without gold", () => {
    const r = agreement(bundle);
    expect(r.reference).toBe("gold (coder-a)");
    expect(r.compared).toBe("framewatch@test");
    expect(r.documents).toEqual(["d1", "d3"]);
    expect(r.strategies).toEqual(STRATEGIES);
    expect(row(r.document.perStrategy, "denial")).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(r.disagreements).toHaveLength(4);
  });
});
