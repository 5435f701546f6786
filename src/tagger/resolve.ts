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
    kept.push(...(list.length <= 32 ? greedySmall(list) : greedyLarge(list)));
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.strategy < b.strategy ? -1 : a.strategy > b.strategy ? 1 : 0));
}

/** Keep each tag that overlaps none kept before it (few tags: compare with each). */
function greedySmall(list: Tag[]): Tag[] {
  const chosen: Tag[] = [];
  for (const t of list) if (!chosen.some((c) => c.start < t.end && t.start < c.end)) chosen.push(t);
  return chosen;
}

/** The same for many tags, in time linear in their lengths: mark the characters already taken. */
function greedyLarge(list: Tag[]): Tag[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of list) {
    if (t.start < lo) lo = t.start;
    if (t.end > hi) hi = t.end;
  }
  const taken = new Uint8Array(hi - lo);
  const chosen: Tag[] = [];
  for (const t of list) {
    let free = true;
    for (let i = t.start - lo; i < t.end - lo; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, t.start - lo, t.end - lo);
    chosen.push(t);
  }
  return chosen;
}
