/**
 * Offsets between JavaScript's UTF-16 code units (framewatch's tags, doccano, CSV) and Unicode code
 * points (brat, W3C TextPositionSelector, Label Studio): a character outside the Basic Multilingual
 * Plane, such as an emoji, is two UTF-16 units but one code point.
 */

/** Converters between the two kinds of offsets of one text. */
export interface OffsetMap {
  /** The code point offset of a UTF-16 offset; undefined when it falls inside a surrogate pair or outside the text. */
  toCodePoint(utf16: number): number | undefined;
  /** The UTF-16 offset of a code point offset; undefined when outside the text. */
  toUtf16(codePoint: number): number | undefined;
  /** The text's length in code points. */
  codePoints: number;
}

/** Build the converters of a text (linear in its length; a text without astral characters costs nothing). */
export function offsetMap(text: string): OffsetMap {
  // Positions (UTF-16) of the astral characters' first units.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  const codePoints = text.length - astral.length;
  /** How many astral characters start before UTF-16 offset u. */
  const before = (u: number) => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    codePoints,
    toCodePoint(u) {
      if (!Number.isInteger(u) || u < 0 || u > text.length) return undefined;
      const k = before(u);
      if (k > 0 && astral[k - 1] === u - 1) return undefined;
      return u - k;
    },
    toUtf16(cp) {
      if (!Number.isInteger(cp) || cp < 0 || cp > codePoints) return undefined;
      // The UTF-16 offset u is cp plus the astral characters before it: find the smallest k with astral[k] >= cp + k.
      let lo = 0;
      let hi = astral.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (astral[mid] - mid < cp) lo = mid + 1;
        else hi = mid;
      }
      return cp + lo;
    },
  };
}
