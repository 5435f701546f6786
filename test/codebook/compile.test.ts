// Which words the compiler gives the prefilter to look for. Any word that every match holds would
// be right; a rarer one lets fewer sentences through to the expressions.
import { describe, expect, it } from "vitest";
import { compileCodebook } from "../../src/codebook/compile.js";
import { oneStrategy } from "../helpers/codebook.js";

/** The anchor sets (as sorted word lists) of each cue of a compiled codebook, by cue id. */
function anchorWords(patterns: Record<string, string>) {
  const compiled = compileCodebook(oneStrategy(Object.entries(patterns).map(([id, pattern]) => ({ id: `s.${id}`, pattern, weight: 0.9 }))));
  return Object.fromEntries(compiled.cues.map((c) => [c.id.slice(2), c.sets.map((s) => [...compiled.anchorSets[s].words, ...compiled.anchorSets[s].prefixes].sort())]));
}

describe("the compiler's anchor words", () => {
  it("require every item of a phrase that has a word other than the most common ones", () => {
    const sets = anchorWords({ origin: "(not from | come from | belong to) (our | its) (systems | servers)" });
    // "from" and "to" are too common to look for, and "its" leaves the second item out; "not",
    // "come" and "belong" still make the first item a requirement.
    expect(sets.origin).toContainEqual(["belong", "come", "not"]);
    expect(sets.origin).toContainEqual(["servers", "systems"]);
    expect(sets.origin).toHaveLength(2);
  });

  it("take the word of a phrase that fewer of the codebook's patterns name", () => {
    const patterns: Record<string, string> = { pay: "(the company will pay | free of charge)" };
    // "company" is named by many cues (so statements use it a lot); "pay" only by one.
    for (let i = 0; i < 6; i++) patterns[`other${i}`] = `the company ~word${i}`;
    const sets = anchorWords(patterns);
    expect(sets.pay).toEqual([["charge", "pay"]]);
  });

  it("keep the longer word of a phrase when the codebook names both as often", () => {
    expect(anchorWords({ pay: "(the company will pay | free of charge)" }).pay).toEqual([["charge", "company"]]);
  });
});
