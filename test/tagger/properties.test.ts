// Properties of the tagger on random and adversarial text (test/helpers/tag-properties.ts): it never
// throws, every offset is inside the text on a code-point boundary, text.slice(start, end) ===
// tag.text, the output is the same for the same input (also after other inputs), tags of one
// strategy never overlap, and a typeset text folded to Latin-1 is tagged as unfolded. 12,000 cases here; `npm run fuzz` runs the same properties far longer.
// Each property runs in a worker thread: an input that makes the tagger run away fails the test at
// vitest's timeout (the input is printed on stderr) instead of hanging the whole run.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { lacedSentence } from "../helpers/adversarial-text.js";
import { propertyInWorker, stopWorkers, tagInWorker } from "../helpers/in-worker.js";

afterEach(async () => {
  await stopWorkers();
});

const TIMEOUT = 60_000;

describe("the tagger on random and adversarial text", () => {
  it("keeps its invariants on any Unicode string, lone surrogates, emoji and long runs of spaces or punctuation included (3,000 cases)", { timeout: TIMEOUT }, async () => {
    expect(await propertyInWorker("any-unicode", 3000)).toEqual({ done: true, runs: 3000 });
  });

  it("keeps its invariants on framing sentences laced with emoji, surrogates, combining marks, RTL and zero-width characters (3,000 cases)", { timeout: TIMEOUT }, async () => {
    expect(await propertyInWorker("laced-sentences", 3000)).toEqual({ done: true, runs: 3000 });
  });

  it("keeps its invariants on re-cased framing sentences and ones broken by CRLF, lone CR and odd spaces (1,000 cases)", { timeout: TIMEOUT }, async () => {
    expect(await propertyInWorker("reshaped-sentences", 1000)).toEqual({ done: true, runs: 1000 });
  });

  it("keeps its invariants on documents mixing all of these, with any options (3,000 cases)", { timeout: TIMEOUT }, async () => {
    expect(await propertyInWorker("mixed-documents", 3000)).toEqual({ done: true, runs: 3000 });
  });

  it("tags a typeset text that it reads as a Latin-1 copy as it tags the same text unfolded (2,000 cases)", { timeout: TIMEOUT }, async () => {
    expect(await propertyInWorker("typeset-folded", 2000)).toEqual({ done: true, runs: 2000 });
  });

  it("keeps its invariants on a document of more than 1 MB of framing sentences with mixed line ends", { timeout: TIMEOUT }, async () => {
    expect(await propertyInWorker("big-document", 1)).toEqual({ done: true, runs: 1 });
  });

  it("is fed texts that it tags (the properties above are not checked on empty outputs only)", { timeout: TIMEOUT }, async () => {
    const { result } = await tagInWorker(fc.sample(lacedSentence, { numRuns: 200, seed: 1 }));
    expect((result as number[]).filter((n) => n > 0).length).toBeGreaterThan(100);
  });
});
