/**
 * A compiled codebook: what the tagger runs. Built by compileCodebook (compile.ts), or rebuilt
 * from a snapshot (plain data) without compiling again: worker threads get the main thread's
 * snapshot instead of compiling the codebook themselves. This module imports no language model.
 */
import type { Codebook, StrategyDef } from "./types.js";
import { foldedRegExp, foldedSource, LETTER } from "../tagger/text.js";

/**
 * A cue compiled once: its regular expression (matched against the lower-cased sentence) and the
 * anchor words the prefilter looks for.
 */
export interface CompiledCue {
  index: number;
  id: string;
  strategy: string;
  weight: number;
  regex: RegExp;
  requires?: CompiledCondition;
  unless?: CompiledCondition;
  negatable: boolean;
  /**
   * The same expression, sticky, for the matcher to try only where a match can begin: at the
   * tokens of `firstWords`/`firstPrefixes`. Undefined when a match's first token cannot be told
   * in advance (a leading wildcard, a word that starts with a sign): then the matcher scans.
   */
  sticky?: RegExp;
  /**
   * The sticky expression's source, when there is one: a codebook rebuilt from a snapshot builds
   * `sticky` from it on first use (see stickyOf), since most cues never meet a sentence they could
   * match, and V8 parses an expression as it is built.
   */
  stickySource?: string;
  /**
   * The anchor sets (indexes into CompiledCodebook.anchorSets) of the cue's required items: a
   * sentence can hold a match only if it has a token of each. The first is the cue's trigger.
   */
  sets: number[];
}

/**
 * A sentence-level condition (`requires` / `unless`), compiled once and shared by the cues that
 * name the same pattern, so that the matcher tests it at most once per sentence.
 */
export interface CompiledCondition {
  index: number;
  regex: RegExp;
  /** Sticky, tried only where a match can begin (as for cues); undefined when that cannot be told. */
  sticky?: RegExp;
  /** Its source (see CompiledCue.stickySource). */
  stickySource?: string;
}

/** The expressions of a cue or condition spelled for texts read in their folded form (see workingCopy and foldedSource), built on first use. */
interface Folded {
  stickyFolded?: RegExp;
  regexFolded?: RegExp;
}

/** The sticky expression for folded texts; undefined when the cue or condition has none. */
export function foldedStickyOf(item: { stickySource?: string } & Folded): RegExp | undefined {
  return item.stickyFolded ?? (item.stickySource === undefined ? undefined : (item.stickyFolded = new RegExp(foldedSource(item.stickySource), "y")));
}

/** The scanning expression for folded texts. */
export function foldedRegexOf(item: { regex: RegExp } & Folded): RegExp {
  return (item.regexFolded ??= foldedRegExp(item.regex));
}

/** The sticky expression of a cue or condition, built on first use; undefined when it has none. */
export function stickyOf(item: { sticky?: RegExp; stickySource?: string }): RegExp | undefined {
  return item.sticky ?? (item.stickySource === undefined ? undefined : (item.sticky = new RegExp(item.stickySource, "y")));
}

/** The begin index's key of a cue or a condition (see CompiledCodebook.firstWords). */
export const cueBeginId = (cue: number) => cue * 2;
export const conditionBeginId = (condition: number) => condition * 2 + 1;

export interface CompiledCodebook {
  codebook: Codebook;
  strategies: Map<string, StrategyDef>;
  cues: CompiledCue[];
  conditions: CompiledCondition[];
  /**
   * The distinct anchor sets of all cues' required items (many cues share one, such as the
   * words of @users), each a list of tokens and of prefixes.
   */
  anchorSets: { words: string[]; prefixes: string[] }[];
  /** For each anchor set, the cues it triggers (whose first set it is), in codebook order. */
  triggers: number[][];
  /** Lower-case token → the anchor sets it belongs to. */
  anchors: Map<string, number[]>;
  /** Prefix anchors (from `word*`) → the anchor sets they belong to. */
  prefixAnchors: { prefix: string; cues: number[] }[];
  /**
   * Lower-case token → the cues and conditions a match of which can begin with it, as begin ids
   * (cueBeginId, conditionBeginId).
   */
  firstWords: Map<string, number[]>;
  /** Prefix → the begin ids of the cues and conditions a match of which can begin with a token that starts so. */
  firstPrefixes: Map<string, number[]>;
}

/**
 * Give a compiled cue or condition its scanning expression (`regex`). When it has a sticky one,
 * which is what the tagger uses, the scanning one is built only if something asks for it: V8 parses
 * an expression when it is built, and the codebook's come to megabytes.
 */
export function lazyRegex<T extends { stickySource?: string }>(target: T, source: string, flags: string): T & { regex: RegExp } {
  scanSources.set(target, source);
  if (target.stickySource === undefined) return Object.assign(target, { regex: new RegExp(source, flags) });
  let regex: RegExp | undefined;
  return Object.defineProperty(target, "regex", { enumerable: true, get: () => (regex ??= new RegExp(source, flags)) }) as T & { regex: RegExp };
}

/** The scanning expression's source of each compiled cue and condition (for snapshots). */
const scanSources = new WeakMap<object, string>();

/**
 * A compiled codebook as plain data (structured-cloneable): expressions as their sources. A cue or
 * condition with a sticky expression carries only that one (the scanning spelling is twice as long,
 * and the tagger does not use it): see scanningFromSticky.
 */
export interface CompiledSnapshot {
  cues: (Omit<CompiledCue, "regex" | "sticky" | "requires" | "unless"> & { source?: string; sticky?: string; requires?: number; unless?: number })[];
  conditions: { source?: string; sticky?: string }[];
  anchorSets: CompiledCodebook["anchorSets"];
  triggers: number[][];
  anchors: [string, number[]][];
  prefixAnchors: CompiledCodebook["prefixAnchors"];
  firstWords: [string, number[]][];
  firstPrefixes: [string, number[]][];
}

/** The snapshot of a compiled codebook (its Codebook travels apart). */
export function snapshotOf(compiled: CompiledCodebook): CompiledSnapshot {
  return {
    // Field by field: reading `regex` would build the scanning expression that lazyRegex defers.
    cues: compiled.cues.map((cue) => ({
      index: cue.index,
      id: cue.id,
      strategy: cue.strategy,
      weight: cue.weight,
      negatable: cue.negatable,
      sets: cue.sets,
      ...(cue.stickySource !== undefined ? { sticky: cue.stickySource } : { source: scanSources.get(cue)! }),
      ...(cue.requires ? { requires: cue.requires.index } : {}),
      ...(cue.unless ? { unless: cue.unless.index } : {}),
    })),
    conditions: compiled.conditions.map((c) => (c.stickySource !== undefined ? { sticky: c.stickySource } : { source: scanSources.get(c)! })),
    anchorSets: compiled.anchorSets,
    triggers: compiled.triggers,
    anchors: [...compiled.anchors],
    prefixAnchors: compiled.prefixAnchors,
    firstWords: [...compiled.firstWords],
    firstPrefixes: [...compiled.firstPrefixes],
  };
}

/**
 * A scanning expression equivalent to a sticky one. The sticky spelling leaves out the word-boundary
 * checks because it runs only where a token begins, and every later word follows a gap, which
 * holds no letter (see Sources in compile.ts). A scan that checks the boundary at the start of a
 * match is thus the same expression as the compiler's scanning spelling, which checks it at every word.
 */
export function scanningFromSticky(sticky: string): string {
  return `(?<![${LETTER}])(?:${sticky})`;
}

/** Rebuild a compiled codebook from its snapshot and its Codebook; matches exactly as the original. */
export function fromSnapshot(snapshot: CompiledSnapshot, codebook: Codebook): CompiledCodebook {
  const conditions = snapshot.conditions.map((c, index) => lazyRegex({ index, sticky: undefined, stickySource: c.sticky }, c.source ?? scanningFromSticky(c.sticky!), ""));
  const cues = snapshot.cues.map(({ source, sticky, requires, unless, ...rest }) =>
    lazyRegex(
      {
        ...rest,
        sticky: undefined,
        stickySource: sticky,
        requires: requires !== undefined ? conditions[requires] : undefined,
        unless: unless !== undefined ? conditions[unless] : undefined,
      },
      source ?? scanningFromSticky(sticky!),
      "g",
    ),
  );
  return {
    codebook,
    strategies: new Map(codebook.strategies.map((s) => [s.id, s])),
    cues,
    conditions,
    anchorSets: snapshot.anchorSets,
    triggers: snapshot.triggers,
    anchors: new Map(snapshot.anchors),
    prefixAnchors: snapshot.prefixAnchors,
    firstWords: new Map(snapshot.firstWords),
    firstPrefixes: new Map(snapshot.firstPrefixes),
  };
}
