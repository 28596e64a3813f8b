import type { StudySummary } from '../../engine/study/index.ts';
import type { Figure } from '../study/figures.ts';
import type { ComparisonResult } from './store.ts';

/** A comparison on one day: A's, B's and B − A's mean and interval by shared cell key. */
export interface ComparisonAt {
  readonly result: ComparisonResult;
  readonly day: number;
  figure(which: 'a' | 'b' | 'diff', key: string): Figure | null;
}

export function comparisonAt(result: ComparisonResult, day: number): ComparisonAt {
  const d = Math.max(0, Math.min(result.summary.diff.days - 1, day));
  return {
    result,
    day: d,
    figure(which, key) {
      const c = result.keys.get(key);
      if (c === undefined) return null;
      const s: StudySummary = result.summary[which];
      const at = d * s.cells + c;
      return { mean: s.mean[at]!, lo: s.lo[at]!, hi: s.hi[at]! };
    },
  };
}
