// The literal gates skip a context rule on a sentence that holds none of the strings every match of
// the rule contains. They are a speed-up only if they never skip a sentence the rule matches.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinCodebook } from "../../src/codebook/builtin.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { GATED_RULES } from "../../src/tagger/context.js";
import { literalGate, requiredLiterals } from "../../src/tagger/literals.js";
import { splitSentences } from "../../src/tagger/sentences.js";
import { lowerSameLength } from "../../src/tagger/text.js";

const jsonl = (name: string) =>
  readFileSync(new URL(`../fixtures/eval/${name}.jsonl`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string);

describe("the required literals of an expression", () => {
  it("are its words when it is a plain phrase", () => {
    expect(requiredLiterals("\\bsaid\\b")).toEqual(["said"]);
  });

  it("are the union of its alternatives' literals", () => {
    expect(requiredLiterals("(?:said|told)\\s+(?:reporters|journalists)")).toEqual(["journalists", "reporters"]);
    expect(requiredLiterals("said|told")).toEqual(["said", "told"]);
  });

  it("avoid words found in almost every sentence when a rarer one is required", () => {
    expect(requiredLiterals("[Tt]he\\s+[Bb]ank")).toEqual(["bank"]);
    expect(requiredLiterals("\\b(?:our|the)\\s+(?:\\w+\\s+)?(?:plan|approach)\\b")).toEqual(["approach", "plan"]);
  });

  it("leave out optional parts, look-arounds and repeated classes", () => {
    expect(requiredLiterals("(?:very\\s+)?(?<!not\\s)good(?=s)")).toEqual(["good"]);
    expect(requiredLiterals("[a-z]+ed\\s+it")).toEqual(["ed"]);
    expect(requiredLiterals("x*yes")).toEqual(["yes"]);
  });

  it("never hold white space, which cutting out a quotation can create", () => {
    for (const s of requiredLiterals("kept quiet|went\\u0020silent|remained\\s+silent")!) expect(s).not.toMatch(/\s/);
  });

  it("drop a string that contains another", () => {
    expect(requiredLiterals("\\b(?:statement|state)s?\\b")).toEqual(["state"]);
  });

  it("are none when some alternative needs no literal at all", () => {
    expect(requiredLiterals("said|\\w+")).toBeNull();
    expect(requiredLiterals("(?:said)?\\s*")).toBeNull();
  });

  it("reject syntax they cannot read rather than guess", () => {
    expect(() => requiredLiterals("(a)\\1")).toThrow(/back-references/);
    expect(() => requiredLiterals("(?<name>a)")).toThrow(/unsupported group/);
  });
});

describe("a literal gate", () => {
  it("lets through every string its expression matches (random strings over the expression's own letters)", () => {
    const rules = [/\b(?:said|told|tells)\s+(?:[Tt]he\s+)?(?:press|media)\b/, /(?<![a-z])[Ww]e\s+(?:very\s+)?regret(?:ted)?\b|\bsorry\b/i, /\bkept\s+quiet|went\s+silent\b/];
    const alphabet = fc.constantFrom(..."said told tells the The press media we We very regret regretted sorry kept quiet went silent x . , \n".split(" ").map((w) => w || " "));
    for (const rule of rules) {
      const gate = literalGate(rule)!;
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 12 }), (words) => {
          const s = words.join(" ");
          return !rule.test(s) || gate.test(lowerSameLength(s));
        }),
        { numRuns: 3000 },
      );
    }
  });

  for (const [name, [rule, gate]] of Object.entries(GATED_RULES)) {
    it(`for the ${name} context rule lets through every sentence the rule matches, in the codebook's examples, the evaluation texts and the corpus`, () => {
      const texts = ["dev", "train-a", "train-b", "train-c", "train-d", "blind", "heldout"].flatMap(jsonl);
      texts.push(...loadCorpus(new URL("../../corpus", import.meta.url).pathname).documents.map((d) => d.text));
      texts.push(...builtinCodebook.strategies.flatMap((s) => [...s.hits.map((h) => (typeof h === "string" ? h : h.text)), ...s.misses]));
      const pieces = texts.flatMap((t) => [t, ...splitSentences(t).map((s) => t.slice(s.start, s.end))]);
      const matched = pieces.filter((p) => rule.test(p));
      expect(matched.length).toBeGreaterThan(name === "INTERNAL" ? 5 : 500);
      expect(matched.filter((p) => !gate.test(lowerSameLength(p)))).toEqual([]);
      // And the gate is worth having: it turns away most pieces.
      expect(pieces.filter((p) => gate.test(lowerSameLength(p))).length).toBeLessThan(pieces.length * 0.7);
    });
  }
});
