/**
 * Literal gates for the context rules. A rule like the reporting frame is one large expression
 * that V8 tries at every position of a sentence; most sentences hold none of its words. From the
 * expression's source we work out a few lower-case strings of which every match contains at least
 * one ("said", "told", "according" ...), and join them into one expression of plain alternatives,
 * which V8 scans quickly. A sentence without any of them cannot match, and the rule is not run.
 *
 * The strings never hold white space, so they are also found in a sentence whose quotations were
 * cut out (which joins the text around them with a space). Only the syntax our rules use is read:
 * groups, look-arounds, classes, escapes, quantifiers and alternatives.
 */

/** What a piece of an expression requires: at least one of these strings (null: nothing can be told). */
type Need = string[] | null;

interface Parsed {
  /** The literal characters of the piece when it is exactly one character (case-folded), else null. */
  char: string | null;
  /** Matches nothing (a look-around, ^, $, \b): it does not break a run of characters. */
  zeroWidth: boolean;
  need: Need;
}

/**
 * Strings of which every match of the expression (lower-cased) contains one, or null when there is
 * no such set (some alternative can match without any literal character).
 */
export function requiredLiterals(source: string): string[] | null {
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`literal gate: ${what} at ${pos} of /${source.slice(0, 60)}.../`);
  };

  function alternatives(): Need {
    const alts: Need[] = [sequence()];
    while (source[pos] === "|") {
      pos++;
      alts.push(sequence());
    }
    if (alts.some((a) => a === null)) return null;
    return [...new Set(alts.flat() as string[])];
  }

  function sequence(): Need {
    let best: Need = null;
    let run = "";
    const consider = (need: Need) => {
      if (need && better(need, best)) best = need;
    };
    const endRun = () => {
      if (run.length) consider([run]);
      run = "";
    };
    while (pos < source.length && source[pos] !== "|" && source[pos] !== ")") {
      const atom = parseAtom();
      const { min, max } = quantifier();
      if (atom.zeroWidth) continue;
      if (min === 0) {
        endRun();
        continue;
      }
      if (atom.char !== null && max === 1) {
        run += atom.char;
        continue;
      }
      if (atom.char !== null) {
        // "ab+" requires "ab", and then the run ends.
        run += atom.char;
        endRun();
        continue;
      }
      endRun();
      consider(atom.need);
    }
    endRun();
    return best;
  }

  function quantifier(): { min: number; max: number } {
    let min = 1;
    let max = 1;
    const c = source[pos];
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos));
      if (!m) return { min, max };
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      pos += m[0].length - 1;
    } else return { min, max };
    pos++;
    if (source[pos] === "?") pos++;
    return { min, max };
  }

  function parseAtom(): Parsed {
    const c = source[pos];
    if (c === "(") {
      pos++;
      let look = false;
      if (source.startsWith("?:", pos)) pos += 2;
      else if (/^\?<?[=!]/.test(source.slice(pos, pos + 3))) {
        pos += source[pos + 1] === "<" ? 3 : 2;
        look = true;
      } else if (source[pos] === "?") fail("unsupported group");
      const need = alternatives();
      if (source[pos] !== ")") fail('missing ")"');
      pos++;
      return look ? { char: null, zeroWidth: true, need: null } : { char: null, zeroWidth: false, need };
    }
    if (c === "[") return parseClass();
    if (c === "\\") return parseEscape();
    pos++;
    if (c === "^" || c === "$") return { char: null, zeroWidth: true, need: null };
    if (c === "." || /\s/.test(c)) return { char: null, zeroWidth: false, need: null };
    return { char: c.toLowerCase(), zeroWidth: false, need: [c.toLowerCase()] };
  }

  function parseEscape(): Parsed {
    const e = source[pos + 1];
    if (e === undefined) fail("trailing backslash");
    pos += 2;
    if (e === "b" || e === "B") return { char: null, zeroWidth: true, need: null };
    if ("sSwWdDnrtfv".includes(e)) return { char: null, zeroWidth: false, need: null };
    if (e === "p" || e === "P") {
      const end = source.indexOf("}", pos);
      if (end < 0) fail("unterminated \\p{...}");
      pos = end + 1;
      return { char: null, zeroWidth: false, need: null };
    }
    if (e === "u" || e === "x") {
      const len = e === "u" ? 4 : 2;
      const ch = String.fromCharCode(parseInt(source.slice(pos, pos + len), 16)).toLowerCase();
      pos += len;
      return /\s/.test(ch) ? { char: null, zeroWidth: false, need: null } : { char: ch, zeroWidth: false, need: [ch] };
    }
    if (/[0-9]/.test(e)) fail("back-references are not supported");
    return { char: e.toLowerCase(), zeroWidth: false, need: [e.toLowerCase()] };
  }

  /** A class stands for one character when all its members lower-case to the same one ("[Tt]"). */
  function parseClass(): Parsed {
    pos++;
    const negated = source[pos] === "^";
    if (negated) pos++;
    const members = new Set<string>();
    let single = !negated;
    let first = true;
    while (pos < source.length && (source[pos] !== "]" || first)) {
      first = false;
      let ch = source[pos];
      if (ch === "\\") {
        const e = source[pos + 1];
        pos += 2;
        if (e === "u") {
          ch = String.fromCharCode(parseInt(source.slice(pos, pos + 4), 16));
          pos += 4;
        } else if (/[a-zA-Z]/.test(e)) {
          single = false;
          continue;
        } else ch = e;
      } else pos++;
      if (source[pos] === "-" && source[pos + 1] !== "]") {
        // A range.
        single = false;
        pos += source[pos + 1] === "\\" ? (source[pos + 2] === "u" ? 7 : 3) : 2;
        continue;
      }
      members.add(ch.toLowerCase());
    }
    if (source[pos] !== "]") fail('missing "]"');
    pos++;
    const only = members.size === 1 ? [...members][0] : null;
    return single && only !== null && !/\s/.test(only) ? { char: only, zeroWidth: false, need: [only] } : { char: null, zeroWidth: false, need: null };
  }

  const need = alternatives();
  if (pos !== source.length) fail(`unexpected "${source[pos]}"`);
  if (!need) return null;
  // A string that contains another adds nothing: any text that holds it holds the other.
  return need.filter((s) => !need.some((t) => t !== s && s.includes(t))).sort();
}

/** Words in almost every sentence: a set with one of them lets nearly everything through. */
const COMMON = new Set("the our and but for not are was were has had did you can will would could should with that this its their his her they them it is in on of to a an we be as at by or if so do no".split(" "));

/** How many sentences a set may let through, roughly: common words and short strings count most. */
function cost(set: string[]): number {
  let n = 0;
  for (const s of set) n += COMMON.has(s) ? 1000 : s.length < 3 ? 100 : 10 / s.length;
  return n;
}

/** Whether set a is likely to let fewer sentences through than set b. */
function better(a: string[], b: Need): boolean {
  return !b || cost(a) < cost(b);
}

/**
 * An expression that finds, in a lower-cased text, one of the strings every match of `rule`
 * contains; null when there is none (then the rule must always run).
 */
export function literalGate(rule: RegExp): RegExp | null {
  const literals = requiredLiterals(rule.source);
  return literals ? new RegExp(literals.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")) : null;
}
