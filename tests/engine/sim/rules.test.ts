import { describe, expect, it } from 'vitest';
import {
  asEmailId,
  asListId,
  asStepId,
  emptyProject,
  asProjectId,
  type Criteria,
  type Project,
  type Step,
  type Workflow,
} from '../../../engine/model/index.ts';
import { LOG_KINDS, simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { Clock } from '../../../engine/sim/index.ts';
import { certainPersona, contact, DAY, workflow } from './fixtures.ts';

const persona = certainPersona(0);
const EMAIL = asEmailId('email-1');
const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };
const inList = (list: string): Criteria => ({ groups: [{ filters: [{ kind: 'list', list: asListId(list), op: 'in' }] }] });
const s = asStepId;

function project(workflows: Workflow[]): Project {
  return {
    ...emptyProject(asProjectId('p'), 'p'),
    personas: [persona],
    emails: [{ id: EMAIL, name: 'E', subject: 'S', asset: null, openScale: 1, clickScale: 1 }],
    lists: ['x', 'goal', 'out'].map((id) => ({ id: asListId(id), name: id })),
    workflows,
  };
}

const triggered = (id: string, steps: Step[], patch: Partial<Workflow> = {}) =>
  workflow(id, steps, { enrollment: { triggers: everyone, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false }, ...patch });

function times(result: SimulationResult, kind: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < result.log.length; r++) if (result.log.kind(r) === kind) out.push(result.log.time(r));
  return out;
}

/** A helper workflow adding everyone to a list after `days`. */
const adder = (list: string, days: number) =>
  triggered(`add-${list}`, [
    { id: s(`wait-${list}`), kind: 'delay', delay: { mode: 'duration', duration: { amount: days, unit: 'days' } }, next: s(`add-${list}`) },
    { id: s(`add-${list}`), kind: 'add-to-list', list: asListId(list), next: null },
  ]);

const waitThenSend = (id: string, patch: Partial<Workflow>) =>
  triggered(
    id,
    [
      { id: s(`${id}-wait`), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: s(`${id}-send`) },
      { id: s(`${id}-send`), kind: 'send-email', email: EMAIL, next: null },
    ],
    patch,
  );

describe('suppression lists and goals', () => {
  it('removes a contact who joins a suppression list before its next step', () => {
    const result = simulate(project([adder('x', 1), waitThenSend('main', { suppressionLists: [asListId('x')] })]), [contact('a', {}, [], persona)], { horizonDays: 5 });
    const main = result.workflows.find((w) => w.id === 'main')!;
    expect(main.ended.suppressed).toBe(1);
    expect(result.totals.emailsSent).toBe(0);
    expect(result.enrollments.endedAt[result.enrollments.workflow.indexOf(1)]).toBe(DAY);
  });

  it('never enrolls a contact already on a suppression list', () => {
    const c = { ...contact('a', {}, [], persona), lists: [asListId('x')] };
    const result = simulate(project([waitThenSend('main', { suppressionLists: [asListId('x')] })]), [c], { horizonDays: 5 });
    expect(result.workflows[0]!.enrolled).toBe(0);
  });

  it('unenrolls on a goal met and counts it as converted', () => {
    const result = simulate(project([adder('goal', 1), waitThenSend('main', { goal: inList('goal') })]), [contact('a', {}, [], persona)], { horizonDays: 5 });
    const main = result.workflows.find((w) => w.id === 'main')!;
    expect(main.ended.goal).toBe(1);
    expect(result.totals.goalsMet).toBe(1);
    expect(result.totals.emailsSent).toBe(0);
  });

  it('does not enroll a contact who already meets the goal', () => {
    const c = { ...contact('a', {}, [], persona), lists: [asListId('goal')] };
    const result = simulate(project([waitThenSend('main', { goal: inList('goal') })]), [c], { horizonDays: 5 });
    expect(result.workflows[0]!.enrolled).toBe(0);
  });
});

describe('execution windows and blocked dates', () => {
  const windowed = (blocked: string[] = []) =>
    triggered(
      'win',
      [
        { id: s('send-1'), kind: 'send-email', email: EMAIL, next: s('wait') },
        { id: s('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 10, unit: 'hours' } }, next: s('send-2') },
        { id: s('send-2'), kind: 'send-email', email: EMAIL, next: null },
      ],
      { executionWindow: { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' }, blockedDates: blocked },
    );

  it('moves an action due outside the window to the next allowed moment, not the delay', () => {
    // Monday 2026-01-05 00:00: the first send waits for 09:00; the delay ends at 19:00; the second send waits for Tuesday 09:00.
    const result = simulate(project([windowed()]), [contact('a', {}, [], persona)], { horizonDays: 3 });
    expect(times(result, LOG_KINDS.sent)).toEqual([9 * 60, DAY + 9 * 60]);
  });

  it('skips blocked dates', () => {
    const result = simulate(project([windowed(['2026-01-06'])]), [contact('a', {}, [], persona)], { horizonDays: 4 });
    expect(times(result, LOG_KINDS.sent)).toEqual([9 * 60, 2 * DAY + 9 * 60]);
  });

  it('waits over the weekend', () => {
    // Saturday 2026-01-10: nothing runs before Monday 09:00.
    const result = simulate(project([windowed()]), [contact('a', {}, [], persona)], { startDate: '2026-01-10', horizonDays: 3 });
    expect(times(result, LOG_KINDS.sent)[0]).toBe(2 * DAY + 9 * 60);
  });
});

describe('lifecycle stage and properties', () => {
  it('ignores a backward lifecycle stage and logs it, unless the stage was cleared first', () => {
    const back = triggered('back', [
      { id: s('to-lead'), kind: 'set-lifecycle-stage', stage: 'lead', next: s('clear') },
      { id: s('clear'), kind: 'clear-property', property: 'lifecyclestage', next: s('to-lead-again') },
      { id: s('to-lead-again'), kind: 'set-lifecycle-stage', stage: 'lead', next: null },
    ]);
    const result = simulate(project([back]), [contact('a', { lifecyclestage: 'customer' }, [], persona)], { horizonDays: 1 });
    expect(times(result, LOG_KINDS.ignored)).toEqual([0]);
    expect(result.totals.ignoredLifecycle).toBe(1);
    expect(result.finalContacts[0]!.properties.lifecyclestage).toBe('lead');
  });

  it('sets, copies and increments properties', () => {
    const steps: Step[] = [
      { id: s('set'), kind: 'set-property', property: 'company', value: 'Acme', next: s('copy') },
      { id: s('copy'), kind: 'copy-property', from: 'company', to: 'jobtitle', next: s('inc') },
      { id: s('inc'), kind: 'increment-property', property: 'hubspotscore', by: 5, next: null },
    ];
    const result = simulate(project([triggered('props', steps)]), [contact('a', { hubspotscore: 10 }, [], persona)], { horizonDays: 1 });
    expect(result.finalContacts[0]!.properties).toMatchObject({ company: 'Acme', jobtitle: 'Acme', hubspotscore: 15 });
  });
});

describe('enrollment across workflows', () => {
  it('enrolls on a change made by another workflow, and re-enrolls only when allowed', () => {
    const toggler = triggered('toggle', [
      { id: s('in-1'), kind: 'add-to-list', list: asListId('x'), next: s('w1') },
      { id: s('w1'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: s('out-1') },
      { id: s('out-1'), kind: 'remove-from-list', list: asListId('x'), next: s('w2') },
      { id: s('w2'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: s('in-2') },
      { id: s('in-2'), kind: 'add-to-list', list: asListId('x'), next: null },
    ]);
    const follower = (id: string, reenroll: boolean) =>
      workflow(id, [{ id: s(`${id}-task`), kind: 'create-task', taskTitle: 't', next: null }], {
        enrollment: { triggers: inList('x'), enrollExisting: true, reenroll, unenrollWhenNotMatching: false },
      });
    const result = simulate(project([toggler, follower('once', false), follower('again', true)]), [contact('a', {}, [], persona)], { horizonDays: 4 });
    expect(result.workflows.map((w) => w.enrolled)).toEqual([1, 1, 2]);
  });

  it('unenrolls contacts who stop matching when the workflow says so', () => {
    const remover = triggered('remover', [
      { id: s('w'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: s('out') },
      { id: s('out'), kind: 'remove-from-list', list: asListId('x'), next: null },
    ]);
    const waiter = workflow('waiter', [{ id: s('long'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 9, unit: 'days' } }, next: null }], {
      enrollment: { triggers: inList('x'), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: true },
    });
    const c = { ...contact('a', {}, [], persona), lists: [asListId('x')] };
    const result = simulate(project([remover, waiter]), [c], { horizonDays: 3 });
    expect(result.workflows[1]!.ended['not-matching']).toBe(1);
  });

  it('enrolls in another workflow and unenrolls from others on enrollment', () => {
    const first = triggered('first', [{ id: s('hold'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 5, unit: 'days' } }, next: null }]);
    const launcher = triggered('launcher', [
      { id: s('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'hours' } }, next: s('go') },
      { id: s('go'), kind: 'enroll-in-workflow', workflow: 'second' as never, next: null },
    ]);
    const second = workflow('second', [{ id: s('t'), kind: 'create-task', taskTitle: 't', next: null }], { unenrollFromOthers: { mode: 'all' } });
    const result = simulate(project([first, launcher, second]), [contact('a', {}, [], persona)], { horizonDays: 2 });
    expect(result.workflows[2]!.enrolled).toBe(1);
    expect(result.workflows[0]!.ended['unenrolled-on-other-enrollment']).toBe(1);
  });

  it('logs skipped sends with their reason for contacts without an email', () => {
    const result = simulate(project([waitThenSend('main', {})]), [contact('a', { email: null, lifecyclestage: 'lead' }, [], persona), contact('b', {}, [], persona)], {
      horizonDays: 3,
    });
    // "a" has no email so it does not match "email is known": enroll it through a list instead.
    expect(result.totals.emailsSent).toBe(1);
    const withList = simulate(
      project([workflow('main', [{ id: s('send'), kind: 'send-email', email: EMAIL, next: null }], { enrollment: { triggers: inList('x'), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } })]),
      [{ ...contact('a', { email: null }, [], persona), lists: [asListId('x')] }],
      { horizonDays: 1 },
    );
    expect(withList.totals.skippedSends).toBe(1);
    expect(withList.contactAt('a', 10)!.enrollments[0]!.skipped).toEqual([{ step: 'send', at: 0, reason: 'no-email' }]);
  });
});

describe('the clock in Paris', () => {
  it('has a 23-hour day when summer time starts and a 25-hour one when it ends', () => {
    const spring = new Clock('2026-03-28', 'Europe/Paris');
    expect(spring.midnight(1)).toBe(DAY);
    expect(spring.midnight(2) - spring.midnight(1)).toBe(23 * 60);
    expect(spring.atDay(1, 9 * 60)).toBe(DAY + 8 * 60);
    const autumn = new Clock('2026-10-24', 'Europe/Paris');
    expect(autumn.midnight(2) - autumn.midnight(1)).toBe(25 * 60);
    expect(autumn.local(autumn.atDay(1, 9 * 60))).toMatchObject({ date: '2026-10-25', minuteOfDay: 540, weekday: 'sunday' });
  });
});
