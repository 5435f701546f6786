/** The three modes a tag can carry (see the codebook, "Unit and modes"). */
export const MODES = ["enacted", "directive", "reported"] as const;
export type Mode = (typeof MODES)[number];

/** The theory families that group strategies (used for colours and legends). */
export const FAMILIES = ["deny", "diminish", "rebuild", "bolster", "evade", "manage", "other"] as const;
export type Family = (typeof FAMILIES)[number];

/** One cue of a strategy: a pattern in framewatch's pattern language (see pattern.ts). */
export interface CueDef {
  /** Stable id, `<strategy>.<name>`; it appears in every tag the cue fires. */
  id: string;
  /** The pattern, e.g. `frame (this|it) as [a] (sector|industry) (problem|issue)`. */
  pattern: string;
  /** Base confidence of a match, in (0, 1]. */
  weight: number;
  /** The sentence must also match this pattern somewhere for the cue to fire. */
  requires?: string;
  /** The cue does not fire when the sentence matches this pattern. */
  unless?: string;
  /** Whether a negation before the match cancels it (default: true unless the pattern itself negates). */
  negatable?: boolean;
}

/** An example the tests run: a hit must produce the strategy (with that mode, when given). */
export interface HitExample {
  text: string;
  mode?: Mode;
}

export interface StrategyDef {
  id: string;
  label: string;
  family: Family;
  /** Benoit / SCCT link, in words. */
  theory: string;
  definition: string;
  /** Questions a reporter would put back to the organisation (shown by --explain). */
  questions: string[];
  cues: CueDef[];
  hits: (string | HitExample)[];
  misses: string[];
}

/** A codebook: strategies plus named word lists (`@name` in patterns). */
export interface Codebook {
  version: string;
  strategies: StrategyDef[];
  lexicon: Record<string, string>;
}

/** A tag: one strategy on one span of the text. */
export interface Tag {
  strategy: string;
  mode: Mode;
  /** UTF-16 offset of the first character (inclusive). */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** In [0, 1]. */
  confidence: number;
  /** Id of the cue that fired. */
  cue: string;
}
