// The prefilter lets a cue through to its expression only where the sentence holds a word of each
// of the cue's anchor sets. That is a speed-up only if no sentence a cue matches is held back:
// these tests scan every sentence with every cue and check that each match was let through.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinCodebook, builtinCompiled } from "../../src/codebook/builtin.js";
import type { CompiledCodebook } from "../../src/codebook/compile.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { matchSentence } from "../../src/tagger/match.js";
import { MAX_RUNNING, prefilter, setRunningOffset } from "../../src/tagger/prefilter.js";
import { splitSentences } from "../../src/tagger/sentences.js";
import { lowerSameLength } from "../../src/tagger/text.js";

/** The cues that match a sentence of the text but that the prefilter held back there, as "cue in: sentence". */
function heldBack(text: string, compiled: CompiledCodebook, all: number[]): string[] {
  const sentences = splitSentences(text);
  const passed = new Map(prefilter(text, sentences, compiled).map((c) => [c.sentence, new Set(c.cues)]));
  const out: string[] = [];
  sentences.forEach((span, s) => {
    const lower = lowerSameLength(text.slice(span.start, span.end));
    for (const m of matchSentence(lower, span.start, all, compiled)) {
      if (!passed.get(s)?.has(m.cue.index)) out.push(`${m.cue.id} in: ${text.slice(span.start, span.end)}`);
    }
  });
  return [...new Set(out)];
}

describe("the prefilter", () => {
  const compiled = builtinCompiled();
  const all = compiled.cues.map((c) => c.index);

  it("lets through every cue that matches a sentence, on every hit and miss example of the codebook", () => {
    const texts = builtinCodebook.strategies.flatMap((s) => [...s.hits.map((h) => (typeof h === "string" ? h : h.text)), ...s.misses]);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.flatMap((t) => heldBack(t, compiled, all))).toEqual([]);
  });

  it("lets through every cue that matches a sentence of the development texts and of the corpus", () => {
    const texts = readFileSync(new URL("../fixtures/eval/dev.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text as string);
    texts.push(...loadCorpus(new URL("../../corpus", import.meta.url).pathname).documents.map((d) => d.text));
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.flatMap((t) => heldBack(t, compiled, all))).toEqual([]);
  });

  it("holds back most cues of a sentence (the test above is not met by letting everything through)", () => {
    const text = "We found and fixed the issue in August 2019, and the data is old.";
    const [candidate] = prefilter(text, splitSentences(text), compiled);
    expect(candidate.cues.length).toBeGreaterThan(0);
    expect(candidate.cues.length).toBeLessThan(compiled.cues.length / 20);
  });

  it("gives a text the same candidates whatever texts came before it", () => {
    const texts = builtinCodebook.strategies.flatMap((s) => s.hits.map((h) => (typeof h === "string" ? h : h.text))).slice(0, 300);
    const run = (order: string[]) => new Map(order.map((t) => [t, JSON.stringify(prefilter(t, splitSentences(t), compiled))]));
    const forward = run(texts);
    const backward = run([...texts].reverse());
    expect(texts.filter((t) => forward.get(t) !== backward.get(t))).toEqual([]);
    expect([...forward.values()].filter((c) => c !== "[]").length).toBeGreaterThan(250);
  });

  it("starts its running offsets again near 2^30 and still finds every set", () => {
    const text = "We found and fixed the issue in August 2019. The data is several years old and was scraped.";
    const expected = JSON.stringify(prefilter(text, splitSentences(text), compiled));
    for (const base of [MAX_RUNNING - text.length - 1, MAX_RUNNING - 10, MAX_RUNNING - 1]) {
      setRunningOffset(compiled, base);
      expect(JSON.stringify(prefilter(text, splitSentences(text), compiled))).toBe(expected);
      expect(JSON.stringify(prefilter(text, splitSentences(text), compiled))).toBe(expected);
    }
  });
});
