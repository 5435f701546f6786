import { describe, expect, it } from "vitest";
import { playbook } from "../../src/analysis/playbook.js";
import { testBundle } from "../fixtures/bundle.js";

const bundle = testBundle();

describe("playbook", () => {
  const result = playbook(bundle, "fb-2021");

  it("reads the memo and the public documents, leaving out news reports", () => {
    expect(result.incident).toEqual({ id: "fb-2021", title: "Facebook 533 million users scraping", date: "2021-04-03" });
    expect(result.memos).toEqual(["fb21-memo"]);
    expect(result.publicDocuments).toEqual(["fb21-blog", "fb21-spokes"]);
  });

  it("classifies each strategy as planned and executed, planned only, or done without a plan", () => {
    expect(result.entries.map((e) => [e.strategy, e.status])).toEqual([
      ["sector-problem", "planned-and-executed"],
      ["normalisation", "planned-and-executed"],
      ["strategic-silence", "planned-only"],
      ["temporal-distancing", "done-without-plan"],
      ["corrective-action", "done-without-plan"],
    ]);
  });

  it("keeps the quotes of each side, with document ids and offsets into the text", () => {
    const normalisation = result.entries.find((e) => e.strategy === "normalisation")!;
    expect(normalisation.planned.map((q) => q.text)).toEqual(["We expect more scraping incidents", "normalize that this happens regularly"]);
    expect(normalisation.enacted).toEqual([{ document: "fb21-spokes", text: "these attacks happen regularly", start: 35, end: 65 }]);
    const spokes = bundle.documents.find((d) => d.id === "fb21-spokes")!;
    expect(spokes.text.slice(35, 65)).toBe("these attacks happen regularly");
  });

  it("counts only the memo's directive spans as planned and the public documents' enacted spans as done", () => {
    const b = testBundle();
    const memo = b.documents.find((d) => d.id === "fb21-memo")!;
    memo.gold = memo.gold.map((a) => (a.strategy === "strategic-silence" ? { ...a, mode: "enacted" as const } : a));
    expect(playbook(b, "fb-2021").entries.map((e) => e.strategy)).not.toContain("strategic-silence");
  });

  it("says which incidents have a memo when the one asked for has none, and lists the ids for an unknown one", () => {
    expect(() => playbook(bundle, "fb-2018")).toThrow('incident "fb-2018" has no internal-memo document (incidents with one: fb-2021)');
    expect(() => playbook(bundle, "nope")).toThrow('unknown incident: "nope" (expected fb-2021, fb-2018, li-2021, quiet-2020)');
  });
});
