import { describe, expect, it } from "vitest";
import { IdSet } from "../../src/cli/id-set.js";

describe("IdSet", () => {
  it("remembers every id past the size of one underlying Set", () => {
    const ids = new IdSet(3);
    for (let i = 0; i < 10; i++) ids.add(`doc-${i}`);
    expect(ids.size).toBe(10);
    for (let i = 0; i < 10; i++) expect(ids.has(`doc-${i}`)).toBe(true);
    expect(ids.has("doc-10")).toBe(false);
  });

  it("tells a duplicate whichever Set holds its first occurrence", () => {
    const ids = new IdSet(2);
    ["a", "b", "c", "d", "e"].forEach((id) => ids.add(id));
    expect(ids.add("a")).toBe(false);
    expect(ids.add("d")).toBe(false);
    expect(ids.add("f")).toBe(true);
    expect(ids.size).toBe(6);
    expect(["a", "b", "c", "d", "e", "f", "g"].map((id) => ids.has(id))).toEqual([true, true, true, true, true, true, false]);
  });

  it("opens another Set when one holds its limit", () => {
    const ids = new IdSet(3);
    for (let i = 0; i < 10; i++) ids.add(`doc-${i}`);
    expect(ids.parts).toBe(4);
    expect(new IdSet().parts).toBe(1);
  });

  it("refuses a limit below 1", () => {
    expect(() => new IdSet(0)).toThrow(/invalid limit: 0/);
  });
});
