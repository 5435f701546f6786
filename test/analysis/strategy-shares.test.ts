import { describe, expect, it } from "vitest";
import { strategyShares } from "../../src/analysis/strategy-shares.js";
import { testBundle } from "../fixtures/bundle.js";

describe("strategyShares", () => {
  const bundle = testBundle();
  const rows = strategyShares(bundle);

  it("has one row per incident and strategy, zero shares included", () => {
    expect(rows).toHaveLength(3 * bundle.strategies.length);
    expect(rows.filter((r) => r.incident === "li-2021" && r.share === 0)).toHaveLength(bundle.strategies.length - 4);
  });

  it("gives the share, the count and the number of documents of each cell", () => {
    expect(rows.find((r) => r.incident === "li-2021" && r.strategy === "denial")).toEqual({
      incident: "li-2021",
      strategy: "denial",
      share: 1 / 3,
      documents: 3,
      count: 1,
      title: "LinkedIn 500 million profiles scraped",
      date: "2021-04-08",
      organisations: ["LinkedIn"],
    });
  });
});
