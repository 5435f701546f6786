/**
 * Character classes and case handling shared by the compiled patterns and the context rules.
 * Patterns run on a lower-cased copy of each sentence, with plain (non-Unicode-mode) regular
 * expressions: Unicode property classes under the `iu` flags make V8 spend seconds compiling
 * each large expression, which a codebook of hundreds of cues cannot afford.
 */

/** A letter or digit: ASCII, Latin-1 and Latin Extended (the scripts the English codebook matches). */
export const LETTER = "a-zA-Z0-9\\u00c0-\\u024f";
/** Upper-case letters, for proper names in context rules. */
export const UPPER = "A-Z\\u00c0-\\u00de";

/** Whether a code unit belongs to a token: the class LETTER. */
export function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Lower-case a string without changing its length, so that offsets found in the copy are offsets
 * in the original. (Only a few characters, like "İ", lower-case to two code units; they are kept.)
 */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/**
 * Wide signs (above U+00FF) that English statements use a lot, and the Latin-1 code that stands for
 * each in the tagger's working copy of a text (see foldWide): its position in Windows-1252, a C1
 * control that text does not otherwise hold.
 */
export const STAND_INS: readonly (readonly [sign: string, code: number])[] = [
  ["’", 0x92],
  ["‘", 0x91],
  ["“", 0x93],
  ["”", 0x94],
  ["–", 0x96],
  ["—", 0x97],
  ["…", 0x85],
  ["•", 0x95],
  ["€", 0x80],
];
const STAND_IN = new Map(STAND_INS.map(([sign, code]) => [sign.charCodeAt(0), code]));
const SIGNS = STAND_INS.map(([sign]) => sign).join("");
/** White space above U+00FF: what `\s` matches there, but the line and paragraph separators. A no-break space stands for it. */
const WIDE_SPACE_RANGES: readonly (readonly [from: number, to: number])[] = [[0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const WIDE_SPACES = WIDE_SPACE_RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join("");
const WIDE = /[^\x00-\xff]/;
/** The stand-in of each UTF-16 code unit above U+00FF: 0 when it has none. */
const FOLD = new Uint8Array(0x10000);
for (const [sign, code] of STAND_INS) FOLD[sign.charCodeAt(0)] = code;
for (const [from, to] of WIDE_SPACE_RANGES) FOLD.fill(0xa0, from, to + 1);

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
/** Scratch bytes for foldWide (texts up to 1 MB; a longer one gets bytes of its own). */
let scratch = new Uint8Array(1 << 12);
/** Node's Buffer, when there is one: it makes a Latin-1 string of bytes faster than String.fromCharCode. */
const NodeBuffer = (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: "latin1"): string } } }).Buffer;

/**
 * The text with each wide sign of STAND_INS replaced by its stand-in and each wide space by a
 * no-break space, as a Latin-1 string of the same length, when those are its only characters above
 * U+00FF and it has no C1 control (U+0080 to U+009F, where the stand-ins are); otherwise the text
 * itself. V8 runs regular expressions on a Latin-1 string much faster than on a two-byte one (a
 * single curly apostrophe makes a string two-byte), and each expression warms up for one kind of
 * string instead of two. A folded text is read with the expressions' folded spelling (foldedSource),
 * which reads each stand-in as the sign it stands for, and a no-break space as any other space
 * (the expressions tell spaces only by `\s`): the same offsets, the same matches.
 */
export function foldWide(text: string): string {
  if (!WIDE.test(text)) return text;
  const n = text.length;
  const bytes = n <= scratch.length ? scratch : n <= 1 << 20 ? (scratch = new Uint8Array(Math.max(n, scratch.length * 2))) : new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c > 0x9f && c <= 0xff)) bytes[i] = c;
    else {
      const standIn = FOLD[c];
      if (standIn === 0) return text;
      bytes[i] = standIn;
    }
  }
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, n).toString("latin1");
  // String.fromCharCode of codes that all fit in a byte makes a Latin-1 string (String.replace would not).
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/** A wide sign of STAND_INS, written out or escaped as \uXXXX. */
const SIGN_IN_SOURCE = new RegExp(`[${SIGNS}]|\\\\u(${STAND_INS.map(([sign]) => sign.charCodeAt(0).toString(16)).join("|")})`, "gi");
/** A sign next to a hyphen that could make it the end of a range ("[–-z]", "[a-–]"). */
const SIGN_IN_RANGE = new RegExp(`[${SIGNS}]-[^\\]]|[^\\\\[]-[${SIGNS}]`);
/** What a folded text cannot hold as written: a wide space or a C1 control, written out or escaped. */
const UNSPELLABLE = new RegExp(`[\\u0080-\\u00a0${WIDE_SPACES}]|\\\\(?:u00[89][0-9a-f]|u00a0|x[89][0-9a-f]|xa0)`, "i");

/** A code unit that a folded text cannot hold: one above U+00FF, or a C1 control (where the stand-ins are). */
const UNFOLDED = /[^\x00-\x7f\xa0-\xff]/;

/**
 * The tagger's working copy of a text, and whether it is read with the expressions' folded spelling.
 * A text of Latin-1 characters without C1 controls (most English statements) is its own folded
 * copy; a typeset one is folded by foldWide; any other is read as it is, with the expressions as
 * written. So each expression is compiled in one spelling for all but the rare texts that cannot
 * fold (less code per thread, and less warm-up), and both read a text the same.
 */
export function workingCopy(text: string): { work: string; folded: boolean } {
  if (!UNFOLDED.test(text)) return { work: text, folded: true };
  const work = foldWide(text);
  return { work, folded: work !== text };
}

/** A regular expression spelled for texts read in their folded form (see workingCopy and foldedSource), with the same flags. */
export function foldedRegExp(re: RegExp): RegExp {
  return new RegExp(foldedSource(re.source), re.flags);
}

/**
 * The spelling of a regular expression's source for texts read in their folded form: each wide sign of
 * STAND_INS (in a character class or out, written out or as \uXXXX) becomes its stand-in. Throws on
 * what would not read a folded text exactly as the source reads the text: a wide sign next to a
 * hyphen where it could end a range, a wide space or a C1 control written out.
 */
export function foldedSource(source: string): string {
  const where = () => `/${source.slice(0, 60)}${source.length > 60 ? "..." : ""}/`;
  const unspellable = UNSPELLABLE.exec(source);
  if (unspellable) {
    const m = unspellable[0];
    const code = m.length === 1 ? m.charCodeAt(0) : parseInt(m.slice(2), 16);
    throw new Error(`foldedSource: U+${code.toString(16).padStart(4, "0")} written out in ${where()} (write \\s for a space)`);
  }
  const range = SIGN_IN_RANGE.exec(source);
  if (range) throw new Error(`foldedSource: a range may end at a sign ("${range[0]}") in ${where()}`);
  return source.replace(SIGN_IN_SOURCE, (sign, hex: string | undefined) => `\\u00${STAND_IN.get(hex ? parseInt(hex, 16) : sign.charCodeAt(0))!.toString(16)}`);
}

/**
 * The marks that markGaps puts in a sentence's copy for the codebook's expressions: an apostrophe
 * or a right single quote that is not between two letters (a gap, which a pattern's apostrophe
 * also matches), a left single quote that is not between two letters (a gap), and the text's own
 * U+0001 and U+0002 (neither).
 */
export const GAP_QUOTE = "\x01";
export const GAP_OPEN_QUOTE = "\x02";
const OWN_MARK = "\x03";
const LEFT_QUOTE = "\u2018";
/** The single quotes and the marks, in a text as written and in its folded form (see foldedSource). */
const QUOTES = new RegExp(`[${GAP_QUOTE}${GAP_OPEN_QUOTE}'\u2019${LEFT_QUOTE}]`, "g");
const FOLDED_QUOTES = foldedRegExp(QUOTES);
const FOLDED_LEFT_QUOTE = String.fromCharCode(STAND_IN.get(LEFT_QUOTE.charCodeAt(0))!);

/**
 * A sentence's copy for the codebook's expressions, of the same length: each apostrophe or single
 * quote is marked as what it is there, so that the expressions need no look-arounds to tell. One
 * between two letters ("don't", "agency’s") is part of a word: an apostrophe or right quote becomes
 * "'", a left quote stays. Any other is a gap: an apostrophe or right quote becomes GAP_QUOTE, a
 * left quote GAP_OPEN_QUOTE. `folded`: the text is read in its folded form (workingCopy), where
 * the quotes are their stand-ins (U+0091, U+0092); in a text read as written those are controls.
 */
export function markGaps(s: string, folded: boolean): string {
  const quotes = folded ? FOLDED_QUOTES : QUOTES;
  // search() ignores the global flag's lastIndex: most sentences hold no quote at all.
  if (s.search(quotes) < 0) return s;
  const left = folded ? FOLDED_LEFT_QUOTE : LEFT_QUOTE;
  return s.replace(quotes, (q: string, i: number) => {
    if (q === GAP_QUOTE || q === GAP_OPEN_QUOTE) return OWN_MARK;
    const inWord = i > 0 && isTokenChar(s.charCodeAt(i - 1)) && i + 1 < s.length && isTokenChar(s.charCodeAt(i + 1));
    return q === left ? (inWord ? q : GAP_OPEN_QUOTE) : inWord ? "'" : GAP_QUOTE;
  });
}
