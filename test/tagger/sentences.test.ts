import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/tagger/sentences.js";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on terminal punctuation followed by a space", () => {
    expect(split("We found it. We fixed it! Did we? Yes.")).toEqual(["We found it.", "We fixed it!", "Did we?", "Yes."]);
  });

  it("does not split after abbreviations, initials or inside numbers", () => {
    expect(split("Mr. De Ceukelaire warned Facebook Inc. in 2017. The U.S. regulator agreed.")).toEqual([
      "Mr. De Ceukelaire warned Facebook Inc. in 2017.",
      "The U.S. regulator agreed.",
    ]);
    expect(split("Some 1.3 million profiles leaked.")).toEqual(["Some 1.3 million profiles leaked."]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(split("‘It was old data.’ The firm said so.")).toEqual(["‘It was old data.’", "The firm said so."]);
  });

  it("splits on blank lines, list items and line-final colons", () => {
    expect(split("Key messages:\n- Scraping is common\n- We fixed it\n\nNext part")).toEqual([
      "Key messages:",
      "- Scraping is common",
      "- We fixed it",
      "Next part",
    ]);
  });

  it("splits at a line break before a capital (memo headings and lines), not inside wrapped prose", () => {
    expect(split("Q&A (reactive use only)\nQ: Was this a hack?\nA: No.")).toEqual(["Q&A (reactive use only)", "Q: Was this a hack?", "A: No."]);
    expect(split("we found and\nfixed it.")).toEqual(["we found and\nfixed it."]);
  });

  it("reads No. as an abbreviation only before a number", () => {
    expect(split("A: No. The data was scraped. See No. 5 below.")).toEqual(["A: No.", "The data was scraped.", "See No. 5 below."]);
  });

  it("ends a sentence after a possessive, which is not an initial", () => {
    expect(split("It was not the weather's. We're sorry.")).toEqual(["It was not the weather's.", "We're sorry."]);
  });

  it("cuts a text without punctuation into pieces of bounded length at spaces", () => {
    const text = "word ".repeat(2000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(3);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(2000);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(text.trim());
  });

  it("trims spans and returns none for blank text", () => {
    expect(splitSentences("   \n ")).toEqual([]);
    expect(split("  One.  ")).toEqual(["One."]);
  });
});
