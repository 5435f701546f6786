// The matcher tries each cue's sticky expression only where the prefilter saw a token that a match
// can begin with. That is a speed-up only if it finds exactly what a scan of the whole sentence
// finds: these tests compare the two on the codebook's own examples, the training texts, the
// corpus, random sentences built from the codebook's words, and the word shapes that make the
// begin tokens tricky (hyphens that vanish, apostrophes, prefixes, leading optional groups).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinCodebook, builtinCompiled } from "../../src/codebook/builtin.js";
import { oneStrategy } from "../helpers/codebook.js";
import { compileCodebook, type CompiledCodebook } from "../../src/codebook/compile.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { matchSentence, type Match } from "../../src/tagger/match.js";
import { prefilter } from "../../src/tagger/prefilter.js";
import { splitSentences } from "../../src/tagger/sentences.js";
import { lowerSameLength } from "../../src/tagger/text.js";

const show = (ms: Match[]) => ms.map((m) => `${m.cue.id}@${m.start}-${m.end}`).sort();

/** Sentences where the sticky matcher and a scan disagree (with both results), for one text. */
function disagreements(text: string, compiled: CompiledCodebook) {
  const sentences = splitSentences(text);
  const out: { sentence: string; sticky: string[]; scan: string[] }[] = [];
  for (const candidate of prefilter(text, sentences, compiled)) {
    const span = sentences[candidate.sentence];
    const lower = lowerSameLength(text.slice(span.start, span.end));
    const sticky = show(matchSentence(lower, span.start, candidate.cues, compiled, candidate));
    const scan = show(matchSentence(lower, span.start, candidate.cues, compiled));
    if (sticky.join() !== scan.join()) out.push({ sentence: text.slice(span.start, span.end), sticky, scan });
  }
  return out;
}

const jsonl = (name: string) =>
  readFileSync(new URL(`../fixtures/eval/${name}.jsonl`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string);

const book = (patterns: string[]) =>
  oneStrategy(
    patterns.map((pattern, i) => ({ id: `s.c${i}`, pattern, weight: 0.9 })),
    { peers: "~company | third-party ~vendor | ~platform" },
  );

describe("the matcher", () => {
  const compiled = builtinCompiled();

  it("finds at the prefilter's begin tokens exactly what a scan finds, on every hit and miss example of the codebook", () => {
    const texts = builtinCodebook.strategies.flatMap((s) => [...s.hits.map((h) => (typeof h === "string" ? h : h.text)), ...s.misses]);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.flatMap((t) => disagreements(t, compiled))).toEqual([]);
  });

  it("finds the same on the training and development texts and on the corpus", () => {
    const texts = ["dev", "train-a", "train-b", "train-c", "train-d"].flatMap(jsonl);
    const corpus = loadCorpus(new URL("../../corpus", import.meta.url).pathname);
    texts.push(...corpus.documents.map((d) => d.text));
    expect(texts.length).toBeGreaterThan(1300);
    expect(texts.flatMap((t) => disagreements(t, compiled))).toEqual([]);
  });

  it("finds the same on random sentences made of the codebook's words and odd separators (2,000 cases)", () => {
    const words = [...new Set(builtinCodebook.strategies.flatMap((s) => s.hits.map((h) => (typeof h === "string" ? h : h.text))).join(" ").split(/\s+/))];
    const separator = fc.constantFrom(" ", " ", " ", ", ", "-", "—", "'", "’", " “", "” ", "  ", "\n", " (", ") ", "/", "", ". ");
    const sentence = fc.array(fc.tuple(fc.constantFrom(...words), separator), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(sentence, (text) => disagreements(text, compiled).length === 0 && disagreements(text.toUpperCase(), compiled).length === 0),
      { numRuns: 2000, seed: 2021 },
    );
  });

  it("finds matches that begin with a hyphenated word written as one word, a contraction, a prefix, or an optional word", () => {
    const own = compileCodebook(
      book([
        "third-party ~vendor",
        "we've ~fix",
        "third-part* ~breach",
        "[a|the] @peers ~face",
        "e-mail ~address",
        "(compan*|firm) ~say",
        "_ declined to comment",
      ]),
    );
    const text =
      "A thirdparty vendor, then a third party vendors. We’ve fixed it; weve fixed it. Thirdparty breach! The company faces it and a thirdparty vendor faces it. Email addresses. Companies said, firm says. Meta declined to comment.";
    expect(disagreements(text, own)).toEqual([]);
    const sentences = splitSentences(text);
    const found = prefilter(text, sentences, own).flatMap((c) => {
      const span = sentences[c.sentence];
      return matchSentence(lowerSameLength(text.slice(span.start, span.end)), span.start, c.cues, own, c).map((m) => text.slice(m.start, m.end));
    });
    expect(found).toEqual([
      "thirdparty vendor",
      "third party vendors",
      "We’ve fixed",
      "Thirdparty breach",
      // one sentence, two cues: in codebook order
      "thirdparty vendor",
      "The company faces",
      "a thirdparty vendor faces",
      "Email addresses",
      "Companies said",
      "firm says",
      "Meta declined to comment",
    ]);
  });

  it("tests a sentence condition at its begin tokens as a scan would (requires and unless)", () => {
    const own = compileCodebook(
      oneStrategy([
        { id: "s.req", pattern: "~fix the ~issue", weight: 0.9, requires: "third-party ~vendor" },
        { id: "s.unl", pattern: "~fix the ~issue", weight: 0.9, unless: "(not yet|thirdparty)" },
      ]),
    );
    const ids = (text: string) => {
      const sentences = splitSentences(text);
      return prefilter(text, sentences, own).flatMap((c) => {
        const span = sentences[c.sentence];
        return matchSentence(lowerSameLength(text.slice(span.start, span.end)), span.start, c.cues, own, c).map((m) => m.cue.id);
      });
    };
    expect(ids("The thirdparty vendor fixed the issue.")).toEqual(["s.req"]);
    expect(ids("We fixed the issue.")).toEqual(["s.unl"]);
    expect(ids("We have not yet fixed the issue.")).toEqual([]);
    for (const t of ["The thirdparty vendor fixed the issue.", "We fixed the issue.", "We have not yet fixed the issue."]) expect(disagreements(t, own)).toEqual([]);
  });
});
