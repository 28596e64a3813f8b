import type { Criteria, Filter, PropertyFilter } from '../../model/index.ts';

/**
 * Which way time alone can move a lazy score (score.ts), and which way a filter on it follows:
 * where the score can only fall, a "greater than" that fails cannot start to hold with time, and
 * a visit that raises it moves no crossing earlier (flip.ts#scoreFlip, quiet-watch.ts).
 */

/**
 * Whether criteria can only stop holding with time alone, the events they read being all past:
 * each filter reads no time, or asks for an event (form submitted, page viewed, email event) or a
 * property change within the last N days.
 */
export function decays(criteria: Criteria, readsTime: (f: Filter) => boolean): boolean {
  return criteria.groups.every((g) =>
    g.filters.every((f) => {
      if (!readsTime(f)) return true;
      if (f.kind === 'form') return f.op === 'submitted';
      if (f.kind === 'page-view') return f.op === 'viewed';
      if (f.kind === 'email') return true;
      return f.kind === 'property' && f.operation.op === 'updated-in-last-days';
    }),
  );
}

/**
 * Whether time alone can only lower the score: every rule whose verdict time can change decays
 * and adds points (rules reading no time are constant between changes, whatever their points).
 */
export function scoreFalls(rules: readonly { readonly criteria: Criteria; readonly points: number }[], readsTime: (f: Filter) => boolean): boolean {
  return rules.every((r) => !r.criteria.groups.some((g) => g.filters.some(readsTime)) || (r.points >= 0 && decays(r.criteria, readsTime)));
}

/** 1 when a filter on the score holds more as the score grows, -1 when less, 0 neither. */
export function risesWithScore(f: PropertyFilter): number {
  if (f.type !== 'number') return 0;
  const op = f.operation.op;
  return op === 'gt' || op === 'gte' ? 1 : op === 'lt' || op === 'lte' ? -1 : 0;
}

