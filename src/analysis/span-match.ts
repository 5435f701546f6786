/**
 * Matching two coders' spans of one document. Offsets are UTF-16 code units, end exclusive.
 *
 * - exact: same strategy, same start and same end.
 * - overlap: same strategy and at least one shared character. Matching is one to one: pairs with
 *   the largest overlap are taken first, so that one long span cannot match several short ones.
 */
import type { Mode } from "../codebook/types.js";

export interface SpanLike {
  strategy: string;
  mode: Mode;
  start: number;
  end: number;
  text: string;
}

export interface Interval {
  start: number;
  end: number;
}

export const MATCHINGS = ["exact", "overlap"] as const;
export type Matching = (typeof MATCHINGS)[number];

export const overlapLength = (a: Interval, b: Interval) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const overlaps = (a: Interval, b: Interval) => overlapLength(a, b) > 0;

export interface SpanMatch {
  /** Pairs of indexes [reference, compared]. */
  pairs: [number, number][];
  unmatchedReference: number[];
  unmatchedCompared: number[];
}

/** Match the spans of two coders one to one (see the top of this file). */
export function matchSpans(reference: readonly SpanLike[], compared: readonly SpanLike[], how: Matching): SpanMatch {
  const candidates: { i: number; j: number; shared: number; shift: number }[] = [];
  reference.forEach((r, i) =>
    compared.forEach((c, j) => {
      if (r.strategy !== c.strategy) return;
      const shared = overlapLength(r, c);
      if (how === "exact" ? r.start === c.start && r.end === c.end : shared > 0) candidates.push({ i, j, shared, shift: Math.abs(r.start - c.start) + Math.abs(r.end - c.end) });
    }),
  );
  candidates.sort((a, b) => b.shared - a.shared || a.shift - b.shift || a.i - b.i || a.j - b.j);
  const usedR = new Set<number>();
  const usedC = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedR.has(i) || usedC.has(j)) continue;
    usedR.add(i);
    usedC.add(j);
    pairs.push([i, j]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedReference: reference.map((_, i) => i).filter((i) => !usedR.has(i)),
    unmatchedCompared: compared.map((_, j) => j).filter((j) => !usedC.has(j)),
  };
}

/** Sorted, disjoint intervals covering the same characters as the spans. */
export function mergeIntervals(spans: readonly Interval[]): Interval[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** How many characters the (merged) intervals cover. */
export const coveredLength = (merged: readonly Interval[]) => merged.reduce((n, s) => n + s.end - s.start, 0);

/** How many characters two sets of merged intervals share. */
export function sharedLength(a: readonly Interval[], b: readonly Interval[]): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    n += overlapLength(a[i], b[j]);
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return n;
}
