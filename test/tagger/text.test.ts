// The tagger reads a text whose only wide characters are common signs (curly quotes, dashes, an
// ellipsis, a bullet, the euro sign) and spaces as a Latin-1 copy (foldWide), with its expressions
// spelled for that copy (foldedSource). That is a speed-up only if nothing else changes: a folded
// text must get exactly the tags the text itself gets. A plain text (Latin-1, no C1 control) is its
// own folded copy and is read with the same spelling (workingCopy), so each expression is compiled
// once for both.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinCodebook, builtinCompiled } from "../../src/codebook/builtin.js";
import { compileCodebook } from "../../src/codebook/compile.js";
import { foldedRegexOf, foldedStickyOf } from "../../src/codebook/compiled.js";
import { oneStrategy } from "../helpers/codebook.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { tagWith } from "../../src/tagger/pipeline.js";
import { foldedSource, foldWide, markGaps, STAND_INS, workingCopy } from "../../src/tagger/text.js";

const isLatin1 = (s: string) => [...s].every((c) => c.charCodeAt(0) <= 0xff);

describe("folding a text's wide signs", () => {
  it("gives a Latin-1 text of the same length, with a stand-in for each sign and a no-break space for each wide space", () => {
    const text = "We’re sorry — it’s “fine” – ‘really’… • €5\u2009a\u3000b\ufeffc";
    const folded = foldWide(text);
    expect(folded).not.toBe(text);
    expect(folded.length).toBe(text.length);
    expect(isLatin1(folded)).toBe(true);
    for (const [sign, code] of STAND_INS) expect(folded[text.indexOf(sign)]).toBe(String.fromCharCode(code));
    expect(folded[text.indexOf("\u2009")]).toBe("\u00a0");
    // Everything else is left as it was.
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 0xff) expect(folded[i]).toBe(text[i]);
  });

  it("folds exactly the wide characters that \\s matches (but the line and paragraph separators) to a no-break space", () => {
    const signs = new Set(STAND_INS.map(([sign]) => sign));
    for (let c = 0x100; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (signs.has(ch) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const space = /\s/.test(ch) && c !== 0x2028 && c !== 0x2029;
      expect(foldWide(`a${ch}’`), `U+${c.toString(16)}`).toBe(space ? "a\u00a0\u0092" : `a${ch}’`);
    }
  });

  it("leaves alone a text with nothing to fold, or with a wide character that has no stand-in, or with a C1 control", () => {
    for (const text of ["plain ASCII and Latin-1: café, naïve", "curly ’ and an emoji 🙂", "curly ’ and Łódź", "curly ’ and ™", "curly ’ and a line separator\u2028", "curly ’ and a raw \u0092"]) {
      expect(foldWide(text)).toBe(text);
    }
  });

  it("reads a Latin-1 text without C1 controls as its own folded copy, folds a typeset one, and reads any other as it is", () => {
    for (const text of ["plain ASCII", "Latin-1: café, naïve", ""]) expect(workingCopy(text)).toEqual({ work: text, folded: true });
    const typeset = "We’re sorry — it’s fine";
    expect(workingCopy(typeset)).toEqual({ work: foldWide(typeset), folded: true });
    for (const text of ["an emoji 🙂", "curly ’ and Łódź", "a raw \u0092 C1 control", "a raw \u0085 and no wide sign"]) {
      expect(workingCopy(text)).toEqual({ work: text, folded: false });
    }
  });

  it("marks each single quote for the codebook's expressions: part of a word between two letters, else a gap", () => {
    expect(markGaps("don’t say ‘no’, users’ data, o'clock, rock ‘n’ roll", false)).toBe("don't say \x02no\x01, users\x01 data, o'clock, rock \x02n\x01 roll");
    // A left quote between two letters is neither a gap nor part of a word, as before.
    expect(markGaps("don‘t", false)).toBe("don‘t");
    // In a folded text the quotes are stand-ins; in a text read as written those codes are controls.
    expect(markGaps("don\x92t \x91no\x92", true)).toBe("don't \x02no\x01");
    expect(markGaps("don\x92t \x91no\x92", false)).toBe("don\x92t \x91no\x92");
    // The text's own marks become a third code, which no expression reads as a gap.
    expect(markGaps("a\x01b\x02c", true)).toBe("a\x03b\x03c");
    const plain = "nothing to mark here";
    expect(markGaps(plain, true)).toBe(plain);
  });

  it("spells an expression for folded texts: signs in and out of classes, written out or escaped", () => {
    expect(foldedSource("it[’']s|“x”|\\u2014")).toBe("it[\\u0092']s|\\u0093x\\u0094|\\u0097");
    expect(foldedSource("[\\s,\"“”«»()\\[\\]:\\-–—/]")).toBe("[\\s,\"\\u0093\\u0094«»()\\[\\]:\\-\\u0096\\u0097/]");
    expect(foldedSource("no signs: [a-z]+\\.")).toBe("no signs: [a-z]+\\.");
  });

  it("refuses what it cannot spell exactly: a sign that may end a range, a wide space or a C1 control written out", () => {
    expect(() => foldedSource("[–-z]")).toThrow(/a range may end at a sign \("–-z"\)/);
    expect(() => foldedSource("[a-–]")).toThrow(/a range may end at a sign \("a-–"\)/);
    expect(foldedSource("[\\-–]|[(–-]")).toBe("[\\-\\u0096]|[(\\u0096-]");
    expect(() => foldedSource("a\u2009b")).toThrow(/U\+2009 written out/);
    expect(() => foldedSource("a\\u0092b")).toThrow(/U\+0092 written out/);
  });
});

describe("a folded text", () => {
  const compiled = builtinCompiled();
  const corpus = loadCorpus(new URL("../../corpus", import.meta.url).pathname).documents.map((d) => d.text);
  const examples = builtinCodebook.strategies.flatMap((s) => [...s.hits.map((h) => (typeof h === "string" ? h : h.text)), ...s.misses]);
  const dev = readFileSync(new URL("../fixtures/eval/dev.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text as string);

  /** The text with its ASCII quotes, dashes, ellipses and some spaces made wide, as in typeset statements. */
  function typeset(text: string, seed: number): string {
    let n = seed;
    const pick = <T>(xs: T[]) => xs[(n = (n * 1103515245 + 12345) >>> 0) % xs.length];
    return text
      .replace(/'/g, () => pick(["’", "’", "‘", "'"]))
      .replace(/"/g, () => pick(["“", "”", '"']))
      .replace(/ - | -- /g, () => pick([" — ", " – ", " - "]))
      .replace(/\.\.\./g, "…")
      .replace(/ /g, () => pick([" ", " ", " ", " ", " ", " ", " ", " ", " ", "\u2009", "\u00a0"]))
      .replace(/\. (?=[A-Z])/g, () => pick([". ", ". ", ".\n• ", "… "]));
  }

  it("gets the tags the text gets when it is read as written, plain or typeset (an emoji at the end keeps it from folding)", () => {
    const texts = [...corpus, ...examples, ...dev].flatMap((t, i) => [t, typeset(t, i), typeset(t, i + 7)]);
    let folded = 0;
    let tags = 0;
    for (const text of texts) {
      if (!workingCopy(text).folded) continue;
      folded++;
      const got = tagWith(text, compiled);
      tags += got.length;
      expect(got, text).toEqual(tagWith(`${text}\n\n🙂`, compiled));
    }
    expect(folded).toBeGreaterThan(500);
    expect(tags).toBeGreaterThan(1000);
  });

  it("is read by any codebook's cues: words with every sign a pattern word may hold get a folded spelling", () => {
    const book = compileCodebook(oneStrategy([{ id: "s.w", pattern: "(don’t-know | e-mail | AT&T | $5 | 50% | U.S. | o'clock | re-run) [_] [_] ~offer * (voucher | ’s)", weight: 0.9 }]));
    const cue = book.cues[0];
    // The quotes of a pattern's words are read as markGaps marks them: no expression spells a curly one.
    expect(cue.regex.source).not.toMatch(/[‘’]/);
    expect(foldedRegexOf(cue).source).toContain("\\u0093");
    const text = "We don’t-know why, we’ll offer customers a voucher.";
    expect(foldWide(text)).not.toBe(text);
    expect(tagWith(text, book).map((t) => t.text)).toEqual(["don’t-know why, we’ll offer customers a voucher"]);
    expect(tagWith(text, book)).toEqual(tagWith(`${text}\n\n🙂`, book));
  });

  it("is read by every cue and condition of the codebook, each spelled for folded texts", () => {
    for (const item of [...compiled.cues, ...compiled.conditions]) {
      expect(() => foldedRegexOf(item)).not.toThrow();
      if (item.stickySource !== undefined) expect(foldedStickyOf(item)!.sticky).toBe(true);
    }
  });
});
