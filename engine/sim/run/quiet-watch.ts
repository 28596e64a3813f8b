import type { Criteria, Filter, PropertyFilter } from '../../model/index.ts';
import { risesWithScore, scoreFalls } from '../compile/score-time.ts';
import { DAY_MS } from '../../criteria/values.ts';
import { allOf, compileFilterTest, type ContactTest } from '../compile/compiled-criteria.ts';
import type { RunContext } from '../context.ts';

/**
 * What a quiet visit (visits.ts) compares before and after: the filters whose verdict a visit
 * can move, in the criteria whose verdicts the run remembers (triggers and goals; the score
 * rules too when the score is stored, score.ts).
 *
 * A lazy score moves with what its rules read. A filter reading it is compared; and where a visit
 * feeds a rule (a page view, the activity date), it moves the rule's window, which can move where
 * the score crosses a threshold, earlier as well as later: such a visit takes the full path while
 * some group reading the score has its gate open (`scoreInputs`, `scoreOpen`; boundaries of a
 * closed group are skipped, and looked at again when its gate opens). Unless the score is
 * `monotone`: time alone can only lower it (flip.ts#scoreFalls), the rules a visit feeds add
 * points, and every filter on it is a threshold. A visit can then only raise the score at every instant ahead, which moves
 * no crossing earlier (a "greater than" failing cannot start to hold with time; holding, it stops
 * later), as long as no event lies ahead in the contact's history.
 */

export const READS_ACTIVITY = 1;
export const READS_PAGE = 2;

export interface Watched {
  readonly test: ContactTest;
  /** LESS or MORE for a rolling filter on the activity date (`span` its window in ms), else 0. */
  readonly rolling: number;
  readonly span: number;
  /** It reads page views only (compared only when the visit records one). */
  readonly page: boolean;
  /** With tight re-checks, when it reads time: not compared while this fails. */
  readonly gate: ContactTest | null;
}

export interface Unenrolling {
  readonly w: number;
  /** READS_ACTIVITY | READS_PAGE: what its trigger reads. */
  readonly reads: number;
}

export interface QuietWatch {
  readonly watched: Watched[];
  readonly unenrolling: Unenrolling[];
  /** Lazy score: what its rules read (READS_*), and whether a group reading it may flip (null: always). */
  readonly scoreInputs: number;
  readonly scoreOpen: ContactTest | null;
  readonly scoreMonotone: boolean;
}

export function watchedFilters(sim: RunContext, tight: boolean): QuietWatch {
  const { compiled, store } = sim;
  const { readsScore } = compiled;
  const rules = compiled.scoreInputs.map((r) => r.criteria);
  const remembered = compiled.workflows.flatMap((cw) => (cw.goal ? [cw.triggers.criteria, cw.goal.criteria] : [cw.triggers.criteria]));
  const scoreReads = compiled.lazyScore ? readsOfAll(rules, reads) : 0;
  const readsOf = (f: Filter) => reads(f) | (compiled.lazyScore && readsScore(f) ? scoreReads : 0);
  const gateOf = (filters: readonly Filter[]) => allOf(filters.filter((f) => !compiled.readsTime(f)).map((f) => compileFilterTest(f, store)));
  const entry = (f: Filter, gate: ContactTest | null): Watched => ({
    test: compileFilterTest(f, store),
    page: readsOf(f) === READS_PAGE,
    gate: tight && compiled.readsTime(f) ? gate : null,
    ...rolling(f),
  });
  const watched = remembered.flatMap((c) =>
    c.groups.flatMap((g) => {
      const gate = gateOf(g.filters);
      return g.filters.filter((f) => readsOf(f) !== 0).map((f) => entry(f, gate));
    }),
  );
  if (!compiled.lazyScore) {
    watched.push(...rules.flatMap((c) => c.groups.flatMap((g) => g.filters.filter((f) => reads(f) !== 0).map((f) => entry(f, gateOf(g.filters))))));
  }
  const scoreGroups = compiled.lazyScore ? remembered.flatMap((c) => c.groups.filter((g) => g.filters.some(readsScore))) : [];
  const gates = scoreGroups.map((g) => (tight ? gateOf(g.filters) : null));
  const scoreOpen: ContactTest | null = gates.some((g) => g === null) ? null : anyOf(gates as ContactTest[]);
  const unenrolling = compiled.workflows
    .filter((cw) => cw.workflow.enrollment.unenrollWhenNotMatching)
    .map((cw) => ({ w: cw.index, reads: readsOfAll([cw.triggers.criteria], readsOf) }))
    .filter((u) => u.reads !== 0);
  const scoreFilters = scoreGroups.flatMap((g) => g.filters.filter(readsScore)) as PropertyFilter[];
  // Time only lowers the score, a visit only raises it (the rules it feeds add points), every filter on it a threshold.
  const scoreMonotone =
    scoreFalls(compiled.scoreInputs, compiled.readsTime) &&
    compiled.scoreInputs.every((r) => r.points >= 0 || readsOfAll([r.criteria], reads) === 0) &&
    scoreFilters.every((f) => risesWithScore(f) !== 0);
  return { watched, unenrolling, scoreInputs: scoreGroups.length > 0 ? scoreReads : 0, scoreOpen, scoreMonotone };
}

function readsOfAll(criteria: readonly Criteria[], readsOf: (f: Filter) => number): number {
  return criteria.reduce((m, c) => c.groups.reduce((n, g) => g.filters.reduce((o, f) => o | readsOf(f), n), m), 0);
}

/** Some of these tests, with a plain loop (see `allOf`). */
function anyOf(tests: readonly ContactTest[]): ContactTest {
  return (i, now) => {
    for (let k = 0; k < tests.length; k++) if (tests[k]!(i, now)) return true;
    return false;
  };
}

/** What a filter reads that a visit changes: the activity date, page views, or neither (0). */
function reads(f: Filter): number {
  if (f.kind === 'property') return f.property === 'lastactivitydate' ? READS_ACTIVITY : 0;
  return f.kind === 'page-view' ? READS_PAGE : 0;
}

/**
 * "Less / more than N days ago" on the activity date, answered from the instant without a call
 * (as `dateMatches`): visits ask millions of times, and a call boxes the instant.
 */
function rolling(f: Filter): { rolling: number; span: number } {
  if (f.kind !== 'property' || f.type !== 'date' || f.property !== 'lastactivitydate') return { rolling: 0, span: 0 };
  const op = f.operation;
  if (op.op === 'less-than-days-ago') return { rolling: LESS, span: op.days * DAY_MS };
  if (op.op === 'more-than-days-ago') return { rolling: MORE, span: op.days * DAY_MS };
  return { rolling: 0, span: 0 };
}

/** `rolling` values: "less than" (holds while at > now - span and at <= now) and "more than" (at < now - span). */
export const LESS = 1;
const MORE = 2;
