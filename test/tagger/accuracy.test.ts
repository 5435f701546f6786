import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinCodebook, evaluateDocuments, profile, tag, type DocumentLabel } from "../../src/index.js";

const rows = readFileSync(new URL("../fixtures/eval/blind.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; labels: DocumentLabel[] });

describe("the tagger on the blind held-out set (217 statements never used to tune the cues)", () => {
  const predicted = rows.map((r) => profile(tag(r.text)).map((p) => ({ strategy: p.strategy, mode: p.mode })));
  const ev = evaluateDocuments(
    rows.map((r) => r.labels),
    predicted,
    builtinCodebook.strategies.map((s) => s.id),
  );

  it("keeps document-level macro-F1 at 0.78 or more (0.819 when this guard was written)", () => {
    expect(ev.macro.f1).toBeGreaterThanOrEqual(0.78);
  });

  it("keeps mode accuracy at 0.92 or more on the strategies it finds (0.967 when written)", () => {
    expect(ev.modeAccuracy).toBeGreaterThanOrEqual(0.92);
  });

  it("leaves at least 90% of the statements without a strategy untagged (0.925 when written)", () => {
    expect(ev.cleanNegatives).toBeGreaterThanOrEqual(0.9);
  });
});
