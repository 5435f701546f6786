import { describe, expect, it } from "vitest";
import { IdSet } from "../../src/cli/id-set.js";

describe("IdSet", () => {
  it("tells a new id from one it has seen", () => {
    const ids = new IdSet();
    expect(ids.add("doc-1")).toBe(true);
    expect(ids.add("doc-2")).toBe(true);
    expect(ids.add("doc-1")).toBe(false);
    expect(ids.has("doc-2")).toBe(true);
    expect(ids.has("doc-3")).toBe(false);
    expect(ids.size).toBe(2);
  });

  it("remembers every one of many ids, past the first sizes of its arrays", () => {
    const ids = new IdSet();
    for (let i = 0; i < 50_000; i++) expect(ids.add(`doc-${i}`)).toBe(true);
    for (let i = 0; i < 50_000; i += 97) expect(ids.add(`doc-${i}`)).toBe(false);
    expect(ids.size).toBe(50_000);
    expect(ids.has("doc-50000")).toBe(false);
  });

  it("keeps ids as distinct as the strings are: empty, long, non-ASCII, lone surrogates", () => {
    // Pairs that a careless byte encoding would merge: Ł is U+0141, and U+4000 could be "@" and U+0000.
    const distinct = ["\u0141", "\u0001A", "@\u0000", "", "a", "aa", "é", "\u0080", "\u00c0\u0080", "\u3fff", "\u4000", "\u4000\u0000", "\uffff", "\ud800", "\udc00", "\ufffd", "\ud83d\ude00", "x".repeat(5000), "x".repeat(5001), "日本語", "日本", "\u0000"];
    const ids = new IdSet();
    for (const id of distinct) expect(ids.add(id)).toBe(true);
    for (const id of distinct) expect(ids.add(id)).toBe(false);
    expect(ids.size).toBe(distinct.length);
  });

  it("tells a duplicate whichever part holds its first occurrence", () => {
    const ids = new IdSet(2);
    ["a", "b", "c", "d", "e"].forEach((id) => ids.add(id));
    expect(ids.add("a")).toBe(false);
    expect(ids.add("d")).toBe(false);
    expect(ids.add("f")).toBe(true);
    expect(ids.size).toBe(6);
    expect(["a", "b", "c", "d", "e", "f", "g"].map((id) => ids.has(id))).toEqual([true, true, true, true, true, true, false]);
  });

  it("opens another part when one holds its limit", () => {
    const ids = new IdSet(3);
    for (let i = 0; i < 10; i++) ids.add(`doc-${i}`);
    expect(ids.partCount).toBe(4);
    expect(new IdSet().partCount).toBe(1);
  });

  it("takes at most 32 bytes an id for 100,000 ids like doc-123456", () => {
    const ids = new IdSet();
    for (let i = 0; i < 100_000; i++) ids.add(`doc-${100_000 + i}`);
    expect(ids.bytes / 100_000).toBeLessThanOrEqual(32);
  });

  it("refuses a limit below 1", () => {
    expect(() => new IdSet(0)).toThrow(/invalid limit: 0/);
  });
});
