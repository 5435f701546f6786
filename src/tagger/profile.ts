import type { Mode, Tag } from "../codebook/types.js";

/** A document's score for one strategy. */
export interface StrategyScore {
  strategy: string;
  /** 1 − ∏(1 − confidence) over the strategy's tags: in [0, 1], higher with more and surer tags. */
  score: number;
  /** How many tags. */
  count: number;
  /** The mode of the clearest occurrence (the most confident tag; the first on a tie). */
  mode: Mode;
}

/** Per-strategy scores of one document's tags, strongest first. */
export function profile(tags: readonly Tag[]): StrategyScore[] {
  const by = new Map<string, { miss: number; count: number; best: Tag }>();
  for (const t of tags) {
    const e = by.get(t.strategy);
    if (!e) by.set(t.strategy, { miss: 1 - t.confidence, count: 1, best: t });
    else {
      e.miss *= 1 - t.confidence;
      e.count++;
      if (t.confidence > e.best.confidence) e.best = t;
    }
  }
  return [...by]
    .map(([strategy, e]) => ({ strategy, score: Math.round((1 - e.miss) * 1000) / 1000, count: e.count, mode: e.best.mode }))
    .sort((a, b) => b.score - a.score || (a.strategy < b.strategy ? -1 : 1));
}
