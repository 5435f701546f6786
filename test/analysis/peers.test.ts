import { describe, expect, it } from "vitest";
import { peers } from "../../src/analysis/peers.js";
import { testBundle } from "../fixtures/bundle.js";

const bundle = testBundle();

describe("peers", () => {
  const result = peers(bundle, ["fb-2021", "li-2021"]);

  it("has one row per organisation with the share of its documents carrying each strategy", () => {
    expect(result.organisations.map((o) => [o.organisation, o.documents, o.incidents])).toEqual([
      ["Facebook", 4, ["fb-2021"]],
      ["LinkedIn", 3, ["li-2021"]],
    ]);
    expect(result.organisations[1].shares).toMatchObject({ denial: 1 / 3, "sector-problem": 1 / 3, "blame-others": 1 / 3, minimisation: 1 / 3, apology: 0 });
  });

  it("lists the strategies used by anyone, in codebook order", () => {
    expect(result.strategies).toEqual(["sector-problem", "normalisation", "strategic-silence", "temporal-distancing", "corrective-action", "minimisation", "blame-others", "denial"]);
  });

  it("finds the strategies shared by all and those only one organisation used", () => {
    expect(result.sharedByAll).toEqual(["sector-problem"]);
    expect(result.onlyOne).toEqual([
      { strategy: "normalisation", organisation: "Facebook" },
      { strategy: "strategic-silence", organisation: "Facebook" },
      { strategy: "temporal-distancing", organisation: "Facebook" },
      { strategy: "corrective-action", organisation: "Facebook" },
      { strategy: "minimisation", organisation: "LinkedIn" },
      { strategy: "blame-others", organisation: "LinkedIn" },
      { strategy: "denial", organisation: "LinkedIn" },
    ]);
  });

  it("gives the matrix in long format", () => {
    expect(result.cells).toHaveLength(2 * result.strategies.length);
    expect(result.cells.find((c) => c.organisation === "Facebook" && c.strategy === "denial")).toEqual({ organisation: "Facebook", strategy: "denial", share: 0, count: 0, documents: 4 });
  });

  it("shares nothing and singles nothing out with a single organisation", () => {
    const alone = peers(bundle, ["li-2021"]);
    expect([alone.sharedByAll, alone.onlyOne]).toEqual([[], []]);
  });

  it("rejects an empty list and unknown incidents", () => {
    expect(() => peers(bundle, [])).toThrow(/no incidents given/);
    expect(() => peers(bundle, ["fb-2021", "nope"])).toThrow('unknown incident: "nope"');
  });
});
