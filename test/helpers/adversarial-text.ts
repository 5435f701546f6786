// Random and adversarial texts for the tagger's property tests (test/tagger/properties.test.ts) and
// the longer fuzz run (scripts/fuzz.ts), and the invariants every tagging must keep.
import fc from "fast-check";
import { builtinCodebook } from "../../src/codebook/builtin.js";
import { MODES, type Tag } from "../../src/codebook/types.js";

/** The codebook's own hit examples: sentences that make the tagger do real work. */
export const FRAMING_SENTENCES: string[] = builtinCodebook.strategies.flatMap((s) => s.hits.map((h) => (typeof h === "string" ? h : h.text)));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const char = (c: number) => String.fromCharCode(c);

export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map(char);
export const combiningMark = fc.integer({ min: 0x300, max: 0x36f }).map(char);
export const emoji = fc.constantFrom("😀", "👩‍👩‍👧", "🇺🇸", "🏳️‍🌈", "👍🏽", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "🔒", "\u{1F600}\u{FE0F}");
export const zeroWidth = fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f");
export const rightToLeft = fc.constantFrom("\u200f", "\u202e", "\u202b", "\u2067", "\u2069", "שלום", "مرحبا بكم", "\u05d0\u05d1\u05d2 ", "\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a");
export const lineBreak = fc.constantFrom("\r\n", "\r", "\n", "\n\n", "\r\r", "\u2028", "\u2029", "\u0085", "\v", "\f", "\r\n\r\n");
/** Characters whose case mapping changes their length or is special ("İ" lower-cases to two code units). */
export const oddCase = fc.constantFrom("İ", "ẞ", "ß", "ﬁ", "Σ", "ς", "ǅ", "ŉ", "ΐ", "K", "Å");
export const whitespaceRun = fc.tuple(fc.constantFrom(" ", "\t", "\u00a0", "\u3000", "\u2003", " \n"), fc.integer({ min: 1, max: 3000 })).map(([c, n]) => c.repeat(n));
export const punctuationRun = fc
  .array(fc.constantFrom(..."., ;:!?-–—'’\"“”«»()[]…*•/\\_&%$@#"), { minLength: 1, maxLength: 600 })
  .map((a) => a.join(""));
/** Long hyphen and apostrophe chains ("a-a-a-…", "'s's's…"), which the patterns' gaps and words admit. */
export const hyphenChain = fc.tuple(fc.constantFrom("a-", "third-", "-", "'", "’s", "a'", "re-", "- -"), fc.integer({ min: 1, max: 2000 })).map(([c, n]) => c.repeat(n));
export const anyUnicode = fc.string({ unit: "binary", maxLength: 80 });

/** Something nasty to put in a text. */
export const oddPiece = fc.oneof(loneSurrogate, combiningMark, emoji, zeroWidth, rightToLeft, lineBreak, oddCase, whitespaceRun, punctuationRun, hyphenChain, anyUnicode);

export const framingSentence = fc.constantFrom(...FRAMING_SENTENCES);

/** A framing sentence with odd pieces inserted at random places (inside words too). */
export const lacedSentence = fc.tuple(framingSentence, fc.array(fc.tuple(fc.nat(), oddPiece), { maxLength: 4 })).map(([s, inserts]) => {
  let out = s;
  for (const [at, piece] of inserts) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + piece + out.slice(i);
  }
  return out;
});

/** What typesetting puts in a statement: the signs and spaces the tagger folds (see foldWide), and their plain forms. */
export const typesetPiece = fc.constantFrom("’", "‘", "“", "”", "–", "—", "…", "•", "€", "\u2009", "\u00a0", "\u3000", "\ufeff", "\u202f", "'", '"', "-", ".", ":", "\n", "\n\n", "\n• ", " — ", "(", ")", "?", ",");

/** Framing sentences with typeset signs inserted at random places (inside words too), and their quotes made curly. */
export const typesetText = fc
  .tuple(fc.array(framingSentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(" ", "\n", "\n\n", " — ", "\n• ", ": "), fc.array(fc.tuple(fc.nat(), typesetPiece), { maxLength: 8 }), fc.boolean())
  .map(([sentences, joint, inserts, curly]) => {
    let out = sentences.join(joint);
    for (const [at, piece] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return curly ? out.replace(/'/g, "’").replace(/"([^"]*)"/g, "“$1”") : out;
  });

/** A framing sentence re-cased or with its spaces replaced by line breaks and odd whitespace. */
export const reshapedSentence = fc.tuple(framingSentence, fc.constantFrom("upper", "lower", "title", "crlf", "cr", "nbsp", "zwsp", "rtl"), lineBreak).map(([s, how, br]) => {
  switch (how) {
    case "upper":
      return s.toUpperCase();
    case "lower":
      return s.toLowerCase();
    case "title":
      return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    case "crlf":
    case "cr":
      return s.replace(/ /g, () => br);
    case "nbsp":
      return s.replace(/ /g, "\u00a0");
    case "zwsp":
      return s.replace(/ /g, " \u200b");
    default:
      return `\u202e${s}\u202c`;
  }
});

/** A document: framing sentences, laced and reshaped ones, and odd pieces, joined by spaces or nothing. */
export const adversarialText = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: framingSentence }, { weight: 3, arbitrary: lacedSentence }, { weight: 2, arbitrary: reshapedSentence }, { weight: 3, arbitrary: oddPiece }), { maxLength: 8 }), fc.constantFrom(" ", "", "\n", "\r\n", "\r"))
  .map(([parts, sep]) => parts.join(sep));

/** Tagging options a user may give. */
export const tagOptions = fc.record({ minConfidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), mode: fc.option(fc.constantFrom(...MODES), { nil: undefined }) }, { requiredKeys: [] });

/** A document of at least `size` UTF-16 code units built from framing sentences, with mixed line ends and odd pieces. */
export function bigDocument(size: number): string {
  const breaks = [" ", " ", "\n", "\r\n", "\r", "\n\n", " \u200b", " 👍🏽 ", " \u202e", "\t"];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const s = FRAMING_SENTENCES[(i * 7919) % FRAMING_SENTENCES.length] + breaks[i % breaks.length];
    parts.push(s);
    length += s.length;
  }
  return parts.join("");
}

const STRATEGIES = new Map(builtinCodebook.strategies.map((s) => [s.id, new Set(s.cues.map((c) => c.id))]));

/**
 * What is wrong with these tags of this text (empty when nothing): offsets inside the text, whole
 * numbers, not splitting a surrogate pair, slicing to the tag's text, known strategy, cue and mode,
 * confidence in [0, 1], and no two tags of one strategy overlapping.
 */
export function tagProblems(text: string, tags: readonly Tag[], known = STRATEGIES): string[] {
  const problems: string[] = [];
  const show = (t: Tag) => `${t.strategy} ${t.start}-${t.end} ${JSON.stringify(t.text)}`;
  for (const t of tags) {
    if (!Number.isInteger(t.start) || !Number.isInteger(t.end) || t.start < 0 || t.end > text.length || t.start >= t.end) {
      problems.push(`offsets outside the text (${text.length}): ${show(t)}`);
      continue;
    }
    if (isLow(text.charCodeAt(t.start)) && t.start > 0 && isHigh(text.charCodeAt(t.start - 1))) problems.push(`start splits a surrogate pair: ${show(t)}`);
    if (isHigh(text.charCodeAt(t.end - 1)) && t.end < text.length && isLow(text.charCodeAt(t.end))) problems.push(`end splits a surrogate pair: ${show(t)}`);
    if (text.slice(t.start, t.end) !== t.text) problems.push(`text.slice(start, end) !== tag.text: ${show(t)}`);
    if (!known.get(t.strategy)?.has(t.cue)) problems.push(`unknown strategy or cue ${t.cue}: ${show(t)}`);
    if (!(MODES as readonly string[]).includes(t.mode)) problems.push(`unknown mode ${t.mode}: ${show(t)}`);
    if (!(t.confidence >= 0 && t.confidence <= 1)) problems.push(`confidence ${t.confidence} outside [0, 1]: ${show(t)}`);
  }
  const byStrategy = new Map<string, Tag[]>();
  for (const t of tags) {
    const list = byStrategy.get(t.strategy);
    if (list) list.push(t);
    else byStrategy.set(t.strategy, [t]);
  }
  for (const list of byStrategy.values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) problems.push(`two ${sorted[i].strategy} tags overlap: ${show(sorted[i - 1])} and ${show(sorted[i])}`);
  }
  return problems;
}
