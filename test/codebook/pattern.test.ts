import { describe, expect, it } from "vitest";
import { compileCodebook } from "../../src/codebook/compile.js";
import { parsePattern, PatternError } from "../../src/codebook/pattern.js";
import type { Codebook } from "../../src/codebook/types.js";
import { lowerSameLength, markGaps } from "../../src/tagger/text.js";

const book = (pattern: string, extra: Partial<Codebook> = {}): Codebook => ({
  version: "t",
  lexicon: { peers: "~company | ~platform" },
  strategies: [
    { id: "s", label: "S", family: "other", theory: "", definition: "", questions: [], hits: [], misses: [], cues: [{ id: "s.c", pattern, weight: 0.9 }] },
  ],
  ...extra,
});
/** What a cue matches in a text; cues run on the lower-cased text with its quotes marked, offsets map back to the original. */
const matches = (pattern: string, text: string) => {
  const cue = compileCodebook(book(pattern)).cues[0];
  cue.regex.lastIndex = 0;
  return [...markGaps(lowerSameLength(text), false).matchAll(cue.regex)].map((m) => text.slice(m.index, m.index + m[0].length));
};

describe("the pattern language", () => {
  it("matches literal words case-insensitively at word boundaries", () => {
    expect(matches("sector problem", "A Sector  Problem here")).toEqual(["Sector  Problem"]);
    expect(matches("sector problem", "subsector problems")).toEqual([]);
  });

  it("expands ~words to their inflections at compile time", () => {
    expect(matches("~fix the issue", "we fixed the issue; fixing the issue")).toEqual(["fixed the issue", "fixing the issue"]);
    expect(matches("~problem", "problems")).toEqual(["problems"]);
  });

  it("matches prefixes with word*", () => {
    expect(matches("normali*", "to normalise and normalization")).toEqual(["normalise", "normalization"]);
  });

  it("treats [optional] groups as optional and (a|b) as alternatives", () => {
    expect(matches("frame (this|it) as [a] sector problem", "frame it as sector problem / frame this as a sector problem")).toEqual([
      "frame it as sector problem",
      "frame this as a sector problem",
    ]);
  });

  it("starts a match at its first present word when the pattern opens with an optional group", () => {
    expect(matches("[a] broad industry issue", "as broad industry issue")).toEqual(["broad industry issue"]);
  });

  it("bounds wildcards: * is up to three words, ** up to six, _ exactly one", () => {
    expect(matches("frame * as", "frame this whole mess as")).toEqual(["frame this whole mess as"]);
    expect(matches("frame * as", "frame one two three four as")).toEqual([]);
    expect(matches("frame ** as", "frame one two three four as")).toEqual(["frame one two three four as"]);
    expect(matches("_ declined to comment", "Facebook declined to comment")).toEqual(["Facebook declined to comment"]);
  });

  it("reads a run of [_] as up to that many words, compiled as one bounded repetition", () => {
    const between = ["", " a", " you a", " each affected customer", " every affected customer a"];
    expect(between.map((w) => matches("~offer [_] [_] [_] voucher", `We will offer${w} voucher.`).length)).toEqual([1, 1, 1, 1, 0]);
    expect(matches("~offer [_] [_] voucher", "they offered customers' families a voucher")).toEqual([]);
    expect(matches("~offer [_] [_] [_] voucher", "they offered customers' families a voucher")).toEqual(["offered customers' families a voucher"]);
    // One repetition {0,3} rather than three optional groups, which a failed match would try in 2^3 ways.
    const source = compileCodebook(book("~offer [_] [_] [_] voucher")).cues[0].stickySource!;
    expect(source).toContain("){0,3}");
    expect(source.split("[$£€]?").length - 1).toBe(1);
  });

  it("lets hyphenated words match with a space, a hyphen or nothing", () => {
    expect(matches("industry-wide", "industry-wide, industry wide, industrywide")).toEqual(["industry-wide", "industry wide", "industrywide"]);
  });

  it("allows quotes and commas between words", () => {
    expect(matches("as a sector problem", "as a ‘sector problem’")).toEqual(["as a ‘sector problem"]);
    expect(matches("a sector problem", "a 'sector' problem")).toEqual(["a 'sector' problem"]);
  });

  it("reads an apostrophe between two letters as part of the word, and matches a pattern's apostrophe with any", () => {
    expect(matches("don t", "don’t")).toEqual([]);
    expect(matches("don't say", "don’t say; don't say; don‘t say")).toEqual(["don’t say", "don't say"]);
    expect(matches("users' data", "users’ data")).toEqual(["users’ data"]);
    expect(matches("~agency said", "the agency’s spokesperson said; the agency’s said")).toEqual(["agency’s said"]);
  });

  it("expands @lexicon names", () => {
    expect(matches("every @peers", "every platform and every companies")).toEqual(["every platform", "every companies"]);
  });

  it("rejects broken patterns with the position", () => {
    expect(() => parsePattern("frame (this|it as")).toThrow(PatternError);
    expect(() => parsePattern("frame (this|it as")).toThrow(/missing "\)"/);
    expect(() => parsePattern("* frame")).toThrow(/cannot start with a wildcard/);
    expect(() => parsePattern("a ] b")).toThrow(/unexpected "\]" at position 2/);
    expect(() => parsePattern("")).toThrow(/empty pattern/);
  });

  it("counts wildcards along one path and refuses more than four", () => {
    expect(() => parsePattern("a ** b ** c ** d ** e ** f")).toThrow(/5 wildcards \(at most 4\)/);
    expect(() => parsePattern("(a * b * c | d * e * f) * g")).not.toThrow();
  });

  it("splits words one way only, so wildcards over long hyphen and apostrophe chains stay cheap", () => {
    const chain = Array.from({ length: 4000 }, (_, i) => (i % 2 ? "x'y" : "a-b")).join("-");
    expect(matches("start ** ** ** ** end", chain + " nope")).toEqual([]);
    expect(matches("agency ** seriously", "the agency's records are taken seriously")).toEqual(["agency's records are taken seriously"]);
  });

  it("refuses a pattern with no required word for the prefilter to anchor on", () => {
    expect(() => compileCodebook(book("[maybe] _"))).toThrow(/no required word/);
  });

  it("names the strategy, cue and field of an unknown lexicon entry", () => {
    expect(() => compileCodebook(book("every @nothing"))).toThrow(/strategy "s", cue "s.c", field "pattern": unknown lexicon entry "@nothing"/);
  });
});
