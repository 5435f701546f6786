// User codebook patterns cannot hang the tagger: the pattern language has no regular-expression
// syntax, so classic ReDoS expressions are refused with an error naming the field; and the worst
// patterns the language does allow finish on adversarial inputs. Tagging runs in a worker thread
// (test/helpers/in-worker.ts): a runaway pattern fails its test at vitest's timeout, with the
// input named on stderr, instead of hanging the run. No timing is asserted, only completion.
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadCodebook } from "../../src/codebook/load.js";
import { stopWorkers, tagInWorker } from "../helpers/in-worker.js";

afterEach(async () => {
  await stopWorkers();
});

/** A codebook file's text with one strategy and one cue (replacing the built-in codebook). */
const book = (cue: Record<string, unknown>) => stringify({ mode: "replace", strategies: [{ id: "worst", cues: [{ id: "worst.cue", weight: 0.9, ...cue }] }] });

describe("regular-expression syntax in a user codebook's patterns", () => {
  it.each([
    ["(a+)+$", 'unexpected "+"'],
    ["(a|aa)+", 'unexpected "+"'],
    ["(.*a){20}", '"." is not a word'],
    ["a{1,1000} b", 'unexpected "{"'],
    ["\\d+ users", 'unexpected "\\"'],
    ["[a-z]+ leak", 'unexpected "+"'],
    ["(?=a)b", 'unexpected "?"'],
    ["a|b", 'unexpected "|"'],
  ])("refuses %s with an error naming the file, strategy, cue and field", (pattern, reason) => {
    expect(() => loadCodebook(book({ pattern }), "mine.yaml")).toThrow(`mine.yaml: strategy "worst", field "cue "worst.cue" pattern": ${reason}`);
  });

  it("refuses it in requires and unless too, naming that field", () => {
    expect(() => loadCodebook(book({ pattern: "leak", requires: "(a+)+" }), "mine.yaml")).toThrow('field "cue "worst.cue" requires": unexpected "+"');
    expect(() => loadCodebook(book({ pattern: "leak", unless: "(.*a){20}" }), "mine.yaml")).toThrow('field "cue "worst.cue" unless": "." is not a word');
  });

  it("refuses more than four wildcards, and patterns that start or end with one", () => {
    expect(() => loadCodebook(book({ pattern: "a ** b ** c ** d ** e ** f" }), "mine.yaml")).toThrow("pattern has 5 wildcards (at most 4)");
    expect(() => loadCodebook(book({ pattern: "** leak" }), "mine.yaml")).toThrow("a pattern cannot start with a wildcard");
    expect(() => loadCodebook(book({ pattern: "leak **" }), "mine.yaml")).toThrow("a pattern cannot end with a wildcard");
  });
});

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/**
 * Every adversarial input holds the anchor words of the patterns within one sentence, so that the
 * prefilter lets it through to the expressions. The tagger cuts sentences at 2,000 characters, so
 * the worst case for an expression is a sentence just under that; the 100 KB inputs repeat it.
 */
const one = (filler: string) => `fix ${filler} fix issue leak.`;
const SENTENCE = 1900;
const INPUTS: [string, string][] = [
  ['a sentence of 1,900 characters of "a a a …"', one(repeatTo("a ", SENTENCE))],
  ['100 KB of "fix a a a … issue" (the anchors in every 2,000 characters)', repeatTo(one(repeatTo("a ", SENTENCE)) + " ", 100_000)],
  ['100 KB of "fix a a a a …" (a match may start at every tenth word)', `${repeatTo("fix a a a a a a a a a ", 100_000)} issue leak.`],
  ["a hyphen chain of 1,900 characters", one(repeatTo("a-", SENTENCE))],
  ["a hyphen chain of 200 characters", one(repeatTo("a-", 200))],
  ["20 KB of a hyphen chain", one(repeatTo("a-", 20_000))],
  ["1,900 characters of spaced hyphens", one(repeatTo("- ", SENTENCE) + "a")],
  ["a run of 200 hyphens and dashes", one(repeatTo("-–—", 200) + "a")],
  ["an apostrophe chain of 1,900 characters between letters", one(repeatTo("a'", SENTENCE))],
  ["a run of 60 apostrophes", one(`a${"'".repeat(60)}a`)],
  ["a run of 60 curly quotes", one(`a${"’".repeat(60)}a`)],
];

const ALTERNATION = Array.from({ length: 150 }, (_, i) => `w${i} a`).join("|");
const PATTERNS: [string, string][] = [
  ["four wildcards between words that match the filler", "fix ** a ** a ** a ** a issue"],
  ["four wildcards and a word that never comes", "fix ** ** ** ** zebra"],
  ["optional single words, twelve in a row", "fix [_] [_] [_] [_] [_] [_] [_] [_] [_] [_] [_] [_] issue"],
  ["ambiguous alternatives of the filler", "fix (a|a a|a a a) (a|a a|a a a) (a|a a|a a a) (a|a a|a a a) ** issue"],
  ["a 150-way alternation", `fix (${ALTERNATION}) ** issue`],
  ["prefixes that can eat hyphens and apostrophes", "fix a* ** a* ** a* ** a* issue"],
  ["leading single-word wildcards", "_ _ _ _ _ _ leak"],
  ["a hyphenated word and wildcards", "fix a-a-a ** a-a ** issue"],
];

describe("the worst patterns the language allows, on adversarial inputs", () => {
  for (const [what, pattern] of PATTERNS) {
    it(`compiles ${what} (${pattern.length > 60 ? pattern.slice(0, 60) + "…" : pattern})`, () => {
      expect(loadCodebook(book({ pattern }), "worst.yaml").cues).toHaveLength(1);
    });
    // One worker per pattern tags the inputs in turn; if one does not finish, stderr names it.
    it(`finishes tagging every adversarial input with ${what}`, async () => {
      const outcome = await tagInWorker(
        INPUTS.map(([, text]) => text),
        { text: book({ pattern }), file: "worst.yaml" },
      );
      expect(outcome.error).toBeUndefined();
      expect(outcome.result).toEqual(INPUTS.map(() => expect.any(Number)));
    });
  }

  it("tags what the worst patterns are written for (so that the inputs above reach the expressions)", async () => {
    const outcome = await tagInWorker(["We fix a b a c a d a issue.", "We fix a a issue."], { text: book({ pattern: "fix ** a ** a ** a ** a issue" }), file: "worst.yaml" });
    expect(outcome.result).toEqual([1, 0]);
  });
});
