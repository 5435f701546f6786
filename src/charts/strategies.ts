/** Strategy order and labels for the charts: grouped by theory family, as the palette is. */
import { FAMILIES } from "../codebook/types.js";
import { STRATEGY_COLORS } from "../formats/palette.js";
import type { StrategyInfo } from "./options.js";

/** The built-in strategies in palette order (already grouped by family). */
const PALETTE_ORDER = Object.keys(STRATEGY_COLORS);

/**
 * Sort strategy ids for an axis or a legend: by family then by the given strategies' order when
 * `info` is given, else in the palette's family order, unknown ids last in their given order.
 */
export function strategyOrder(ids: Iterable<string>, info?: readonly StrategyInfo[]): string[] {
  const list = [...new Set(ids)];
  const given = new Map(list.map((id, i) => [id, i]));
  if (info && info.length) {
    const at = new Map(info.map((s, i) => [s.id, i]));
    const family = (id: string) => {
      const f = info[at.get(id) ?? -1]?.family;
      const i = (FAMILIES as readonly string[]).indexOf(f ?? "other");
      return i < 0 ? FAMILIES.length : i;
    };
    return list.sort((a, b) => family(a) - family(b) || (at.get(a) ?? Infinity) - (at.get(b) ?? Infinity) || given.get(a)! - given.get(b)!);
  }
  const rank = (id: string) => (PALETTE_ORDER.includes(id) ? PALETTE_ORDER.indexOf(id) : PALETTE_ORDER.length);
  return list.sort((a, b) => rank(a) - rank(b) || given.get(a)! - given.get(b)!);
}

