import { clampDay, figureIn, type Figure } from '../study/figures.ts';
import type { ComparisonResult } from './store.ts';

/** A comparison on one day: A's, B's and B − A's mean and interval by shared cell key. */
export interface ComparisonAt {
  readonly result: ComparisonResult;
  readonly day: number;
  figure(which: 'a' | 'b' | 'diff', key: string): Figure | null;
}

export function comparisonAt(result: ComparisonResult, day: number): ComparisonAt {
  const d = clampDay(result.summary.diff, day);
  return { result, day: d, figure: (which, key) => figureIn(result.summary[which], result.keys.get(key), d) };
}
