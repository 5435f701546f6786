import { describe, expect, it } from "vitest";
import { incidentProfiles } from "../../src/analysis/incident-profiles.js";
import { testBundle } from "../fixtures/bundle.js";

const bundle = testBundle();

describe("incidentProfiles", () => {
  it("profiles each incident that has documents, by date, and leaves out incidents without any", () => {
    const profiles = incidentProfiles(bundle);
    expect(profiles.map((p) => [p.id, p.date, p.documents])).toEqual([
      ["fb-2018", "2018-03-17", 4],
      ["fb-2021", "2021-04-03", 4],
      ["li-2021", "2021-04-08", 3],
    ]);
    expect(profiles[0]).toMatchObject({ title: "Facebook Cambridge Analytica data misuse", organisations: ["Facebook"], documentIds: ["fb18-letter", "fb18-ad", "fb18-news", "fb18-blog"] });
  });

  it("gives each strategy the share of documents carrying it, counting a strategy once per document", () => {
    const [fb2018, fb2021] = incidentProfiles(bundle);
    // fb18-ad has two apology spans: it still counts once.
    expect(fb2018.counts.apology).toBe(2);
    expect(fb2018.shares).toMatchObject({ apology: 0.5, "corrective-action": 0.5, bolstering: 0.5, "sector-problem": 0 });
    expect(fb2021.shares).toMatchObject({ "sector-problem": 0.5, normalisation: 0.5, "strategic-silence": 0.5, "temporal-distancing": 0.25, "corrective-action": 0.25, apology: 0 });
  });

  it("lists every strategy of the bundle, in codebook order", () => {
    const [first] = incidentProfiles(bundle);
    expect(Object.keys(first.shares)).toEqual(bundle.strategies.map((s) => s.id));
  });

  it("filters by organisation, kind and mode", () => {
    expect(incidentProfiles(bundle, { orgs: ["LinkedIn"] }).map((p) => p.id)).toEqual(["li-2021"]);
    const noNews = incidentProfiles(bundle, { kinds: ["blog-post", "spokesperson", "internal-memo"] });
    expect(noNews.find((p) => p.id === "fb-2021")).toMatchObject({ documents: 3, shares: expect.objectContaining({ "strategic-silence": 1 / 3 }) });
    // In mode enacted the memo's directive spans do not count, but the memo is still one of the documents.
    const enacted = incidentProfiles(bundle, { mode: "enacted" }).find((p) => p.id === "fb-2021")!;
    expect(enacted.documents).toBe(4);
    expect(enacted.shares).toMatchObject({ "sector-problem": 0.25, normalisation: 0.25, "strategic-silence": 0 });
  });

  it("reads the machine tags when asked", () => {
    const [fb2018] = incidentProfiles(bundle, { source: "machine" });
    expect(fb2018.shares).toMatchObject({ apology: 0.5, "corrective-action": 0.25, bolstering: 0.25 });
  });

  it("rejects an unknown source or mode with the valid choices", () => {
    expect(() => incidentProfiles(bundle, { source: "robot" as never })).toThrow('invalid source: "robot" (expected gold, machine)');
    expect(() => incidentProfiles(bundle, { mode: "shouted" as never })).toThrow('invalid mode: "shouted" (expected enacted, directive, reported)');
  });
});
