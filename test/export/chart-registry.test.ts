import { describe, expect, it } from "vitest";
import { CHARTS, CHART_NAMES, ChartQueryError, type ChartQuery } from "../../src/export/chart-registry.js";
import { bundle, staticOptions } from "../helpers/charts.js";

const build = (name: string, query: Partial<ChartQuery> = {}) => CHARTS.find((c) => c.name === name)!.build(bundle, { source: "gold", ...query }, staticOptions());

describe("the chart registry", () => {
  it("has the notebooks' charts, each with a one-line summary", () => {
    expect(CHART_NAMES).toEqual(["heatmap", "timeline", "shift", "playbook", "peers", "profile", "overview", "incident-timeline", "agreement"]);
    for (const c of CHARTS) expect(c.summary).not.toMatch(/\n/);
  });

  it("charts the organisation with the most incidents on the timeline by default, and says so", () => {
    const built = build("timeline");
    expect(built.incidents).toEqual(["fb-2018", "fb-2021"]);
    expect(built.notes).toEqual(["organisation: Facebook (the one with the most incidents; choose with --org)"]);
  });

  it("reads the latest incident with a memo for the playbook by default, and only one incident", () => {
    expect(build("playbook").notes).toEqual(["incident: fb-2021 (the latest with an internal memo; choose with --incident)"]);
    expect(() => build("playbook", { incidents: ["fb-2018", "fb-2021"] })).toThrow(ChartQueryError);
    expect(() => build("playbook", { incidents: ["fb-2018"] })).toThrow(/has no internal-memo document/);
  });

  it("compares the incidents of the year with the most organisations as peers by default", () => {
    const built = build("peers");
    expect(built.incidents).toEqual(["fb-2021", "li-2021"]);
    expect(built.table.caption).toBe("Shared by all: sector-problem. Used by only one: normalisation (Facebook), strategic-silence (Facebook), temporal-distancing (Facebook), corrective-action (Facebook), minimisation (LinkedIn), blame-others (LinkedIn), denial (LinkedIn).");
  });

  it("tabulates each chart's data, leaving out empty cells", () => {
    const heatmap = build("heatmap").table;
    expect(heatmap.columns).toEqual(["incident", "title", "date", "strategy", "documents carrying it", "documents", "share (%)"]);
    expect(heatmap.rows).toHaveLength(12);
    expect(heatmap.rows).toContainEqual(["li-2021", "LinkedIn 500 million profiles scraped", "2021-04-08", "denial", 1, 3, 33.3]);
    expect(build("shift").table.rows).toEqual([["Facebook", "fb-2018 (2018-03-17)", "fb-2021 (2021-04-03)", 0.806, "bolstering, apology", "sector-problem, normalisation, strategic-silence, temporal-distancing", expect.stringMatching(/^From Facebook Cambridge/)]]);
  });

  it("needs a statement for the profile, and compares it with the annotations asked for", () => {
    expect(() => build("profile")).toThrow("profile needs a statement");
    const built = build("profile", { statement: { name: "s.txt", tags: [{ strategy: "apology", mode: "enacted", start: 0, end: 5, text: "sorry", confidence: 0.8, cue: "apology.x" }] } });
    expect(built.notes).toEqual(["statement: s.txt; corpus side: gold annotations of 11 documents"]);
    expect(built.table.rows).toContainEqual(["apology", 0.8, 1, 0.182, 18.2]);
  });

  it("puts the incidents with documents on the incident timeline, with their sources, and tabulates their documents", () => {
    const built = build("incident-timeline");
    expect(built.incidents).toEqual(["fb-2018", "fb-2021", "li-2021"]);
    expect(built.table.rows).toEqual([
      ["fb-2018", "Facebook Cambridge Analytica data misuse", "2018-03-17", "Facebook", 4],
      ["fb-2021", "Facebook 533 million users scraping", "2021-04-03", "Facebook", 4],
      ["li-2021", "LinkedIn 500 million profiles scraped", "2021-04-08", "LinkedIn", 3],
    ]);
    expect(build("incident-timeline", { orgs: ["LinkedIn"] }).incidents).toEqual(["li-2021"]);
  });

  it("holds the bundle's machine tags against gold for agreement, over the documents that pass the filters", () => {
    expect(CHARTS.filter((c) => c.machine).map((c) => c.name)).toEqual(["agreement"]);
    const built = build("agreement");
    expect(built.notes).toEqual(["tags of framewatch@test against the gold (coder-a) annotations of 11 documents"]);
    expect(built.table.rows).toHaveLength(10);
    expect(built.table.rows).toContainEqual(["sector-problem", 3, 1, 1, 0, 2, 100, 33.3, 50]);
    expect(built.table.rows).toContainEqual(["strategic-silence", 2, 0, 0, 0, 2, 0, 0, 0]);
    const linkedIn = build("agreement", { orgs: ["LinkedIn"] });
    expect(linkedIn.notes[0]).toMatch(/annotations of 3 documents$/);
    expect(linkedIn.table.rows.map((r) => r[0])).toEqual(["sector-problem", "minimisation", "blame-others", "denial"]);
  });

  it("refuses agreement with machine annotations or one mode, which it cannot honour", () => {
    expect(() => build("agreement", { source: "machine" })).toThrow(ChartQueryError);
    expect(() => build("agreement", { mode: "enacted" })).toThrow(/drop --mode/);
  });

  it("fails clearly when no organisation has two incidents to compare", () => {
    expect(() => build("shift", { orgs: ["LinkedIn"] })).toThrow("no organisation has two incidents to compare");
  });
});
