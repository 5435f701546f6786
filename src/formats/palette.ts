import type { StrategyDef } from "../codebook/types.js";

/**
 * Colours of the strategies, grouped by theory family so that related strategies share a hue
 * family (deny: reds, diminish: oranges/browns, rebuild: greens, bolster: blues, evade: purples,
 * manage: greys). Chosen to stay distinguishable for 15 strategies on white.
 */
export const STRATEGY_COLORS: Record<string, string> = {
  denial: "#b2182b",
  relabeling: "#e7298a",
  "blame-others": "#d6604d",
  "user-responsibility": "#f4a582",
  "sector-problem": "#e66101",
  normalisation: "#fdb863",
  minimisation: "#8c510a",
  "temporal-distancing": "#bf812d",
  "corrective-action": "#1b7837",
  apology: "#5aae61",
  compensation: "#a6dba0",
  bolstering: "#2166ac",
  "transparency-claim": "#67a9cf",
  "strategic-silence": "#762a83",
  "media-management": "#636363",
};

const FALLBACK = ["#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3", "#b2df8a"];

/** The colour of a strategy (user strategies get a stable colour from their id). */
export function strategyColor(id: string): string {
  if (STRATEGY_COLORS[id]) return STRATEGY_COLORS[id];
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return FALLBACK[h % FALLBACK.length];
}

/** Strategies in legend order: by family, then by the codebook's order. */
export function legendOrder(strategies: readonly StrategyDef[]): StrategyDef[] {
  const families = ["deny", "diminish", "rebuild", "bolster", "evade", "manage", "other"];
  return [...strategies].sort((a, b) => families.indexOf(a.family) - families.indexOf(b.family) || strategies.indexOf(a) - strategies.indexOf(b));
}
