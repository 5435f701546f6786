/**
 * Cohen's kappa (Cohen 1960) for two coders and nominal categories:
 * kappa = (p_o − p_e) / (1 − p_e), with p_e from each coder's own marginal distribution.
 */

/** Kappa from a cross table (`table[i][j]`: units the first coder put in category i and the second in j); null when p_e = 1. */
export function kappaFromCrossTable(table: readonly (readonly number[])[]): number | null {
  const n = table.reduce((a, row) => a + row.reduce((b, x) => b + x, 0), 0);
  if (n === 0) return null;
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = table[0].map((_, j) => table.reduce((a, row) => a + row[j], 0));
  const observed = table.reduce((a, row, i) => a + row[i], 0) / n;
  const expected = rows.reduce((a, r, i) => a + (r / n) * (cols[i] / n), 0);
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}

/** The cross table of two coders' values for the same units, over the union of their categories. */
export function crossTable<V>(first: readonly V[], second: readonly V[]): { categories: V[]; table: number[][] } {
  if (first.length !== second.length) throw new Error(`crossTable: ${first.length} values of the first coder but ${second.length} of the second`);
  const categories = [...new Set([...first, ...second])];
  const index = new Map(categories.map((c, i) => [c, i]));
  const table = categories.map(() => new Array(categories.length).fill(0));
  first.forEach((v, u) => table[index.get(v)!][index.get(second[u])!]++);
  return { categories, table };
}

/** Cohen's kappa of two coders' values for the same units (null when undefined: both coders used one and the same category throughout). */
export function cohensKappa<V>(first: readonly V[], second: readonly V[]): number | null {
  return kappaFromCrossTable(crossTable(first, second).table);
}

/** The usual reading of a kappa (Landis & Koch 1977). */
export function kappaReading(kappa: number | null): string {
  if (kappa === null) return "undefined (no variation)";
  if (kappa < 0) return "poor";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almost perfect";
}
