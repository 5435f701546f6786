// Worker threads do not compile the codebook: they rebuild it from the main thread's snapshot,
// which must survive structured cloning and tag exactly as the compiled original.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinCodebook, builtinCompiled } from "../../src/codebook/builtin.js";
import { fromSnapshot, snapshotOf, stickyOf } from "../../src/codebook/compiled.js";
import { compileCodebook } from "../../src/codebook/compile.js";
import { tagWith } from "../../src/tagger/pipeline.js";
import { oneStrategy } from "../helpers/codebook.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { matchSentence, type Match } from "../../src/tagger/match.js";
import { prefilter } from "../../src/tagger/prefilter.js";
import { splitSentences } from "../../src/tagger/sentences.js";
import { lowerSameLength } from "../../src/tagger/text.js";

const texts = [
  ...readFileSync(new URL("../fixtures/eval/dev.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string),
  ...builtinCodebook.strategies.flatMap((s) => s.hits.map((h) => (typeof h === "string" ? h : h.text))),
];

describe("a compiled codebook's snapshot", () => {
  it("survives structured cloning and tags the development texts and the codebook's examples exactly as the original", () => {
    const original = builtinCompiled();
    const rebuilt = fromSnapshot(structuredClone(snapshotOf(original)), structuredClone(builtinCodebook));
    expect(texts.length).toBeGreaterThan(500);
    const tagged = texts.map((t) => tagWith(t, original));
    expect(tagged.filter((tags) => tags.length > 0).length).toBeGreaterThan(400);
    expect(texts.map((t) => tagWith(t, rebuilt))).toEqual(tagged);
  });

  it("keeps the scanning expressions, the conditions and the cues without a sticky expression", () => {
    const own = compileCodebook(
      oneStrategy([
        { id: "s.lead", pattern: "_ declined to comment", weight: 0.9 },
        { id: "s.cond", pattern: "~fix the ~issue", weight: 0.8, unless: "not yet" },
      ]),
    );
    const rebuilt = fromSnapshot(structuredClone(snapshotOf(own)), own.codebook);
    expect(stickyOf(rebuilt.cues[0])).toBeUndefined();
    expect(rebuilt.cues[0].regex.source).toBe(own.cues[0].regex.source);
    // A rebuilt codebook builds a sticky expression on first use only.
    expect(rebuilt.cues[1].sticky).toBeUndefined();
    expect(stickyOf(rebuilt.cues[1])?.source).toBe(own.cues[1].sticky?.source);
    expect(stickyOf(rebuilt.cues[1].unless!)?.source).toBe(own.cues[1].unless?.sticky?.source);
    const text = "Meta declined to comment. We fixed the issue. We have not yet fixed the issue.";
    expect(tagWith(text, rebuilt).map((t) => t.cue)).toEqual(["s.lead", "s.cond"]);
    expect(tagWith(text, rebuilt)).toEqual(tagWith(text, own));
  });

  it("carries only the sticky spelling of a cue that has one, and its scanning expression, rebuilt from that, finds what the compiler's finds", () => {
    const original = builtinCompiled();
    const snapshot = snapshotOf(original);
    expect(snapshot.cues.filter((c) => c.sticky !== undefined && c.source !== undefined)).toEqual([]);
    const rebuilt = fromSnapshot(structuredClone(snapshot), builtinCodebook);
    const tricky = [
      "Our third-party vendor, our thirdparty vendor and our third party vendor's systems were not breached.",
      "It's the company's 'scraped' data — from 2019 — and it is not new; the agency's \"old\" leak.",
      "$5 vouchers for 10% of users; a problem that's industry-wide, not ours. (We've fixed it.)",
      "We’re sorry: the bug’s fixed, isn’t it? We can’t comment further.",
    ];
    const corpus = loadCorpus(new URL("../../corpus", import.meta.url).pathname).documents.map((d) => d.text);
    let compared = 0;
    for (const text of [...texts, ...corpus, ...tricky]) {
      const sentences = splitSentences(text);
      for (const candidate of prefilter(text, sentences, original)) {
        const span = sentences[candidate.sentence];
        const lower = lowerSameLength(text.slice(span.start, span.end));
        const show = (ms: Match[]) => ms.map((m) => `${m.cue.id}@${m.start}-${m.end}`);
        // Without a prefilter result, the matcher scans with each cue's `regex`.
        expect(show(matchSentence(lower, span.start, candidate.cues, rebuilt))).toEqual(show(matchSentence(lower, span.start, candidate.cues, original)));
        compared += candidate.cues.length;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
