/**
 * framewatch's pattern language, compiled to regular expressions once per codebook.
 *
 *   word       a literal word (case-insensitive); `third-party` also matches `third party` and `thirdparty`
 *   ~word      the word and its inflections (fix, fixes, fixed, fixing; problem, problems)
 *   word*      any word starting with `word` (like a LIWC or quanteda glob)
 *   (a|b c)    one of the alternatives; each alternative is itself a pattern
 *   [a|b c]    optionally one of the alternatives
 *   @name      a named word list of the codebook's lexicon, e.g. @org, @data
 *   _          exactly one word of any kind
 *   *          zero to three words of any kind;  **  zero to six
 *
 * Between two items any run of spaces, quotes, commas, colons, brackets or dashes is allowed
 * (a comma written in a pattern is read as a space).
 * The language has no repetition beyond those bounded wildcards, so a compiled pattern
 * cannot backtrack catastrophically.
 */

export type Node =
  | { type: "word"; text: string; inflect: boolean; prefix: boolean }
  | { type: "group"; alts: Node[][]; optional: boolean }
  | { type: "macro"; name: string }
  | { type: "any"; min: number; max: number };

export class PatternError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position} of pattern "${pattern}"`);
    this.name = "PatternError";
  }
}

const WORD_CHAR = /[\p{L}\p{N}'’&$%.\-]/u;
export const MAX_PATTERN_LENGTH = 2000;
export const MAX_PATTERN_NODES = 400;
/** At most this many wildcards along one path of a pattern (each `*` or `**` multiplies the ways to match). */
export const MAX_WILDCARDS = 4;

/** Parse a pattern into its syntax tree (a sequence of nodes). */
export function parsePattern(pattern: string): Node[] {
  if (typeof pattern !== "string") throw new PatternError("pattern must be a string", String(pattern), 0);
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new PatternError(`pattern longer than ${MAX_PATTERN_LENGTH} characters`, pattern.slice(0, 40) + "…", 0);
  }
  let pos = 0;
  let nodes = 0;
  const count = () => {
    if (++nodes > MAX_PATTERN_NODES) throw new PatternError(`pattern has more than ${MAX_PATTERN_NODES} items`, pattern, pos);
  };
  // Commas are allowed between items for readability: the gap between items already admits them.
  const skipSpace = () => {
    while (pos < pattern.length && /[\s,]/.test(pattern[pos])) pos++;
  };

  function parseSeq(closers: string): Node[] {
    const seq: Node[] = [];
    for (;;) {
      skipSpace();
      if (pos >= pattern.length || closers.includes(pattern[pos])) return seq;
      seq.push(parseItem());
      count();
    }
  }

  function parseAlts(close: string): Node[][] {
    const alts: Node[][] = [];
    for (;;) {
      const seq = parseSeq("|" + close);
      if (seq.length === 0) throw new PatternError("empty alternative", pattern, pos);
      alts.push(seq);
      if (pattern[pos] === "|") {
        pos++;
        continue;
      }
      if (pattern[pos] === close) {
        pos++;
        return alts;
      }
      throw new PatternError(`missing "${close}"`, pattern, pos);
    }
  }

  function parseItem(): Node {
    const c = pattern[pos];
    if (c === "(" || c === "[") {
      const open = pos;
      pos++;
      const alts = parseAlts(c === "(" ? ")" : "]");
      if (alts.length === 0) throw new PatternError("empty group", pattern, open);
      return { type: "group", alts, optional: c === "[" };
    }
    if (c === ")" || c === "]" || c === "|") throw new PatternError(`unexpected "${c}"`, pattern, pos);
    if (c === "_") {
      pos++;
      return { type: "any", min: 1, max: 1 };
    }
    if (c === "*") {
      pos++;
      if (pattern[pos] === "*") {
        pos++;
        return { type: "any", min: 0, max: 6 };
      }
      return { type: "any", min: 0, max: 3 };
    }
    if (c === "@") {
      pos++;
      const start = pos;
      while (pos < pattern.length && /[a-z0-9-]/i.test(pattern[pos])) pos++;
      if (pos === start) throw new PatternError("missing lexicon name after @", pattern, start);
      return { type: "macro", name: pattern.slice(start, pos).toLowerCase() };
    }
    let inflect = false;
    if (c === "~") {
      inflect = true;
      pos++;
    }
    const start = pos;
    while (pos < pattern.length && WORD_CHAR.test(pattern[pos])) pos++;
    const text = pattern.slice(start, pos).toLowerCase();
    if (!text) throw new PatternError(`unexpected "${pattern[pos] ?? "end of pattern"}"`, pattern, pos);
    if (!/[\p{L}\p{N}]/u.test(text)) throw new PatternError(`"${text}" is not a word`, pattern, start);
    let prefix = false;
    if (pattern[pos] === "*") {
      prefix = true;
      pos++;
    }
    if (prefix && inflect) throw new PatternError("a word cannot be both ~inflected and a prefix*", pattern, start);
    return { type: "word", text, inflect, prefix };
  }

  const seq = parseSeq("");
  // Wildcards along one path through the pattern (alternatives are different paths).
  const pathWildcards = (nodes: Node[]): number =>
    nodes.reduce((n, node) => n + (node.type === "any" && node.max > 1 ? 1 : node.type === "group" ? Math.max(...node.alts.map(pathWildcards)) : 0), 0);
  const wildcards = pathWildcards(seq);
  if (wildcards > MAX_WILDCARDS) throw new PatternError(`pattern has ${wildcards} wildcards (at most ${MAX_WILDCARDS})`, pattern, 0);
  if (pos < pattern.length) throw new PatternError(`unexpected "${pattern[pos]}"`, pattern, pos);
  if (seq.length === 0) throw new PatternError("empty pattern", pattern, 0);
  const first = seq[0];
  const last = seq[seq.length - 1];
  if (first.type === "any" && first.min === 0) throw new PatternError("a pattern cannot start with a wildcard", pattern, 0);
  if (last.type === "any" && last.min === 0) throw new PatternError("a pattern cannot end with a wildcard", pattern, pattern.length);
  return seq;
}

/** Names of the lexicon entries a pattern refers to. */
export function macrosOf(nodes: Node[]): string[] {
  const names: string[] = [];
  const walk = (seq: Node[]) => {
    for (const n of seq) {
      if (n.type === "macro") names.push(n.name);
      else if (n.type === "group") n.alts.forEach(walk);
    }
  };
  walk(nodes);
  return names;
}

/** Whether the pattern itself contains a negation (such cues are not cancelled by one). */
export function hasNegation(nodes: Node[]): boolean {
  let found = false;
  const walk = (seq: Node[]) => {
    for (const n of seq) {
      if (n.type === "word" && /^(not|no|never|nor|neither|none|without|cannot|can't|won't|isn't|wasn't|don't|didn't|doesn't|haven't|hasn't|aren't|weren't)$/.test(n.text.replace("’", "'"))) found = true;
      else if (n.type === "group") n.alts.forEach(walk);
    }
  };
  walk(nodes);
  return found;
}
