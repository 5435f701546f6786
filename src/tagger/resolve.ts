/** Stage 5: resolve. Longest match wins within a strategy; nothing is counted twice. */
import type { Tag } from "../codebook/types.js";

/**
 * Keep, for each strategy, a set of non-overlapping tags: longer spans first, then higher
 * confidence, then earlier. Tags of different strategies may overlap (one phrase can carry two).
 */
export function resolve(tags: Tag[]): Tag[] {
  const byStrategy = new Map<string, Tag[]>();
  for (const t of tags) {
    const list = byStrategy.get(t.strategy);
    if (list) list.push(t);
    else byStrategy.set(t.strategy, [t]);
  }
  const kept: Tag[] = [];
  for (const list of byStrategy.values()) {
    list.sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
    const chosen: Tag[] = [];
    for (const t of list) {
      if (!chosen.some((c) => c.start < t.end && t.start < c.end)) chosen.push(t);
    }
    kept.push(...chosen);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.strategy < b.strategy ? -1 : a.strategy > b.strategy ? 1 : 0));
}
