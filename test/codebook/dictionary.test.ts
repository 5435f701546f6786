import { describe, expect, it } from "vitest";
import { CodebookError, parseCodebookText } from "../../src/codebook/load.js";
import { dictionaryCodebook, isQuantedaDictionary, loadDictionary, parseLiwc, quantedaDictionary } from "../../src/codebook/dictionary.js";
import { tag } from "../../src/tagger/tag.js";

const LIWC = [
  "%",
  "1\tposemo",
  "2\tnegemo",
  "03\tsocial\t(Social processes)",
  "%",
  "happ*\t1",
  "kind of\t3",
  "abandon*\t2",
  "like\t(02 134)125/464\t1",
  "talk\t3\t1",
  ":)\t1",
  "grateful 1",
  "",
].join("\n");

const QUANTEDA = `
economy:
  - econom*
  - jobs
christmas:
  Santa:
    - Santa
    - Father Christmas
  Religion: [Christ*, "*mas"]
`;

const found = (text: string, codebook: ReturnType<typeof loadDictionary>) =>
  tag(text, { codebook: codebook!.codebook }).map((t) => `${t.strategy}:${t.text}`);

describe("LIWC dictionaries", () => {
  it("reads the categories between the % lines and each entry's categories, with or without tabs", () => {
    const dict = parseLiwc(LIWC, "test.dic");
    expect(dict.categories).toEqual([
      { name: "posemo", entries: ["happ*", "like", "talk", ":)", "grateful"] },
      { name: "negemo", entries: ["abandon*"] },
      { name: "social", entries: ["kind of", "talk"] },
    ]);
    expect(dict.warnings).toEqual(['test.dic:9: entry "like": conditional category (02 134)125/464 skipped (framewatch cannot express it)']);
  });

  it("becomes a codebook whose globs match word beginnings and whose multi-word entries match as phrases", () => {
    const book = loadDictionary(LIWC, "test.dic");
    expect(book!.codebook.codebook.strategies.map((s) => s.id)).toEqual(["posemo", "negemo", "social"]);
    expect(found("We were happier than ever, kind of. They abandoned us.", book)).toEqual(["posemo:happier", "social:kind of", "negemo:abandoned"]);
    // "kind" alone is not the phrase, and a prefix does not match inside a word.
    expect(found("A kind person, unhappy.", book)).toEqual([]);
  });

  it("counts words as they stand: a negation does not cancel a dictionary entry", () => {
    expect(found("We are not happy.", loadDictionary(LIWC, "test.dic"))).toEqual(["posemo:happy"]);
  });

  it("skips entries that are not words, with a warning naming the category and entry", () => {
    const { codebook, warnings } = dictionaryCodebook(parseLiwc(LIWC, "test.dic"));
    expect(warnings).toContain('test.dic: category "posemo", entry ":)" skipped: not a word (framewatch patterns match words)');
    expect(codebook.strategies[0].cues.map((c) => [c.id, c.pattern, c.negatable])).toEqual([
      ["posemo.happ-any", "happ*", false],
      ["posemo.like", "like", false],
      ["posemo.talk", "talk", false],
      ["posemo.grateful", "grateful", false],
    ]);
  });

  it("refuses a file without a header and an entry of an unknown category, naming file and line", () => {
    expect(() => parseLiwc("happy\t1\n", "a.dic")).toThrow(CodebookError);
    expect(() => parseLiwc("happy\t1\n", "a.dic")).toThrow(/^a\.dic:1: field "\(header\)": expected a LIWC dictionary/);
    expect(() => parseLiwc("%\n1\tposemo\n%\nhappy\t7\n", "a.dic")).toThrow('a.dic:4: field "entry": "happy" has an unknown category 7 (not in the header)');
  });
});

describe("quanteda dictionaries", () => {
  it("flattens nested categories as parent.child and keeps the name as the strategy's label", () => {
    const dict = quantedaDictionary(parseCodebookText(QUANTEDA, "d.yml"), "d.yml");
    expect(dict.categories.map((c) => c.name)).toEqual(["economy", "christmas.Santa", "christmas.Religion"]);
    const { codebook, warnings } = dictionaryCodebook(dict);
    expect(codebook.strategies.map((s) => [s.id, s.label])).toEqual([
      ["economy", "economy"],
      ["christmas-santa", "christmas.Santa"],
      ["christmas-religion", "christmas.Religion"],
    ]);
    expect(warnings).toEqual(['d.yml: category "christmas.Religion", entry "*mas" skipped: a * is supported only at the end of a word']);
  });

  it("tags with the dictionary's categories", () => {
    expect(found("The economy needs jobs. Father Christmas came.", loadDictionary(QUANTEDA, "d.yml"))).toEqual([
      "economy:economy",
      "economy:jobs",
      "christmas-santa:Father Christmas",
      "christmas-religion:Christmas",
    ]);
  });

  it("is told apart from a framewatch codebook, which lists strategies", () => {
    expect(isQuantedaDictionary(parseCodebookText(QUANTEDA, "d.yml"))).toBe(true);
    const codebook = "strategies:\n  - id: x\n    cues:\n      - pattern: y\n";
    expect(isQuantedaDictionary(parseCodebookText(codebook, "c.yml"))).toBe(false);
    expect(loadDictionary(codebook, "c.yml")).toBeNull();
    expect(() => quantedaDictionary({ economy: 3 }, "d.yml")).toThrow('d.yml: field "economy": expected a list of entries or a mapping of sub-categories, got number');
  });
});
