// Worker threads do not compile the codebook: they rebuild it from the main thread's snapshot,
// which must survive structured cloning and tag exactly as the compiled original.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinCodebook, builtinCompiled } from "../../src/codebook/builtin.js";
import { fromSnapshot, snapshotOf } from "../../src/codebook/compiled.js";
import { compileCodebook } from "../../src/codebook/compile.js";
import { tagWith } from "../../src/tagger/pipeline.js";
import { oneStrategy } from "../helpers/codebook.js";

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
    expect(rebuilt.cues[0].sticky).toBeUndefined();
    expect(rebuilt.cues.map((c) => c.regex.source)).toEqual(own.cues.map((c) => c.regex.source));
    expect(rebuilt.cues[1].unless?.regex.source).toBe(own.cues[1].unless?.regex.source);
    const text = "Meta declined to comment. We fixed the issue. We have not yet fixed the issue.";
    expect(tagWith(text, rebuilt).map((t) => t.cue)).toEqual(["s.lead", "s.cond"]);
    expect(tagWith(text, rebuilt)).toEqual(tagWith(text, own));
  });
});
