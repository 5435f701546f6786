/** Plot tip options for interactive charts (none when static: tips need a browser's pointer). */
import type { ChartConfig } from "./options.js";

/** `{tip, channels}` to spread into a mark's options: the given channels in the tip, Plot's own ones hidden. */
export function tipOptions<T>(config: ChartConfig, channels: Record<string, string | ((d: T) => unknown)>, hide: string[] = ["x", "y", "fill", "r", "fy"]) {
  if (config.static) return {};
  return { tip: { format: Object.fromEntries(hide.map((k) => [k, false])) }, channels };
}
