/** Document-level evaluation: which strategies a document carries, and in which mode. */
import type { Mode } from "../codebook/types.js";
import { profile } from "../tagger/profile.js";

export interface DocumentLabel {
  strategy: string;
  mode: Mode;
}

/**
 * A document's labels from its spans: each strategy once, in the mode of its clearest occurrence
 * (the most confident span, the first on a tie; a span without a confidence, such as a gold
 * annotation, counts as 1). The same rule as profile().
 */
export function documentLabels(spans: readonly { strategy: string; mode: Mode; start: number; end: number; text: string; confidence?: number }[]): DocumentLabel[] {
  return profile(spans.map((s) => ({ strategy: s.strategy, mode: s.mode, start: s.start, end: s.end, text: s.text, confidence: s.confidence ?? 1, cue: "" }))).map((p) => ({ strategy: p.strategy, mode: p.mode }));
}

export interface StrategyCounts {
  strategy: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface Averages {
  /** Over all the counts pooled. */
  micro: Scores;
  /** The mean over the strategies that occur in gold or prediction (a strategy absent from both is not scored). */
  macro: Scores;
  /** How many strategies the macro average is over. */
  scored: number;
}

export interface DocumentEvaluation extends Averages {
  documents: number;
  perStrategy: StrategyCounts[];
  /** Share of true positives whose mode is right. */
  modeAccuracy: number;
  modeCompared: number;
  /** Share of documents with no gold strategy that get no predicted strategy either. */
  cleanNegatives: number;
  negatives: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision, recall and F1 of counts; F1 is 1 by convention when there is nothing to find and nothing found. */
export function scores(tp: number, fp: number, fn: number): Scores {
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: tp + fp + fn === 0 ? 1 : ratio(2 * tp, 2 * tp + fp + fn) };
}

/** Micro and macro averages of per-strategy counts (see Averages). */
export function averages(perStrategy: readonly StrategyCounts[]): Averages {
  const sum = perStrategy.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const micro = scores(sum.tp, sum.fp, sum.fn);
  const scored = perStrategy.filter((c) => c.tp + c.fp + c.fn > 0);
  const mean = (k: keyof Scores) => scored.reduce((a, c) => a + c[k], 0) / scored.length;
  return { micro, macro: scored.length ? { precision: mean("precision"), recall: mean("recall"), f1: mean("f1") } : micro, scored: scored.length };
}

/** Compare predicted with gold document labels over the given strategies. */
export function evaluateDocuments(gold: DocumentLabel[][], predicted: DocumentLabel[][], strategies: readonly string[]): DocumentEvaluation {
  if (gold.length !== predicted.length) throw new Error(`evaluateDocuments: ${gold.length} gold documents but ${predicted.length} predicted`);
  const counts = new Map(strategies.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
  let modeRight = 0;
  let modeCompared = 0;
  let negatives = 0;
  let cleanNegatives = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    const gm = new Map(g.map((l) => [l.strategy, l.mode]));
    const pm = new Map(p.map((l) => [l.strategy, l.mode]));
    if (g.length === 0) {
      negatives++;
      if (p.length === 0) cleanNegatives++;
    }
    for (const s of strategies) {
      const c = counts.get(s)!;
      const inG = gm.has(s);
      const inP = pm.has(s);
      if (inG && inP) {
        c.tp++;
        modeCompared++;
        if (gm.get(s) === pm.get(s)) modeRight++;
      } else if (inP) c.fp++;
      else if (inG) c.fn++;
    }
  });
  const perStrategy = strategies.map((strategy) => {
    const { tp, fp, fn } = counts.get(strategy)!;
    return { strategy, tp, fp, fn, ...scores(tp, fp, fn) };
  });
  return {
    documents: gold.length,
    perStrategy,
    ...averages(perStrategy),
    modeAccuracy: ratio(modeRight, modeCompared),
    modeCompared,
    cleanNegatives: ratio(cleanNegatives, negatives),
    negatives,
  };
}
