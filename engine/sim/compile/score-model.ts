import type { Criteria, Filter, ScoreEvent, ScoreModel } from '../../model/index.ts';
import { DEP } from './compiled.ts';
import type { ContactTest } from './compiled-criteria.ts';

/**
 * A score model (model/scoring.ts) as the run reads it. Criteria rules go through the same
 * compilation as every criteria (compile.ts); event rules are kept here with what they count,
 * and each also stands as a "synthetic" criteria ("the event happened within a day") so the code
 * that asks what a score reads and whether time can only lower it (score-time.ts, quiet-watch.ts)
 * reads model and legacy rules alike.
 */

export interface CompiledScoreGroup {
  readonly fit: boolean;
  readonly limit: number | null;
  /** Time frame in ms (an event counts while at most this old), or null. */
  readonly frameMs: number | null;
  /** Decay: the factor kept each step (1 - percent / 100) and the step in ms, or null. */
  readonly keep: number;
  readonly stepMs: number | null;
}

export interface CompiledScoreEvent {
  readonly group: number;
  readonly points: number;
  readonly event: ScoreEvent;
  readonly deps: number;
}

export interface CompiledScoreModel {
  readonly model: ScoreModel;
  readonly groups: readonly CompiledScoreGroup[];
  /** Per criteria rule (in the order of `Compiled#scoreRules`), its group. */
  readonly ruleGroups: Int32Array;
  readonly events: readonly CompiledScoreEvent[];
}

const DAY_MS = 86_400_000;

/** The model's criteria rules, in group order, each with its group index. */
export function modelCriteriaRules(model: ScoreModel): { readonly criteria: Criteria; readonly points: number; readonly group: number }[] {
  return model.groups.flatMap((g, k) => g.rules.flatMap((r) => (r.type === 'criteria' ? [{ criteria: r.criteria, points: r.points, group: k }] : [])));
}

/** A filter counting the same events as an event rule (within a day: it reads time, as an event rule does). */
export function eventFilter(e: ScoreEvent): Filter {
  switch (e.kind) {
    case 'email':
      return { kind: 'email', email: e.email, event: e.event, withinDays: 1 };
    case 'form':
      return { kind: 'form', asset: e.asset, op: 'submitted', withinDays: 1 };
    case 'page-view':
      return { kind: 'page-view', url: e.url, match: e.match, op: 'viewed', withinDays: 1 };
  }
}

const EVENT_DEP = { email: DEP.email, form: DEP.form, 'page-view': DEP.page } as const;
const RETENTION = { email: 'email', form: 'form', 'page-view': 'page' } as const;

/**
 * Compiles a model's groups and event rules; `keep` extends history retention to what event
 * rules count (their time frame, else forever), `pages` records the pages they count.
 */
export function compileScoreModel(
  model: ScoreModel,
  keep: (kind: 'email' | 'form' | 'page', days: number | undefined) => void,
  pages: { url: string; match: 'equals' | 'contains' }[],
): CompiledScoreModel {
  const groups = model.groups.map(
    (g): CompiledScoreGroup => ({
      fit: g.kind === 'fit',
      limit: g.limit,
      frameMs: g.timeFrameDays === null ? null : g.timeFrameDays * DAY_MS,
      keep: g.decay ? 1 - g.decay.percent / 100 : 1,
      stepMs: g.decay ? g.decay.everyDays * DAY_MS : null,
    }),
  );
  const events = model.groups.flatMap((g, k) =>
    g.rules.flatMap((r): CompiledScoreEvent[] => {
      if (r.type !== 'event') return [];
      keep(RETENTION[r.event.kind], g.timeFrameDays ?? undefined);
      if (r.event.kind === 'page-view') pages.push({ url: r.event.url, match: r.event.match });
      return [{ group: k, points: r.points, event: r.event, deps: EVENT_DEP[r.event.kind] }];
    }),
  );
  const ruleGroups = Int32Array.from(modelCriteriaRules(model), (r) => r.group);
  return { model, groups, ruleGroups, events };
}

/** What a model's score is made of, for the code that reads rules alike: criteria rules, and event rules as filters. */
export function scoreInputs(model: ScoreModel): { readonly criteria: Criteria; readonly points: number }[] {
  return model.groups.flatMap((g) =>
    g.rules.map((r) => (r.type === 'criteria' ? { criteria: r.criteria, points: r.points } : { criteria: { groups: [{ filters: [eventFilter(r.event)] }] }, points: r.points })),
  );
}

/** The walk shared by exact flips: the first of sorted `times` (up to `count`) where `test` turns from `was`, else Infinity. */
export function firstTurn(times: Float64Array, count: number, best: number, origin: number, test: ContactTest, i: number, was: boolean): number {
  times.subarray(0, count).sort();
  let last = -1;
  for (let k = 0; k < count; k++) {
    const t = times[k]!;
    if (t >= best) return Infinity;
    const minute = Math.ceil((t - origin) / 60_000);
    if (minute === last) continue;
    last = minute;
    if (test(i, minute) !== was) return t;
  }
  return Infinity;
}
