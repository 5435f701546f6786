/** Jensen–Shannon divergence between two distributions over the same keys, in bits (so in [0, 1]). */

/**
 * The weights are normalised to sum to 1 first (so counts may be passed). Two empty distributions
 * diverge by 0; an empty one and a non-empty one by 1 (nothing in common).
 */
export function jensenShannon(p: Record<string, number>, q: Record<string, number>): number {
  const keys = [...new Set([...Object.keys(p), ...Object.keys(q)])];
  const sp = sum(keys.map((k) => p[k] ?? 0));
  const sq = sum(keys.map((k) => q[k] ?? 0));
  if (sp === 0 || sq === 0) return sp === sq ? 0 : 1;
  let d = 0;
  for (const k of keys) {
    const a = (p[k] ?? 0) / sp;
    const b = (q[k] ?? 0) / sq;
    const m = (a + b) / 2;
    if (a > 0) d += (a / 2) * Math.log2(a / m);
    if (b > 0) d += (b / 2) * Math.log2(b / m);
  }
  return Math.min(1, Math.max(0, d));
}

function sum(values: number[]): number {
  for (const v of values) if (!(v >= 0) || !Number.isFinite(v)) throw new TypeError(`jensenShannon: invalid weight ${v} (expected a finite number >= 0)`);
  return values.reduce((a, b) => a + b, 0);
}
