/** Stage 1: sentences. Split a text into sentence spans (UTF-16 offsets, trimmed). */
import { foldedRegExp } from "./text.js";

export interface Span {
  start: number;
  end: number;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st inc ltd co corp plc llc no vs etc e.g i.e u.s u.k u.n jan feb mar apr jun jul aug sep sept oct nov dec approx fig gen gov sen rep dept est".split(" "),
);

const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s)|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•–—]|\d+[.)])\s)|:[ \t]*\n|\n(?=[ \t]*["“‘(]?[A-Z0-9\u00c0-\u00de])/g;
/** The word before a period. */
const LAST_WORD = /([\p{L}.'’]+)$/u;
/** The same, spelled for a text read in its folded form (workingCopy, text.ts); built on first use. */
let folded: { TERMINATOR: RegExp; LAST_WORD: RegExp } | undefined;
const foldedRules = () => (folded ??= { TERMINATOR: foldedRegExp(TERMINATOR), LAST_WORD: foldedRegExp(LAST_WORD) });

/**
 * Sentence boundaries: terminal punctuation followed by a space (not after an abbreviation
 * or an initial, and not before a lower-case word), blank lines, list items, line-final colons,
 * and line breaks before a capital (headings and lines of memos). `isFolded`: the text is read in
 * its folded form (workingCopy, text.ts).
 */
export function splitSentences(text: string, isFolded = false): Span[] {
  const { TERMINATOR, LAST_WORD } = isFolded ? foldedRules() : RAW;
  const spans: Span[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const word = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? "";
      // An abbreviation, or an initial ("J. Smith"): a single letter after a space or at the start.
      if ((ABBREVIATIONS.has(word) && !(word === "no" && !/^\s*\d/.test(text.slice(end, end + 4)))) || (/^\p{L}$/u.test(word) && /(^|[\s(])\p{L}$/u.test(before))) continue;
      // The next word starts in lower case: an abbreviation we do not know, or a number like "1.3".
      const next = /\S/.exec(text.slice(end, end + 4));
      if (next && /\p{Ll}/u.test(next[0])) continue;
    }
    push(text, spans, start, end);
    start = end;
  }
  push(text, spans, start, text.length);
  return spans;
}

const RAW = { TERMINATOR, LAST_WORD };

/** A "sentence" longer than this (a text with no punctuation) is cut at spaces, to bound the work on it. */
export const MAX_SENTENCE = 2000;

function push(text: string, spans: Span[], start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", start + MAX_SENTENCE);
    if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
    // Never cut a surrogate pair in two.
    if (/[\ud800-\udbff]/.test(text[cut - 1] ?? "")) cut--;
    push(text, spans, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) spans.push({ start, end });
}

/** Index of the sentence that contains `offset` (binary search over sorted spans), or -1. */
export function sentenceAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
