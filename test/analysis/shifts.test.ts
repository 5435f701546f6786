import { describe, expect, it } from "vitest";
import { joinWords, shifts } from "../../src/analysis/shifts.js";
import { testBundle } from "../fixtures/bundle.js";

const bundle = testBundle();

describe("shifts", () => {
  it("compares consecutive incidents of the same organisation, and only those", () => {
    const list = shifts(bundle);
    expect(list.map((s) => [s.organisation, s.from.id, s.to.id])).toEqual([["Facebook", "fb-2018", "fb-2021"]]);
  });

  it("gives the Jensen–Shannon divergence of the two strategy mixes, as computed by hand", () => {
    // 2018: apology, corrective-action, bolstering 2 documents each → P = 1/3 each.
    // 2021: sector-problem, normalisation, strategic-silence 2 each; temporal-distancing, corrective-action 1 each → Q = 1/4 ×3, 1/8 ×2.
    // M: apology, bolstering 1/6; corrective-action (1/3 + 1/8)/2 = 11/48; sector-problem, normalisation, strategic-silence 1/8; temporal-distancing 1/16.
    const klPM = 2 * (1 / 3) * Math.log2(1 / 3 / (1 / 6)) + (1 / 3) * Math.log2(1 / 3 / (11 / 48));
    const klQM = 3 * 0.25 * Math.log2(0.25 / 0.125) + 0.125 * Math.log2(0.125 / (1 / 16)) + 0.125 * Math.log2(0.125 / (11 / 48));
    const [shift] = shifts(bundle);
    expect(shift.divergence).toBeCloseTo((klPM + klQM) / 2, 12);
    expect(shift.divergence).toBeCloseTo(0.80627, 4);
  });

  it("names the strategies that appeared and disappeared, strongest first, and those kept", () => {
    const [shift] = shifts(bundle);
    expect(shift.appeared).toEqual(["sector-problem", "normalisation", "strategic-silence", "temporal-distancing"]);
    expect(shift.disappeared).toEqual(["bolstering", "apology"]);
    expect(shift.kept).toEqual(["corrective-action"]);
  });

  it("says the shift in a sentence", () => {
    expect(shifts(bundle)[0].sentence).toBe(
      "From Facebook Cambridge Analytica data misuse (2018-03) to Facebook 533 million users scraping (2021-04): bolstering and apology disappeared; sector-problem, normalisation, strategic-silence and temporal-distancing appeared.",
    );
  });

  it("follows the filters: in mode enacted, only what Facebook itself said counts", () => {
    const [shift] = shifts(bundle, { mode: "enacted", kinds: ["blog-post", "spokesperson", "executive-letter", "public-statement"] });
    expect(shift.from.shares).toMatchObject({ apology: 2 / 3, "corrective-action": 2 / 3, bolstering: 1 / 3 });
    expect(shift.disappeared).toEqual(["apology", "bolstering"]);
    expect(shift.appeared).toEqual(["sector-problem", "normalisation", "temporal-distancing"]);
  });

  it("says when the same strategies were used", () => {
    const same = testBundle();
    same.documents = same.documents.filter((d) => d.id === "fb18-blog" || d.id === "fb21-spokes");
    same.documents[1] = { ...same.documents[1], gold: [{ ...same.documents[0].gold[0] }] };
    const [shift] = shifts(same);
    expect(shift.divergence).toBe(0);
    expect(shift.sentence).toMatch(/: the same strategies were used\.$/);
  });
});

describe("joinWords", () => {
  it("joins words with commas and a final 'and'", () => {
    expect([[], ["a"], ["a", "b"], ["a", "b", "c"]].map(joinWords)).toEqual(["", "a", "a and b", "a, b and c"]);
  });
});
