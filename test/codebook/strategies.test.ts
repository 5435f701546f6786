import { describe, expect, it } from "vitest";
import { builtinCodebook, tag } from "../../src/index.js";

const CODEBOOK_IDS = [
  "sector-problem", "normalisation", "strategic-silence", "temporal-distancing", "corrective-action",
  "relabeling", "minimisation", "bolstering", "user-responsibility", "blame-others",
  "transparency-claim", "apology", "denial", "compensation", "media-management",
];

describe("the built-in codebook", () => {
  it("has exactly the codebook's fifteen strategy ids, in its order", () => {
    expect(builtinCodebook.strategies.map((s) => s.id)).toEqual(CODEBOOK_IDS);
  });

  it("gives every cue a unique id under its strategy and a weight in (0, 1]", () => {
    const ids = new Set<string>();
    for (const s of builtinCodebook.strategies) {
      for (const c of s.cues) {
        expect(c.id.startsWith(`${s.id}.`), c.id).toBe(true);
        expect(ids.has(c.id), `duplicate cue id ${c.id}`).toBe(false);
        ids.add(c.id);
        expect(c.weight > 0 && c.weight <= 1, c.id).toBe(true);
      }
    }
  });
});

for (const strategy of builtinCodebook.strategies) {
  describe(strategy.id, () => {
    it("has at least 8 hit and 5 miss examples, and reporter questions", () => {
      expect(strategy.hits.length).toBeGreaterThanOrEqual(8);
      expect(strategy.misses.length).toBeGreaterThanOrEqual(5);
      expect(strategy.questions.length).toBeGreaterThan(0);
    });

    for (const hit of strategy.hits) {
      const { text, mode } = typeof hit === "string" ? { text: hit, mode: undefined } : hit;
      it(`tags ${mode ?? "it"} in: ${text}`, () => {
        const tags = tag(text).filter((t) => t.strategy === strategy.id);
        expect(tags.map((t) => t.text), "no tag of this strategy").not.toEqual([]);
        if (mode) expect(tags.map((t) => t.mode)).toContain(mode);
      });
    }

    for (const text of strategy.misses) {
      it(`does not tag it in: ${text}`, () => {
        const tags = tag(text).filter((t) => t.strategy === strategy.id);
        expect(tags.map((t) => `${t.text} (${t.cue})`)).toEqual([]);
      });
    }
  });
}
