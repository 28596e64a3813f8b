import { describe, expect, it } from 'vitest';
import {
  asBranchId,
  asEmailId,
  asListId,
  asProjectId,
  asStepId,
  emptyProject,
  type ContactEvent,
  type Criteria,
  type Project,
  type ScoreModel,
  type Step,
} from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { certainPersona, contact, DAY, START_MS, workflow } from '../sim/fixtures.ts';

/**
 * Workflows reading the model's scores: a trigger re-checked where a decay step makes the score
 * cross its threshold (at the midnight at or after it, as every filter that time alone moves,
 * DESIGN.md §3), and a branch reading the exact score at the minute it runs.
 */

const persona = certainPersona(0);
const EMAIL = asEmailId('email-1');
const HOT = asListId('hot');
const COLD = asListId('cold');
const at = (minute: number) => START_MS + minute * 60_000;
const click = (minute: number): ContactEvent => ({ kind: 'email', event: 'clicked', email: EMAIL, at: at(minute) });

/** A click is worth 10 points, halved every 30 days. */
const model: ScoreModel = {
  groups: [
    {
      id: 'g',
      name: 'Engagement',
      kind: 'engagement',
      limit: null,
      timeFrameDays: null,
      decay: { percent: 50, everyDays: 30 },
      rules: [{ type: 'event', id: 'click', name: 'Click', points: 10, event: { kind: 'email', event: 'clicked', email: null } }],
    },
  ],
  limit: null,
  thresholds: [],
};

const score = (property: string, op: 'lt' | 'gte', value: number): Criteria => ({
  groups: [{ filters: [{ kind: 'property', property, type: 'number', operation: { op, value } }] }],
});

function project(steps: Step[], triggers: Criteria): Project {
  return {
    ...emptyProject(asProjectId('p'), 'p'),
    personas: [persona],
    emails: [{ id: EMAIL, name: 'E', subject: 'S', asset: null, openScale: 1, clickScale: 1 }],
    lists: [
      { id: HOT, name: 'Hot' },
      { id: COLD, name: 'Cold' },
    ],
    scoreModel: model,
    workflows: [workflow('w', steps, { enrollment: { triggers, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } })],
  };
}

describe('workflows reading the score model', () => {
  it('a trigger on the engagement score enrolls at the midnight after a decay step crosses it', () => {
    // A click the evening before the start (minute -600) is 10 points at the start: not below 6.
    // It halves to 5 at minute -600 + 43,200 = 42,600 (day 29, 14:00): the trigger holds from then and is
    // re-checked at the next midnight, day 30 = minute 43,200.
    const p = project([{ id: asStepId('list'), kind: 'add-to-list', list: COLD, next: null }], score('engagementscore', 'lt', 6));
    const r = simulate(p, [contact('a', {}, [click(-600)], persona)], { horizonDays: 60 });
    expect(r.enrollments.count).toBe(1);
    expect(r.enrollments.enrolledAt[0]).toBe(30 * DAY);
    // With re-checks at every boundary (not only where the score crosses), the same enrollment.
    const loose = simulate(p, [contact('a', {}, [click(-600)], persona)], { horizonDays: 60, tightRechecks: false });
    expect(loose.enrollments.enrolledAt[0]).toBe(30 * DAY);
  });

  it('a trigger that only time could make true, on a score that only falls, needs no check before it crosses', () => {
    // "Combined score >= 20" with one click worth 10: never, whatever the time. Nobody enrolls.
    const p = project([{ id: asStepId('list'), kind: 'add-to-list', list: HOT, next: null }], score('hubspotscore', 'gte', 20));
    const r = simulate(p, [contact('a', {}, [click(-600)], persona)], { horizonDays: 60 });
    expect(r.enrollments.count).toBe(0);
  });

  it('a branch on the combined score reads it at the very minute it runs', () => {
    // Everyone enrolls at minute 0, waits 31 days, then asks "combined score >= 6?" at minute 44,640.
    // - one click at -600: 45,240 minutes old, one step (43,200): 5, cold;
    // - clicks at -600 and 0: 45,240 and 44,640 minutes old, one step each: 5 + 5 = 10, hot;
    // - clicks at -600 and 20,000: 5, and 24,640 minutes old, no step: 10; 15, hot.
    const steps: Step[] = [
      { id: asStepId('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 31, unit: 'days' } }, next: asStepId('branch') },
      {
        id: asStepId('branch'),
        kind: 'branch-if',
        branches: [{ id: asBranchId('b-hot'), name: 'hot', criteria: score('hubspotscore', 'gte', 6), next: asStepId('to-hot') }],
        defaultName: 'cold',
        defaultNext: asStepId('to-cold'),
      },
      { id: asStepId('to-hot'), kind: 'add-to-list', list: HOT, next: null },
      { id: asStepId('to-cold'), kind: 'add-to-list', list: COLD, next: null },
    ];
    const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };
    const contacts = [
      contact('one-click', {}, [click(-600)], persona),
      contact('two-clicks', {}, [click(-600), click(0)], persona),
      contact('later-click', {}, [click(-600), click(20_000)], persona),
    ];
    const r = simulate(project(steps, everyone), contacts, { horizonDays: 40 });
    const lists = Object.fromEntries(r.finalContacts.map((c) => [c.id, c.lists]));
    expect(lists).toEqual({ 'one-click': [COLD], 'two-clicks': [HOT], 'later-click': [HOT] });
  });

  it('a branch reads the points of events the run has just added', () => {
    // The trigger reads the engagement score at minute 0 (0 >= 0: enrolls). The email goes out at once; the
    // contact, who always reacts after 2 hours, opens it at minute 120 and clicks at 121. At minute 180:
    // one click (10) and one open (5 under the rule added below) = 15, nothing decayed yet.
    const opened = { type: 'event' as const, id: 'open', name: 'Open', points: 5, event: { kind: 'email' as const, event: 'opened' as const, email: null } };
    const withOpen: ScoreModel = { ...model, groups: [{ ...model.groups[0]!, rules: [...model.groups[0]!.rules, opened] }] };
    const branchAt = (threshold: number) => {
      const steps: Step[] = [
        { id: asStepId('send'), kind: 'send-email', email: EMAIL, next: asStepId('wait') },
        { id: asStepId('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 180, unit: 'minutes' } }, next: asStepId('branch') },
        {
          id: asStepId('branch'),
          kind: 'branch-if',
          branches: [{ id: asBranchId('b-hot'), name: 'hot', criteria: score('engagementscore', 'gte', threshold), next: asStepId('to-hot') }],
          defaultName: 'cold',
          defaultNext: asStepId('to-cold'),
        },
        { id: asStepId('to-hot'), kind: 'add-to-list', list: HOT, next: null },
        { id: asStepId('to-cold'), kind: 'add-to-list', list: COLD, next: null },
      ];
      const p = { ...project(steps, score('engagementscore', 'gte', 0)), scoreModel: withOpen, personas: [certainPersona(1, 2)] };
      const r = simulate(p, [contact('a', {}, [], certainPersona(1, 2))], { horizonDays: 2 });
      return r.finalContacts[0]!.lists;
    };
    expect(branchAt(15)).toEqual([HOT]);
    expect(branchAt(15.5)).toEqual([COLD]);
  });
});

