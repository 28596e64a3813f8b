import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asEmailId, asProjectId, asStepId, asWorkflowId, emptyProject, type Criteria, type Project, type Step, type Workflow } from '../../../engine/model/index.ts';
import { simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { certainPersona, contact, DAY, workflow } from './fixtures.ts';

/**
 * Loops with no delay (issue #21): a go-to loop within a workflow, workflows enrolling one another
 * (by a step, or by a change meeting a trigger) in the same instant. Every run ends; a loop is a
 * step (or a workflow) coming round again in the same instant, and is cut before it runs again;
 * a long chain that repeats nothing runs through.
 */

const persona = certainPersona(0);
const EMAIL = asEmailId('email-1');
const s = asStepId;
const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };
const xIs = (value: string): Criteria => ({ groups: [{ filters: [{ kind: 'property', property: 'x', type: 'string', operation: { op: 'eq', value } }] }] });

function project(workflows: Workflow[], horizonDays = 3): Project {
  const base = emptyProject(asProjectId('p'), 'p');
  return {
    ...base,
    personas: [persona],
    emails: [{ id: EMAIL, name: 'E', subject: 'S', asset: null, openScale: 1, clickScale: 1 }],
    workflows,
    simulation: { ...base.simulation, horizonDays, arrivals: { ...base.simulation.arrivals, perDay: 0 } },
  };
}

const contacts = (n: number, x = 'a') => Array.from({ length: n }, (_, k) => contact(`c${k}`, { x }, [], persona));
const triggered = (id: string, steps: Step[], triggers: Criteria = everyone, reenroll = false) =>
  workflow(id, steps, { enrollment: { triggers, enrollExisting: true, reenroll, unenrollWhenNotMatching: false } });
/** No trigger: entered only by another workflow's step. */
const manual = (id: string, steps: Step[]) => workflow(id, steps);
const enrollIn = (id: string, target: string, next: string | null = null): Step => ({ id: s(id), kind: 'enroll-in-workflow', workflow: asWorkflowId(target), next: next === null ? null : s(next) });

function ended(result: SimulationResult, w: string) {
  return result.workflows.find((x) => x.id === w)!.ended;
}

describe('workflows that enroll one another', () => {
  it('A "enroll in B", B "enroll in A" with no delay: the run ends, B is cut as a loop A -> B -> A', () => {
    // Each contact: A at start runs "enroll in B" and completes; B, entered in that instant by A,
    // would enter A again in the same instant: B ends there ("workflow-loop"), A is not entered.
    const result = simulate(project([triggered('A', [enrollIn('a1', 'B')]), manual('B', [enrollIn('b1', 'A')])]), contacts(3));
    expect(result.workflows.map((w) => w.enrolled)).toEqual([3, 3]);
    expect(ended(result, 'A').completed).toBe(3);
    expect(ended(result, 'B')['workflow-loop']).toBe(3);
    expect(result.workflowLoops).toEqual([{ chain: ['A', 'B', 'A'], contacts: 3, cuts: 3 }]);
    const b = result.contactAt('c1', 0)!.enrollments.find((e) => e.workflow === 'B')!;
    expect(b).toMatchObject({ endState: 'workflow-loop', endedAt: 0, loop: ['A', 'B', 'A'], how: 'by-workflow' });
    expect(result.contactAt('c1', 0)!.enrollments.find((e) => e.workflow === 'A')!.loop).toBeUndefined();
  });

  it('names every workflow of a longer loop: A -> B -> C -> A', () => {
    const result = simulate(project([triggered('A', [enrollIn('a1', 'B')]), manual('B', [enrollIn('b1', 'C')]), manual('C', [enrollIn('c1', 'A')])]), contacts(2));
    expect(result.workflowLoops).toEqual([{ chain: ['A', 'B', 'C', 'A'], contacts: 2, cuts: 2 }]);
    expect(ended(result, 'C')['workflow-loop']).toBe(2);
    expect(ended(result, 'A').completed + ended(result, 'B').completed).toBe(4);
  });

  it('cuts a loop made of changes meeting triggers (A sets x = b, B triggered by b sets x = a, both re-enroll)', () => {
    // A (x = a) sets b: B enters (its trigger turns true, A its origin); B sets a: A's trigger turns
    // true again and A, entered by this chain in this instant, would run again: B is cut.
    const a = triggered('A', [{ id: s('a1'), kind: 'set-property', property: 'x', value: 'b', next: null }], xIs('a'), true);
    const b = triggered('B', [{ id: s('b1'), kind: 'set-property', property: 'x', value: 'a', next: null }], xIs('b'), true);
    const result = simulate(project([a, b]), contacts(4));
    expect(result.workflowLoops).toEqual([{ chain: ['A', 'B', 'A'], contacts: 4, cuts: 4 }]);
    expect(result.workflows.map((w) => w.enrolled)).toEqual([4, 4]);
    // B's action ran (x is a again) before the enrollment it caused was refused.
    expect(result.finalContacts.map((c) => c.properties.x)).toEqual(['a', 'a', 'a', 'a']);
  });

  it('leaves alone a loop with a delay: it moves forward in time and stops at the horizon', () => {
    // A = [wait 1 day, enroll in B], B = [enroll in A]: A enters at 0, 1, 2, 3 and 4 days (the
    // last waits past the 5-day horizon), B at 1 to 4 days: no instant sees a workflow twice.
    const a = triggered('A', [
      { id: s('a0'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: s('a1') },
      enrollIn('a1', 'B'),
    ]);
    const result = simulate(project([a, manual('B', [enrollIn('b1', 'A')])], 5), contacts(1));
    expect(result.workflowLoops).toEqual([]);
    expect(result.workflows.map((w) => w.enrolled)).toEqual([5, 4]);
    const starts = result.contactAt('c0', 5 * DAY)!.enrollments.filter((e) => e.workflow === 'A').map((e) => e.enrolledAt);
    expect(starts.map((m) => Math.round(m / DAY))).toEqual([0, 1, 2, 3, 4]);
  });

  it('is not a loop when an unrelated workflow enters the contact again in the same instant', () => {
    // A (x = a, re-enrolls) sets b; C, triggered at start by everyone, sets x back to a: A's
    // trigger turns true again and A enters a second time in the same instant, by C, which A
    // did not enter. No loop: A runs twice, then stays (x = b, C does not come back).
    const a = triggered('A', [{ id: s('a1'), kind: 'set-property', property: 'x', value: 'b', next: null }], xIs('a'), true);
    const c = triggered('C', [{ id: s('c1'), kind: 'set-property', property: 'x', value: 'a', next: null }]);
    const result = simulate(project([a, c]), contacts(1));
    expect(result.workflowLoops).toEqual([]);
    expect(result.workflows.map((w) => w.enrolled)).toEqual([2, 1]);
    expect(result.finalContacts[0]!.properties.x).toBe('b');
  });
});

describe('a go-to loop with no delay', () => {
  const loop = triggered('L', [
    { id: s('send'), kind: 'send-email', email: EMAIL, next: s('inc') },
    { id: s('inc'), kind: 'increment-property', property: 'n', by: 1, next: s('back') },
    { id: s('back'), kind: 'go-to', target: s('send') },
  ]);

  it('is cut when the send step comes round again: one email and one increment a contact, not hundreds', () => {
    // Before: cut after 1,000 steps, 334 sends a contact (12 contacts: 4,008 emails counted).
    const result = simulate(project([loop]), contacts(12));
    expect(result.totals.emailsSent).toBe(12);
    expect(ended(result, 'L').loop).toBe(12);
    expect(result.finalContacts.every((c) => c.properties.n === 1)).toBe(true);
    expect(result.steps.map((x) => x.entered)).toEqual([24, 12, 12]);
  });

  it('with a delay on the loop, goes round once a day', () => {
    const slow = triggered('S', [
      { id: s('send'), kind: 'send-email', email: EMAIL, next: s('wait') },
      { id: s('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: s('back') },
      { id: s('back'), kind: 'go-to', target: s('send') },
    ]);
    // Sends at 0, 1, ..., 4 days over a 5-day horizon.
    const result = simulate(project([slow], 5), contacts(2));
    expect(result.totals.emailsSent).toBe(10);
    expect(ended(result, 'S').loop).toBe(0);
  });
});

describe('a long chain with no delay', () => {
  it('runs 1,200 actions through: a chain that repeats no step is not a loop', () => {
    const n = 1200;
    const steps: Step[] = Array.from({ length: n }, (_, k) => ({ id: s(`t${k}`), kind: 'increment-property', property: 'n', by: 1, next: k + 1 < n ? s(`t${k + 1}`) : null }));
    const result = simulate(project([triggered('Long', steps)]), contacts(2));
    expect(ended(result, 'Long').completed).toBe(2);
    expect(ended(result, 'Long').loop).toBe(0);
    expect(result.finalContacts.map((c) => c.properties.n)).toEqual([n, n]);
  });
});

describe('every run ends, within work proportional to contacts x steps', () => {
  const names = ['A', 'B', 'C', 'D'];
  const stepArb = (w: number, k: number, count: number, W: number) =>
    fc.oneof(
      fc.integer({ min: 0, max: W - 1 }).map((t): Step => ({ id: s(`${names[w]}${k}`), kind: 'enroll-in-workflow', workflow: asWorkflowId(names[t]!), next: null })),
      fc.integer({ min: 0, max: W - 1 }).map((t): Step => ({ id: s(`${names[w]}${k}`), kind: 'unenroll-from-workflow', workflow: asWorkflowId(names[t]!), next: null })),
      fc.constantFrom('a', 'b', 'c').map((v): Step => ({ id: s(`${names[w]}${k}`), kind: 'set-property', property: 'x', value: v, next: null })),
      fc.constant<Step>({ id: s(`${names[w]}${k}`), kind: 'send-email', email: EMAIL, next: null }),
      fc.integer({ min: 0, max: Math.max(0, k - 1) }).map((t): Step => (k === 0 ? { id: s(`${names[w]}${k}`), kind: 'create-task', taskTitle: 't', next: null } : { id: s(`${names[w]}${k}`), kind: 'go-to', target: s(`${names[w]}${t}`) })),
    ).map((step) => ('next' in step && k + 1 < count ? { ...step, next: s(`${names[w]}${k + 1}`) } : step));
  const workflowArb = (w: number, W: number) =>
    fc.record({ count: fc.integer({ min: 1, max: 5 }), trigger: fc.constantFrom<string | null>(null, 'all', 'a', 'b', 'c'), reenroll: fc.boolean() }).chain(({ count, trigger, reenroll }) =>
      fc.tuple(...Array.from({ length: count }, (_, k) => stepArb(w, k, count, W))).map((steps) => {
        const triggers = trigger === null ? { groups: [] } : trigger === 'all' ? everyone : xIs(trigger);
        return workflow(names[w]!, steps, { enrollment: { triggers, enrollExisting: true, reenroll, unenrollWhenNotMatching: false } });
      }),
    );
  const projectArb = fc.integer({ min: 1, max: 4 }).chain((W) => fc.tuple(...Array.from({ length: W }, (_, w) => workflowArb(w, W))));

  it('random projects of enroll-in-workflow, unenroll, set-property, send and go-to steps, no delay', () => {
    fc.assert(
      fc.property(projectArb, fc.integer({ min: 1, max: 6 }), fc.constantFrom('a', 'b', 'c'), (workflows, n, x) => {
        const result = simulate(project(workflows, 2), contacts(n, x));
        const S = workflows.reduce((t, w) => t + w.steps.length, 0);
        const W = workflows.length;
        // The persona never reacts and never visits, and nothing reads time: every event of a
        // contact is at minute 0. Events are enrollments' step runs; one contact runs at most
        // 10 x (S + W) steps in an instant (the backstop of run-steps.ts), each step makes at
        // most W enrollments (a change can meet every trigger) and W enter at start:
        // events <= contacts x W x (1 + 10 x (S + W)).
        expect(result.totals.events).toBeLessThanOrEqual(n * W * (1 + 10 * (S + W)));
        // Every enrollment ended (nothing waits: no delay) and a loop cut concerns its contacts.
        for (const w of result.workflows) expect(w.ended['in-progress']).toBe(0);
        for (const loop of result.workflowLoops) {
          expect(loop.chain[0]).toBe(loop.chain[loop.chain.length - 1]);
          expect(loop.contacts).toBeLessThanOrEqual(n);
        }
        expect(result.workflowLoops.reduce((t, l) => t + l.cuts, 0)).toBe(result.workflows.reduce((t, w) => t + w.ended['workflow-loop'], 0));
      }),
      { numRuns: 150 },
    );
  });
});
