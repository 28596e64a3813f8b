import type { ExpectState, Interval, Measured } from './types.ts';

/** Holds, fails or uncertain: one value against its bound, or an interval that may straddle it. */

export function keeps(value: number, m: Pick<Measured, 'bound' | 'limit'>): boolean {
  return m.bound === 'at-least' ? value >= m.limit : value <= m.limit;
}

export function judge(m: Measured, interval?: Interval): ExpectState {
  if (m.broken) return 'fails';
  if (!interval) return keeps(m.value, m) ? 'holds' : 'fails';
  const low = keeps(interval.low, m);
  const high = keeps(interval.high, m);
  if (low && high) return 'holds';
  if (!low && !high) return 'fails';
  return 'uncertain';
}

/**
 * A plain interval over replications: the mean, and the range holding the middle `level` of the
 * values (nearest-rank quantiles; with few values, their minimum and maximum).
 */
export function intervalOf(values: readonly number[], level = 0.9): Interval {
  if (values.length === 0) throw new Error('intervalOf needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const tail = (1 - level) / 2;
  // (1 - 0.9) / 2 * 20 is 0.9999999999999998 and 0.95 * 20 is 19.000000000000004 in doubles: a hair of slack.
  const rank = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n - 1e-9) - 1))]!;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const few = tail * n < 1 - 1e-9;
  return { mean, low: few ? sorted[0]! : rank(tail), high: few ? sorted[n - 1]! : rank(1 - tail) };
}
