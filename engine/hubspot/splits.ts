/**
 * Random split percentages (`AB_TEST_BRANCH`). v4's SDK schemas give `testBranches` no
 * percentage and HubSpot documents "evenly sized groups"; one source reports
 * `testBranches[].percentage` in the 2027-03 beta (hubspot-today.md §1.3). So an even split is
 * written as the schema has it, an uneven one with `percentage` on each branch (whole numbers
 * adding up to 100), which the import reads back.
 */

/** n even groups in whole percentages, the first ones taking the remainder: 34 / 33 / 33. */
export function evenShares(n: number): number[] {
  return Array.from({ length: n }, (_, k) => Math.floor(100 / n) + (k < 100 % n ? 1 : 0));
}

/** Shares that are HubSpot's even groups: all equal (33.3…), or exactly `evenShares`. */
export function isEvenSplit(shares: readonly number[]): boolean {
  const n = shares.length;
  const even = evenShares(n);
  return shares.every((s) => Math.abs(s - 100 / n) < 1e-6) || shares.every((s, k) => s === even[k]);
}

/** Whole percentages adding up to 100 (largest remainders round up), for shares that may have decimals. */
export function wholeShares(shares: readonly number[]): number[] {
  const floors = shares.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = shares.map((s, k) => ({ k, rest: s - Math.floor(s) })).sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (const { k } of order) {
    if (left <= 0) break;
    floors[k]! += 1;
    left--;
  }
  return floors;
}

/** The percentages a flow's test branches give, when they are whole numbers adding up to 100; else null. */
export function readShares(values: readonly unknown[]): number[] | null {
  if (!values.every((v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100)) return null;
  return values.reduce((a, b) => a + b, 0) === 100 ? [...values] : null;
}

/** A value of the file as it may be shown in a sentence: a number as is, anything else short. */
export function shownValue(value: unknown): string {
  if (value === undefined) return '–';
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
