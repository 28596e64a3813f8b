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

/** An interval over replications: engine/study's rule (order statistics, 90 %), the one of every interval shown. */
export { predictionInterval as intervalOf } from '../study/interval.ts';
