/**
 * Krippendorff's alpha for nominal data (Krippendorff, "Computing Krippendorff's Alpha-Reliability",
 * 2011): alpha = 1 − D_o / D_e, computed from the coincidence matrix of the values that coders gave
 * to the same units. Any number of coders, any number of values, missing data allowed: a unit coded
 * by fewer than two coders is not pairable and does not count.
 */

/** A coincidence matrix: `o[c][k]` counts the pairs of values (c, k) within units, each unit weighted 1 / (m_u − 1). */
export interface Coincidences<V> {
  values: V[];
  o: number[][];
}

/**
 * The coincidence matrix of reliability data given unit by unit: `units[u]` holds the values the
 * coders gave to unit u (null or undefined where a coder did not code it).
 */
export function coincidences<V>(units: Iterable<readonly (V | null | undefined)[]>): Coincidences<V> {
  const values: V[] = [];
  const index = new Map<V, number>();
  const o: number[][] = [];
  const at = (v: V) => {
    let i = index.get(v);
    if (i === undefined) {
      i = values.length;
      index.set(v, i);
      values.push(v);
      for (const row of o) row.push(0);
      o.push(new Array(values.length).fill(0));
    }
    return i;
  };
  for (const unit of units) {
    const present = unit.filter((v): v is V => v !== null && v !== undefined).map(at);
    const m = present.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) if (i !== j) o[present[i]][present[j]] += 1 / (m - 1);
    }
  }
  return { values, o };
}

/** Nominal alpha from a coincidence matrix; null when it is undefined (no pairable values, or no variation). */
export function alphaFromCoincidences(o: readonly (readonly number[])[]): number | null {
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = nc.reduce((a, b) => a + b, 0);
  if (n <= 1) return null;
  let disagree = 0;
  o.forEach((row, c) => row.forEach((x, k) => (c !== k ? (disagree += x) : 0)));
  let expected = 0;
  nc.forEach((a, c) => nc.forEach((b, k) => (c !== k ? (expected += a * b) : 0)));
  if (expected === 0) return null;
  return 1 - ((n - 1) * disagree) / expected;
}

/** Nominal alpha of reliability data given unit by unit (see `coincidences`). */
export function nominalAlpha<V>(units: Iterable<readonly (V | null | undefined)[]>): number | null {
  return alphaFromCoincidences(coincidences(units).o);
}

/**
 * Nominal alpha of two coders who both coded every unit, from their cross table
 * (`table[i][j]`: units that the first coder put in category i and the second in category j).
 * With no missing data the coincidence matrix is the table plus its transpose.
 */
export function alphaFromCrossTable(table: readonly (readonly number[])[]): number | null {
  return alphaFromCoincidences(table.map((row, i) => row.map((x, j) => x + table[j][i])));
}

/** The usual reading of an alpha (Krippendorff 2004, p. 241): >= .800 reliable, >= .667 tentative, else not reliable. */
export function alphaReading(alpha: number | null): string {
  if (alpha === null) return "undefined (no variation)";
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "not reliable";
}
