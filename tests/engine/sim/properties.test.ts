import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asBranchId,
  asEmailId,
  asListId,
  asProjectId,
  asStepId,
  emptyProject,
  type Contact,
  type Criteria,
  type Persona,
  type Project,
  type Step,
  type StepId,
  type Workflow,
} from '../../../engine/model/index.ts';
import { END_STATES, simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { certainPersona, contact, workflow } from './fixtures.ts';
import { LOG_COLUMNS, logColumn } from './golden-digest.ts';

/** Random workflows of every step kind, several at once, on random small populations. */

const EMAIL = asEmailId('e');
const inX: Criteria = { groups: [{ filters: [{ kind: 'list', list: asListId('x'), op: 'in' }] }] };
const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };

const stepArb = (w: number, k: number, count: number): fc.Arbitrary<Step> => {
  const id = asStepId(`w${w}-s${k}`);
  const later = fc.option(fc.integer({ min: k + 1, max: count }).map((n): StepId | null => (n >= count ? null : asStepId(`w${w}-s${n}`))), { nil: null });
  const next = later.map((n) => n ?? null);
  return fc.oneof(
    next.map((n): Step => ({ id, kind: 'send-email', email: EMAIL, next: n })),
    fc.tuple(fc.integer({ min: 0, max: 72 }), next).map(([h, n]): Step => ({ id, kind: 'delay', delay: { mode: 'duration', duration: { amount: h, unit: 'hours' } }, next: n })),
    fc.tuple(fc.constantFrom('09:00', '18:30'), next).map(([t, n]): Step => ({ id, kind: 'delay', delay: { mode: 'until-time', time: t }, next: n })),
    fc.tuple(next, next).map(([a, b]): Step => ({ id, kind: 'delay-until-event', event: { kind: 'email-opened', email: null }, maxWait: { amount: 1, unit: 'days' }, met: a, notMet: b })),
    fc.tuple(next, next, fc.integer({ min: 0, max: 100 })).map(([a, b, p]): Step => ({
      id,
      kind: 'branch-random',
      branches: [
        { id: asBranchId('a'), name: 'A', percent: p, next: a },
        { id: asBranchId('b'), name: 'B', percent: 100 - p, next: b },
      ],
    })),
    fc.tuple(next, next).map(([a, b]): Step => ({ id, kind: 'branch-if', branches: [{ id: asBranchId('in'), name: 'in x', criteria: inX, next: a }], defaultName: 'no', defaultNext: b })),
    next.map((n): Step => ({ id, kind: 'add-to-list', list: asListId('x'), next: n })),
    next.map((n): Step => ({ id, kind: 'remove-from-list', list: asListId('x'), next: n })),
    next.map((n): Step => ({ id, kind: 'set-lifecycle-stage', stage: 'lead', next: n })),
    fc.integer({ min: 0, max: Math.max(0, k) }).map((t): Step => ({ id, kind: 'go-to', target: asStepId(`w${w}-s${t}`) })),
  );
};

const workflowArb = (w: number): fc.Arbitrary<Workflow> =>
  fc.integer({ min: 1, max: 6 }).chain((count) =>
    fc
      .tuple(
        fc.tuple(...Array.from({ length: count }, (_, k) => stepArb(w, k, count))),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([steps, listTrigger, reenroll, unenroll, windowed]) =>
        workflow(`w${w}`, steps, {
          enrollment: { triggers: listTrigger ? inX : everyone, enrollExisting: true, reenroll, unenrollWhenNotMatching: unenroll },
          executionWindow: windowed ? { days: ['monday', 'wednesday', 'friday'], start: '08:00', end: '12:00' } : null,
        }),
      ),
  );

const personaArb: fc.Arbitrary<Persona> = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }))
  .map(([open, click, unsub]) => certainPersona(0, 3, { openRate: open, clickRate: click, unsubscribeRate: unsub, bounceRate: 0.05, reactionDelay: { medianHours: 3, spread: 1 }, visitsPerWeek: 1 }));

const scenarioArb = fc.tuple(fc.integer({ min: 1, max: 3 }), personaArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1000 })).chain(([n, persona, people, seed]) =>
  fc.tuple(fc.tuple(...Array.from({ length: n }, (_, w) => workflowArb(w))), fc.array(fc.boolean(), { minLength: people, maxLength: people })).map(([workflows, listed]) => {
    const project: Project = {
      ...emptyProject(asProjectId('prop'), 'prop'),
      personas: [persona],
      emails: [{ id: EMAIL, name: 'E', subject: 'S', asset: null, openScale: 1, clickScale: 1 }],
      lists: [{ id: asListId('x'), name: 'x' }],
      workflows,
    };
    const contacts: Contact[] = listed.map((inList, k) => ({ ...contact(`p-${k}`, {}, [], persona), lists: inList ? [asListId('x')] : [] }));
    return { project, contacts, seed };
  }),
);

const HORIZON = 12;
const run = (s: { project: Project; contacts: Contact[]; seed: number }, stopAtMinute?: number) =>
  simulate(s.project, s.contacts, { horizonDays: HORIZON, seed: s.seed, ...(stopAtMinute === undefined ? {} : { stopAtMinute }) });

function stepsOf(result: SimulationResult, w: number): number[] {
  const id = result.workflows[w]!.id;
  return result.steps.flatMap((s, k) => (s.workflow === id ? [k] : []));
}

describe('simulation properties over random workflows and contacts', () => {
  it('terminates, and at every instant each enrollment is at one step or in one end state', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), (scenario, f) => {
        const result = run(scenario);
        const t = Math.floor(f * result.lastMinute);
        const state = result.stateAt(t);
        result.workflows.forEach((_, w) => {
          const waiting = stepsOf(result, w).reduce((sum, k) => sum + state.waiting[k]!, 0);
          const ended = END_STATES.reduce((sum, e) => sum + state.workflows[w]!.ended[e], 0);
          expect(waiting + ended).toBe(state.workflows[w]!.enrolled);
          expect(stepsOf(result, w).every((k) => state.waiting[k]! >= 0)).toBe(true);
        });
        for (const c of scenario.contacts) {
          const at = result.contactAt(c.id, t)!;
          for (const e of at.enrollments) expect((e.step === null) !== (e.endState === null)).toBe(true);
          const open = at.enrollments.filter((e) => e.endState === null).map((e) => e.workflow);
          expect(new Set(open).size).toBe(open.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives identical results for the same seed', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = run(scenario);
        const b = run(scenario);
        expect(b.log.length).toBe(a.log.length);
        for (const col of LOG_COLUMNS) expect(logColumn(b.log, col)).toEqual(logColumn(a.log, col));
        expect(b.totals).toEqual(a.totals);
      }),
      { numRuns: 30 },
    );
  });

  it('answers stateAt(t) exactly as a run stopped at t', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), (scenario, f) => {
        const full = run(scenario);
        const t = Math.floor(f * full.lastMinute);
        const stopped = run(scenario, t);
        const state = full.stateAt(t);
        expect(Array.from(state.waiting)).toEqual(stopped.steps.map((s) => s.waiting));
        expect(Array.from(state.edges)).toEqual(stopped.edges.map((e) => e.count));
        state.workflows.forEach((w, k) => {
          const s = stopped.workflows[k]!;
          expect(w.enrolled).toBe(s.enrolled);
          for (const e of END_STATES) if (e !== 'in-progress') expect(w.ended[e]).toBe(s.ended[e]);
          expect(w.lost).toBe(s.lost);
        });
      }),
      { numRuns: 40 },
    );
  });
});
