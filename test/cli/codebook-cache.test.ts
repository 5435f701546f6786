// The command line keeps the compiled built-in codebook between runs (src/cli/codebook-cache.ts).
// A cache is only worth having if it is read, and only safe if a stale or broken one is never used.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCodebook } from "../../src/codebook/builtin.js";
import { cacheKey } from "../../src/cli/codebook-cache.js";
import { runCli } from "../helpers/cli.js";

const STATEMENT = "We take the privacy of our users seriously. The data was scraped from public profiles.";
const annotate = (dir: string, env: Record<string, string> = {}) =>
  runCli(["annotate", "--format", "jsonl", "-"], { input: STATEMENT, env: { FRAMEWATCH_CACHE_DIR: dir, ...env } });
const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : []);

describe("the compiled codebook's cache", () => {
  it("is written by the first run and read by the next (a doctored cache shows in the output)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "framewatch-cache-"));
    const first = await annotate(dir);
    expect(first.code).toBe(0);
    const strategies = JSON.parse(first.stdout).tags.map((t: { strategy: string }) => t.strategy);
    expect(strategies).toContain("bolstering");
    const [file] = cacheFiles(dir);
    expect(file).toMatch(/^builtin-[0-9a-f]{24}\.json$/);
    // Make every bolstering cue unable to match: if the next run still finds bolstering, it compiled afresh.
    const snapshot = JSON.parse(readFileSync(join(dir, file), "utf8"));
    for (const cue of snapshot.cues) if (cue.strategy === "bolstering" && cue.sticky !== undefined) cue.sticky = "(?!)";
    writeFileSync(join(dir, file), JSON.stringify(snapshot));
    const second = await annotate(dir);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).tags.map((t: { strategy: string }) => t.strategy)).not.toContain("bolstering");
  }, 60_000);

  it("compiles afresh and rewrites a corrupt cache file, with the same output as without a cache", async () => {
    const dir = mkdtempSync(join(tmpdir(), "framewatch-cache-"));
    const none = await annotate(dir, { FRAMEWATCH_NO_CACHE: "1" });
    expect(cacheFiles(dir)).toEqual([]);
    await annotate(dir);
    const [file] = cacheFiles(dir);
    writeFileSync(join(dir, file), '{"cues": [');
    const again = await annotate(dir);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(none.stdout);
    expect(() => JSON.parse(readFileSync(join(dir, file), "utf8"))).not.toThrow();
  }, 60_000);

  it("holds the prefilter's anchor trie, which the next run takes; a trie that does not fit is built again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "framewatch-cache-"));
    const none = await annotate(dir, { FRAMEWATCH_NO_CACHE: "1" });
    expect(JSON.parse(none.stdout).tags.length).toBeGreaterThan(0);
    await annotate(dir);
    const [file] = cacheFiles(dir);
    const snapshot = JSON.parse(readFileSync(join(dir, file), "utf8"));
    expect(typeof snapshot.trie.tableAt).toBe("string");
    // A trie with no edges fits the codebook's shape but finds no word: if it is taken, nothing is tagged.
    writeFileSync(join(dir, file), JSON.stringify({ ...snapshot, trie: { ...snapshot.trie, tableAt: "", tableTo: "" } }));
    const empty = await annotate(dir);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).tags).toEqual([]);
    // One of another shape is left aside, and the run tags as without a cache.
    writeFileSync(join(dir, file), JSON.stringify({ ...snapshot, trie: { ...snapshot.trie, sticky: "AAAA" } }));
    const rebuilt = await annotate(dir);
    expect(rebuilt.stderr).toBe("");
    expect(rebuilt.stdout).toBe(none.stdout);
  }, 60_000);

  it("is named by a hash that changes with the codebook", () => {
    const before = cacheKey();
    const cue = builtinCodebook.strategies[0].cues[0];
    const weight = cue.weight;
    cue.weight = weight === 0.5 ? 0.6 : 0.5;
    try {
      expect(cacheKey()).not.toBe(before);
    } finally {
      cue.weight = weight;
    }
    expect(cacheKey()).toBe(before);
  });
});
