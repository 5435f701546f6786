// The prefilter's anchor trie can travel as data (to worker threads, and in the codebook cache)
// instead of being built again. A trie taken as data must tag exactly as one built, and data that
// does not fit the codebook must not be taken.
import { describe, expect, it } from "vitest";
import { builtinCompiled } from "../../src/codebook/builtin.js";
import { compileCodebook } from "../../src/codebook/compile.js";
import { fromSnapshot, snapshotOf } from "../../src/codebook/compiled.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { adoptTrie, anchorTrie, trieData } from "../../src/tagger/anchor-trie.js";
import { tagWith } from "../../src/tagger/pipeline.js";
import { oneStrategy } from "../helpers/codebook.js";

describe("the anchor trie as data", () => {
  const compiled = builtinCompiled();
  const texts = loadCorpus(new URL("../../corpus", import.meta.url).pathname).documents.map((d) => d.text);

  it("gives, once cloned and adopted, the same trie and the same tags as one built", () => {
    const built = anchorTrie(compiled);
    const copy = fromSnapshot(snapshotOf(compiled), compiled.codebook);
    expect(adoptTrie(copy, structuredClone(trieData(compiled)))).toBe(true);
    const adopted = anchorTrie(copy);
    expect(adopted).not.toBe(built);
    expect(adopted.table).toEqual(built.table);
    expect(adopted.beginBits).toEqual(built.beginBits);
    expect(adopted.other).toEqual(built.other);
    expect(adopted.wordSets).toEqual(built.wordSets);
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(tagWith(text, copy)).toEqual(tagWith(text, compiled));
  });

  it("is refused for another codebook, which then builds its own", () => {
    const small = compileCodebook(oneStrategy([{ id: "s.fixed", pattern: "we fixed the issue", weight: 0.9 }]));
    expect(adoptTrie(small, trieData(compiled))).toBe(false);
    expect(tagWith("We fixed the issue last week.", small).map((t) => t.cue)).toEqual(["s.fixed"]);
  });

  it("is refused when an index points outside the table", () => {
    const data = trieData(compiled);
    const copy = fromSnapshot(snapshotOf(compiled), compiled.codebook);
    expect(adoptTrie(copy, { ...data, tableAt: Int32Array.from(data.tableAt, (at, k) => (k === 0 ? data.size * 36 : at)) })).toBe(false);
    expect(adoptTrie(copy, { ...data, bitsAt: Int32Array.from(data.bitsAt, (at, k) => (k === 0 ? -1 : at)) })).toBe(false);
  });
});
