/** Document-level evaluation: which strategies a document carries, and in which mode. */
import type { Mode } from "../codebook/types.js";

export interface DocumentLabel {
  strategy: string;
  mode: Mode;
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

export interface DocumentEvaluation {
  documents: number;
  perStrategy: StrategyCounts[];
  macro: { precision: number; recall: number; f1: number };
  micro: { precision: number; recall: number; f1: number };
  /** Share of true positives whose mode is right. */
  modeAccuracy: number;
  modeCompared: number;
  /** Share of documents with no gold strategy that get no predicted strategy either. */
  cleanNegatives: number;
  negatives: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
/** F1 with the convention that a strategy absent from both gold and prediction scores 1. */
const f1Of = (tp: number, fp: number, fn: number) => (tp + fp + fn === 0 ? 1 : ratio(2 * tp, 2 * tp + fp + fn));

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
    return { strategy, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: f1Of(tp, fp, fn) };
  });
  const n = perStrategy.length || 1;
  const sum = perStrategy.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    documents: gold.length,
    perStrategy,
    macro: {
      precision: perStrategy.reduce((a, c) => a + c.precision, 0) / n,
      recall: perStrategy.reduce((a, c) => a + c.recall, 0) / n,
      f1: perStrategy.reduce((a, c) => a + c.f1, 0) / n,
    },
    micro: { precision: ratio(sum.tp, sum.tp + sum.fp), recall: ratio(sum.tp, sum.tp + sum.fn), f1: f1Of(sum.tp, sum.fp, sum.fn) },
    modeAccuracy: ratio(modeRight, modeCompared),
    modeCompared,
    cleanNegatives: ratio(cleanNegatives, negatives),
    negatives,
  };
}
