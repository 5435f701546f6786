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
