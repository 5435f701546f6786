import { hasNegation, parsePattern, PatternError, type Node } from "./pattern.js";
import { inflections } from "./inflect.js";
import type { Codebook, StrategyDef } from "./types.js";
import { conditionBeginId, cueBeginId, lazyRegex, type CompiledCodebook, type CompiledCondition, type CompiledCue } from "./compiled.js";
import { GAP_OPEN_QUOTE, GAP_QUOTE, LETTER } from "../tagger/text.js";

export type { CompiledCodebook, CompiledCondition, CompiledCue } from "./compiled.js";
export { conditionBeginId, cueBeginId } from "./compiled.js";

/** Raised when a codebook's pattern cannot be compiled; names the strategy, cue and field. */
export class CodebookCompileError extends Error {
  constructor(
    readonly strategy: string,
    readonly cue: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`strategy "${strategy}", cue "${cue}", field "${field}": ${reason}`);
    this.name = "CodebookCompileError";
  }
}

const L = `[${LETTER}]`;
const BEFORE = `(?<!${L})`;
const AFTER = `(?!${L})`;
/** A mark of markGaps, escaped for an expression's source. */
const mark = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
/**
 * What may stand between two items of a pattern: spaces and signs, and quotes that are not
 * between two letters, which markGaps (text.ts) has marked as such in the text the expressions read.
 */
const GAP = `[\\s,"“”«»()\\[\\]:\\-–—/${mark(GAP_QUOTE)}${mark(GAP_OPEN_QUOTE)}]+`;
/**
 * One word of any kind, for wildcards: letters and digits (after a currency sign, or before a
 * percent sign, as in "$1" and "65%"), with apostrophes between letters
 * ("agency's", which markGaps writes "'" whatever the sign); a hyphen is a gap, so "third-party"
 * counts as two words. An apostrophe is a gap only when it does not stand between two letters (a
 * quotation mark), and then it is marked as one. A word can be split from its neighbours in
 * exactly one way, so bounded wildcards cannot make an expression backtrack more than polynomially.
 */
const ANYWORD = `[$£€]?${L}+(?:'${L}+)*(?:\\.[0-9]+)?%?`;
/** An optional group of one wildcard word ("[_]"). */
const isOptionalWord = (node: Node | undefined): boolean =>
  node?.type === "group" && node.optional && node.alts.length === 1 && node.alts[0].length === 1 && node.alts[0][0].type === "any" && node.alts[0][0].min === 1 && node.alts[0][0].max === 1;
/** Words too frequent to be worth checking in the prefilter (they occur in almost every sentence). */
const VERY_COMMON = new Set("a an the of to and in on for is are was were be it its this that by at as with from or".split(" "));
/** A word too common, or too short, to be worth looking for (a set with one is not required). */
const tooCommon = (w: string) => VERY_COMMON.has(w) || w.length < 2;
/** At most this many required items of a cue take part in the prefilter (one bit each). */
const MAX_ELEMENTS = 30;
const STOP = new Set(
  "a an the this that these those it its is are was were be been being we our us i you your they their he she to of in on for and or not no as by at from with any all some has have had do does did will would can could may might should must there here so than then".split(" "),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordSource = (w: string) =>
  w
    .split("-")
    .map((part) => escape(part).replace(/['’]/g, `['${mark(GAP_QUOTE)}]`))
    .join("[-\\s]?");

const NOT_LETTER = new RegExp(`[^${LETTER}]+`);
/** A word whose first character is a LETTER: its matches begin where a token of the text begins. */
const FIRST_LETTER = new RegExp(`^[${LETTER}]`);

/**
 * A word that starts at a word boundary. The boundary check is placed after the first character
 * ("f(?<![letter].)ix" rather than "(?<![letter])fix"), so that every alternative of an
 * expression starts with a literal character and V8 can skip quickly to the positions where one
 * of those characters occurs, instead of trying the look-behind at every position.
 */
function bounded(word: string): string {
  const src = wordSource(word);
  return /^[a-z0-9\u00c0-\u024f]/.test(word) ? `${src[0]}(?<!${L}.)${src.slice(1)}` : `${BEFORE}${src}`;
}

/** The tokens (as the prefilter's tokenizer splits them) that begin a word form. */
function tokensOf(form: string): string[] {
  const parts = form.split(NOT_LETTER).filter(Boolean);
  if (parts.length === 0) return [];
  const out = [parts[0]];
  if (form.includes("-")) out.push(form.replace(/-/g, "").split(NOT_LETTER)[0]);
  return out;
}

/**
 * An expression in two spellings. The first checks a word boundary at the start of every word,
 * so that it can scan a sentence. The second, for sticky matching at the start of a token, leaves
 * those checks out: a match begins where a token begins (no letter before it), and every later word
 * follows a gap, which holds no letter, so the checks could never fail there. The second spelling
 * is shorter (by about a quarter), quicker to compile and to run.
 */
type Sources = [bounded: string, free: string];

/** A word with no boundary check (see Sources); a word starting with a sign keeps its check. */
function unbounded(word: string): string {
  return /^[a-z0-9\u00c0-\u024f]/.test(word) ? wordSource(word) : `${BEFORE}${wordSource(word)}`;
}

/** What follows every word: an optional possessive, then no letter. */
const WORD_END = `(?:'s)?${AFTER}`;

/**
 * Join alternatives, writing the ending they share once: "a END|b END|c" becomes "(?:a|b)END|c".
 * A backtracking matcher tries (a|b)END in the same order as a END|b END (a then its endings, then
 * b then its endings), so the expression matches exactly as before; but most alternatives of a
 * word list end so, and the ending came to two fifths of the expressions' text.
 */
function factorWordEnds(alternatives: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < alternatives.length; ) {
    let j = i;
    while (j < alternatives.length && alternatives[j].endsWith(WORD_END)) j++;
    if (j - i >= 2) {
      out.push(`(?:${alternatives.slice(i, j).map((a) => a.slice(0, -WORD_END.length)).join("|")})${WORD_END}`);
      i = j;
    } else out.push(alternatives[i++]);
  }
  return out.join("|");
}

interface AnchorSet {
  words: Set<string>;
  prefixes: Set<string>;
}

class Compiler {
  private macroSource = new Map<string, Sources>();
  private wordSources = new Map<string, Sources>();
  private macroAnchors = new Map<string, AnchorSet | null>();
  private macroNodes = new Map<string, Node[][]>();
  private stack: string[] = [];

  /**
   * `mentions`: how many of the codebook's patterns (and conditions and lexicon entries) name each
   * word. A word that many cues name ("data", "customers", "company") is one that statements of this
   * kind use a lot, so it makes a poor anchor where the same phrase has a rarer word.
   */
  constructor(
    private lexicon: Record<string, string>,
    private mentions: Map<string, number> = new Map(),
  ) {}

  private macro(name: string): Node[][] {
    const hit = this.macroNodes.get(name);
    if (hit) return hit;
    const src = this.lexicon[name];
    if (src === undefined) throw new Error(`unknown lexicon entry "@${name}"`);
    if (this.stack.includes(name)) throw new Error(`lexicon entry "@${name}" refers to itself`);
    const nodes = parsePattern(`(${src})`);
    const alts = (nodes[0] as Extract<Node, { type: "group" }>).alts;
    this.macroNodes.set(name, alts);
    return alts;
  }

  /**
   * A sequence's expression in two spellings (see Sources): the alternatives of groups are put in
   * the same order in both (by the length of the bounded spelling), so both prefer the same reading.
   */
  sources(seq: Node[]): Sources {
    let out = "";
    let free = "";
    // Before the first required item, optional items carry their gap after them, not before.
    let started = false;
    seq.forEach((node, i) => {
      if (started && isOptionalWord(node)) {
        // A run of "[_]" is "_" 0 to k times: as one bounded repetition, a failed match tries k + 1
        // lengths instead of 2^k ways to leave some of the words out (a leading run stays as it is).
        if (i > 0 && isOptionalWord(seq[i - 1])) return;
        let k = 1;
        while (isOptionalWord(seq[i + k])) k++;
        const src = `(?:${GAP}${ANYWORD}){0,${k}}`;
        out += src;
        free += src;
        return;
      }
      const optional = (node.type === "group" && node.optional) || (node.type === "any" && node.min === 0);
      if (node.type === "any") {
        const piece = `(?:${GAP}${ANYWORD})`;
        // A leading wildcard (only `_` may lead) has no gap before its first word.
        const src = !started ? `${BEFORE}${ANYWORD}${node.max > 1 ? `${piece}{0,${node.max - 1}}` : ""}` : `${piece}{${node.min},${node.max}}`;
        out += src;
        free += src;
        started = true;
        return;
      }
      const [body, freeBody] = this.itemSources(node);
      if (!started) {
        out += optional ? `(?:${body}${GAP})?` : body;
        free += optional ? `(?:${freeBody}${GAP})?` : freeBody;
        started = !optional;
      } else {
        out += optional ? `(?:${GAP}${body})?` : `${GAP}${body}`;
        free += optional ? `(?:${GAP}${freeBody})?` : `${GAP}${freeBody}`;
      }
    });
    return [out, free];
  }

  private itemSources(node: Node): Sources {
    switch (node.type) {
      case "word": {
        // The same word comes back in many cues: its spellings are built once.
        const key = `${node.inflect ? "~" : ""}${node.text}${node.prefix ? "*" : ""}`;
        let hit = this.wordSources.get(key);
        if (!hit) this.wordSources.set(key, (hit = this.wordSourcesOf(node)));
        return hit;
      }
      case "group": {
        const [a, b] = this.altsSources(node.alts);
        return [`(?:${a})`, `(?:${b})`];
      }
      case "macro":
        return this.macroSourcesOf(node.name);
      case "any":
        throw new Error("unreachable");
    }
  }

  private wordSourcesOf(node: Extract<Node, { type: "word" }>): Sources {
    // The rest of a prefixed word: letters, and apostrophes only between letters (as in ANYWORD).
    if (node.prefix) {
      const rest = `${L}*(?:'${L}+)*${AFTER}`;
      return [`${bounded(node.text)}${rest}`, `${unbounded(node.text)}${rest}`];
    }
    const forms = [...new Set(node.inflect ? inflections(node.text) : [node.text])].sort((a, b) => b.length - a.length);
    // A word may carry a possessive ("agency's"), which is part of the word, not a gap.
    return [`(?:${forms.map(bounded).join("|")})${WORD_END}`, `(?:${forms.map(unbounded).join("|")})${WORD_END}`];
  }

  private altsSources(alts: Node[][]): Sources {
    // Longer alternatives first, so that the regular expression prefers the longest reading.
    const sources = alts.map((a) => this.sources(a)).sort((a, b) => b[0].length - a[0].length);
    return [sources.map((s) => s[0]).join("|"), factorWordEnds(sources.map((s) => s[1]))];
  }

  private macroSourcesOf(name: string): Sources {
    const hit = this.macroSource.get(name);
    if (hit) return hit;
    const alts = this.macro(name);
    this.stack.push(name);
    const [a, b] = this.altsSources(alts);
    this.stack.pop();
    const src: Sources = [`(?:${a})`, `(?:${b})`];
    this.macroSource.set(name, src);
    return src;
  }

  /**
   * A set of tokens of which every match contains at least one, or null when there is none. Of the
   * sequence's items, the one least likely to be in any sentence: not one with a very common word
   * (requiredSets would drop the set of a group that took it), nor a stop word, nor a short word,
   * nor a word that many of the codebook's patterns name.
   */
  anchors(seq: Node[]): AnchorSet | null {
    let best: AnchorSet | null = null;
    let bestScore = -Infinity;
    for (const node of seq) {
      if ((node.type === "group" && node.optional) || node.type === "any") continue;
      const set = this.nodeAnchors(node);
      if (!set) continue;
      const all = [...set.words, ...set.prefixes];
      const common = all.filter(tooCommon).length;
      const stop = all.filter((w) => STOP.has(w)).length;
      const short = all.filter((w) => w.length < 3).length;
      const named = all.reduce((n, w) => n + (this.mentions.get(w) ?? 0), 0);
      const score = -common * 1000 - stop * 100 - short * 20 - all.length - named + Math.min(...all.map((w) => w.length)) / 10;
      if (score > bestScore) {
        best = set;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The anchor sets of a pattern's required items, for the conjunctive prefilter: a sentence can
   * match only if it holds a token of every set. Sets of stop words or very short words are left
   * out (they would let every sentence through); at least the best single set is kept.
   */
  requiredSets(seq: Node[]): AnchorSet[] {
    const sets: AnchorSet[] = [];
    for (const node of seq) {
      if ((node.type === "group" && node.optional) || node.type === "any") continue;
      const set = this.nodeAnchors(node);
      if (!set) continue;
      const all = [...set.words, ...set.prefixes];
      if (all.some(tooCommon)) continue;
      sets.push(set);
    }
    if (sets.length === 0) {
      const best = this.anchors(seq);
      return best ? [best] : [];
    }
    return sets.slice(0, MAX_ELEMENTS);
  }

  private nodeAnchors(node: Node): AnchorSet | null {
    switch (node.type) {
      case "word": {
        const set: AnchorSet = { words: new Set(), prefixes: new Set() };
        if (node.prefix) {
          const toks = tokensOf(node.text);
          if (toks.length === 0) return null;
          // A prefix that spans a hyphen or apostrophe is anchored on its first complete token;
          // across a hyphen, which may vanish ("third-part*" matches "thirdparty"), also on the
          // joined prefix.
          if (new RegExp(NOT_LETTER.source).test(node.text)) {
            set.words.add(toks[0]);
            if (toks[1]) set.prefixes.add(toks[1]);
          } else set.prefixes.add(toks[0]);
          return set;
        }
        const forms = node.inflect ? inflections(node.text) : [node.text];
        for (const f of forms) for (const t of tokensOf(f)) set.words.add(t);
        return set.words.size ? set : null;
      }
      case "group":
        return this.altsAnchors(node.alts);
      case "macro": {
        if (this.macroAnchors.has(node.name)) return this.macroAnchors.get(node.name)!;
        if (this.stack.includes(node.name)) throw new Error(`lexicon entry "@${node.name}" refers to itself`);
        this.stack.push(node.name);
        const set = this.altsAnchors(this.macro(node.name));
        this.stack.pop();
        this.macroAnchors.set(node.name, set);
        return set;
      }
      case "any":
        return null;
    }
  }

  /**
   * The tokens that a match of the sequence can begin with, or null when that cannot be told
   * (a leading wildcard, a word starting with a sign, a sequence that may match nothing). A match
   * begins at the start of a token of the text (a run of LETTER characters) that is one of
   * `words` or starts with one of `prefixes`. Where a form spans a hyphen, which the expression
   * lets vanish ("third-party" matches "thirdparty"), its first part is taken as a prefix.
   */
  firstTokens(seq: Node[]): AnchorSet | null {
    const set: AnchorSet = { words: new Set(), prefixes: new Set() };
    for (const node of seq) {
      if (node.type === "any") return null;
      const optional = node.type === "group" && node.optional;
      const first = optional ? this.altsFirst(node.alts) : this.nodeFirst(node);
      if (!first) return null;
      first.words.forEach((w) => set.words.add(w));
      first.prefixes.forEach((p) => set.prefixes.add(p));
      if (!optional) return set;
    }
    return null;
  }

  private nodeFirst(node: Node): AnchorSet | null {
    switch (node.type) {
      case "word": {
        const set: AnchorSet = { words: new Set(), prefixes: new Set() };
        const forms = node.prefix || !node.inflect ? [node.text] : inflections(node.text);
        for (const form of forms) {
          if (!FIRST_LETTER.test(form)) return null;
          const head = form.split(NOT_LETTER)[0];
          if (node.prefix || (head.length < form.length && form.includes("-"))) set.prefixes.add(head);
          else set.words.add(head);
        }
        return set;
      }
      case "group":
        return this.altsFirst(node.alts);
      case "macro":
        return this.altsFirst(this.macro(node.name));
      case "any":
        return null;
    }
  }

  private altsFirst(alts: Node[][]): AnchorSet | null {
    return unionOf(alts, (alt) => this.firstTokens(alt));
  }

  private altsAnchors(alts: Node[][]): AnchorSet | null {
    return unionOf(alts, (alt) => this.anchors(alt));
  }
}

/** The union of the sets that `of` gives the alternatives, or null when one of them has none. */
function unionOf(alts: Node[][], of: (alt: Node[]) => AnchorSet | null): AnchorSet | null {
  const set: AnchorSet = { words: new Set(), prefixes: new Set() };
  for (const alt of alts) {
    const a = of(alt);
    if (!a) return null;
    a.words.forEach((w) => set.words.add(w));
    a.prefixes.forEach((p) => set.prefixes.add(p));
  }
  return set;
}

/**
 * Compile a sentence-level condition (`requires` / `unless`). Cues often share one condition
 * (a strategy's list of topic words): each distinct condition is compiled once and shared, so
 * that the matcher can also test it once per sentence.
 */
function compileCondition(compiler: Compiler, pattern: string, cache: Map<string, CompiledCondition>, firsts: { words: Map<string, number[]>; prefixes: Map<string, number[]> }): CompiledCondition {
  let cond = cache.get(pattern);
  if (!cond) {
    const nodes = parsePattern(pattern);
    const [source, free] = compiler.sources(nodes);
    const first = compiler.firstTokens(nodes);
    cond = lazyRegex({ index: cache.size, sticky: first ? new RegExp(free, "y") : undefined, stickySource: first ? free : undefined }, source, "");
    cache.set(pattern, cond);
    const id = conditionBeginId(cond.index);
    first?.words.forEach((w) => addEntry(firsts.words, w, id));
    first?.prefixes.forEach((p) => addEntry(firsts.prefixes, p, id));
  }
  return cond;
}

/**
 * Number the distinct anchor sets of the cues' required items, index their tokens and prefixes,
 * and choose each cue's trigger: the set whose words the fewest cues share (a word that anchors
 * many cues, like "people" or "data", is frequent in text too). The prefilter marks the sets a
 * sentence's tokens belong to, and checks a cue's other sets only when its trigger is there.
 */
function indexAnchorSets(required: AnchorSet[][], cues: CompiledCue[], anchors: Map<string, number[]>, prefixes: Map<string, number[]>) {
  const ids = new Map<string, number>();
  const anchorSets: { words: string[]; prefixes: string[] }[] = [];
  const idOf = (set: AnchorSet) => {
    const words = [...set.words].sort();
    const pre = [...set.prefixes].sort();
    const key = `${words.join(" ")}|${pre.join(" ")}`;
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = anchorSets.length));
      anchorSets.push({ words, prefixes: pre });
      words.forEach((w) => addEntry(anchors, w, id!));
      pre.forEach((p) => addEntry(prefixes, p, id!));
    }
    return id;
  };
  const shared = new Map<string, number>();
  for (const sets of required) for (const w of new Set(sets.flatMap((set) => [...set.words, ...set.prefixes]))) shared.set(w, (shared.get(w) ?? 0) + 1);
  const cost = (set: AnchorSet) => [...set.words, ...set.prefixes].reduce((n, w) => n + shared.get(w)!, 0);
  const triggers: number[][] = [];
  required.forEach((sets, cue) => {
    const trigger = sets.reduce((best, set) => (cost(set) < cost(best) ? set : best));
    const list = [...new Set([idOf(trigger), ...sets.map(idOf)])];
    cues[cue].sets = list;
    (triggers[list[0]] ??= []).push(cue);
  });
  for (let i = 0; i < anchorSets.length; i++) triggers[i] ??= [];
  return { anchorSets, triggers };
}

/** How many patterns, conditions and lexicon entries of a codebook name each (lower-case) word. */
function wordMentions(codebook: Codebook): Map<string, number> {
  const texts = [...Object.values(codebook.lexicon), ...codebook.strategies.flatMap((s) => s.cues.flatMap((c) => [c.pattern, c.requires ?? "", c.unless ?? ""]))];
  const mentions = new Map<string, number>();
  for (const text of texts) for (const w of new Set(text.toLowerCase().split(NOT_LETTER))) if (w) mentions.set(w, (mentions.get(w) ?? 0) + 1);
  return mentions;
}

function addEntry(map: Map<string, number[]>, key: string, entry: number) {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

/**
 * Compile a codebook once into regular expressions and an anchor index for the prefilter.
 * Throws CodebookCompileError naming the strategy, cue and field of a bad pattern.
 */
export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const compiler = new Compiler(codebook.lexicon, wordMentions(codebook));
  const conditions = new Map<string, CompiledCondition>();
  const cues: CompiledCue[] = [];
  const anchors = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const firstWords = new Map<string, number[]>();
  const firstPrefixes = new Map<string, number[]>();
  const strategies = new Map<string, StrategyDef>();
  const add = addEntry;
  const firsts = { words: firstWords, prefixes: firstPrefixes };
  const required: AnchorSet[][] = [];
  for (const strategy of codebook.strategies) {
    strategies.set(strategy.id, strategy);
    for (const cue of strategy.cues) {
      let field = "pattern";
      try {
        const nodes = parsePattern(cue.pattern);
        const [source, free] = compiler.sources(nodes);
        const first = compiler.firstTokens(nodes);
        const sets = compiler.requiredSets(nodes);
        if (sets.length === 0) throw new Error("the pattern has no required word to anchor it (add a literal word outside [optional] groups)");
        field = "requires";
        const requires = cue.requires !== undefined ? compileCondition(compiler, cue.requires, conditions, firsts) : undefined;
        field = "unless";
        const unless = cue.unless !== undefined ? compileCondition(compiler, cue.unless, conditions, firsts) : undefined;
        const index = cues.length;
        cues.push(lazyRegex({
          index,
          id: cue.id,
          strategy: strategy.id,
          weight: cue.weight,
          requires,
          unless,
          negatable: cue.negatable ?? !hasNegation(nodes),
          // Built here, so that a bad expression is reported with its cue.
          sticky: first ? new RegExp(free, "y") : undefined,
          stickySource: first ? free : undefined,
          sets: [],
        }, source, "g"));
        required.push(sets);
        first?.words.forEach((w) => add(firstWords, w, cueBeginId(index)));
        first?.prefixes.forEach((p) => add(firstPrefixes, p, cueBeginId(index)));
      } catch (e) {
        const reason = e instanceof PatternError ? e.message : (e as Error).message;
        throw new CodebookCompileError(strategy.id, cue.id, field, reason);
      }
    }
  }
  const { anchorSets, triggers } = indexAnchorSets(required, cues, anchors, prefixes);
  return {
    codebook,
    strategies,
    cues,
    conditions: [...conditions.values()],
    anchorSets,
    triggers,
    anchors,
    prefixAnchors: [...prefixes].map(([prefix, list]) => ({ prefix, cues: list })).sort((a, b) => b.prefix.length - a.prefix.length),
    firstWords,
    firstPrefixes,
  };
}
