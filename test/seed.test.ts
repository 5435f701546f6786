import { describe, expect, it } from "vitest";
import { profile, tag } from "../src/index.js";
import { SEED } from "./fixtures/seed.js";

describe("the seed statements are tagged as the codebook says", () => {
  for (const s of SEED) {
    it(s.text, () => {
      const found = Object.fromEntries(profile(tag(s.text)).map((p) => [p.strategy, p.mode]));
      const expected = s.expect;
      // Every expected strategy, in the expected mode.
      for (const [strategy, mode] of Object.entries(expected)) expect({ strategy, mode: found[strategy] }).toEqual({ strategy, mode });
      // Nothing a careful coder would not see.
      const extra = Object.keys(found).filter((k) => !(k in expected) && !(s.allow ?? []).includes(k));
      expect(extra).toEqual([]);
    });
  }
});
