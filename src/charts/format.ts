/** Number formats shared by the charts. */

/** A share in [0, 1] as a whole percentage: 0.333 → "33%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A year and month from an ISO date: "2021-04-03" → "2021-04". */
export const month = (date: string) => date.slice(0, 7);
