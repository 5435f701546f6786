/** The strongest strategies of a profile. */

export interface DominantStrategy {
  strategy: string;
  share: number;
  count: number;
}

/** The n strategies with the highest share (zero shares left out), ties in the profile's strategy order. */
export function dominantStrategies(profile: { shares: Record<string, number>; counts?: Record<string, number> }, n = 3): DominantStrategy[] {
  if (!Number.isInteger(n) || n < 0) throw new TypeError(`invalid n: ${JSON.stringify(n)} (expected an integer from 0)`);
  return Object.entries(profile.shares)
    .filter(([, share]) => share > 0)
    .map(([strategy, share], i) => ({ strategy, share, count: profile.counts?.[strategy] ?? 0, i }))
    .sort((a, b) => b.share - a.share || a.i - b.i)
    .slice(0, n)
    .map(({ strategy, share, count }) => ({ strategy, share, count }));
}
