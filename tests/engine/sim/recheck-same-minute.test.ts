import { describe, expect, it } from 'vitest';
import { asProjectId, asStepId, emptyProject, type Criteria, type Project } from '../../../engine/model/index.ts';
import { LOG_KINDS, simulate } from '../../../engine/sim/index.ts';
import { certainPersona, contact, DAY, START_MS, workflow } from './fixtures.ts';

const s = asStepId;
const persona = certainPersona(0);
const everyone: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'email', type: 'string', operation: { op: 'is-known' } }] }] };
const rolling = (property: string, op: 'less-than-days-ago' | 'less-than-days-from-now', days: number): Criteria => ({
  groups: [{ filters: [{ kind: 'property', property, type: 'date', operation: { op, days } }] }],
});
const at = (id: string, criteria: Criteria, steps: Parameters<typeof workflow>[1]) =>
  workflow(id, steps, { enrollment: { triggers: criteria, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false } });

/**
 * The renewal date comes within 3 days at noon on day 2, so its re-check is due at the
 * midnight starting day 3. At that very minute, before the re-check in the queue, a delay ends
 * and writes `lastseen`, which another time-dependent trigger reads.
 */
function project(): Project {
  return {
    ...emptyProject(asProjectId('p'), 'p'),
    personas: [persona],
    workflows: [
      at('w-later', everyone, [
        { id: s('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 3, unit: 'days' } }, next: s('seen') },
        { id: s('seen'), kind: 'set-property', property: 'lastseen', value: START_MS, next: null },
      ]),
      at('w-renewal-date', everyone, [{ id: s('date'), kind: 'set-property', property: 'renewaldate', value: START_MS + 5.5 * DAY * 60_000, next: null }]),
      at('w-renewal-soon', rolling('renewaldate', 'less-than-days-from-now', 3), [{ id: s('task'), kind: 'create-task', taskTitle: 'call', next: null }]),
      at('w-seen-recently', rolling('lastseen', 'less-than-days-ago', 10), [{ id: s('note'), kind: 'create-task', taskTitle: 'note', next: null }]),
    ],
  };
}

describe('a re-check due in the current minute', () => {
  it('still notices its flip when another change of the contact runs before it in that minute', () => {
    const result = simulate(project(), [contact('c1', {}, [], persona)], { horizonDays: 10 });
    const soon = result.workflows.findIndex((w) => w.id === 'w-renewal-soon');
    const seen = result.steps.findIndex((st) => st.step === 'seen');
    const enrolledAt: number[] = [];
    const seenAt: number[] = [];
    for (let r = 0; r < result.log.length; r++) {
      const kind = result.log.kind(r);
      if (kind === LOG_KINDS.enrolled && result.enrollments.workflow[result.log.enrollment(r)] === soon) enrolledAt.push(result.log.time(r));
      if (kind === LOG_KINDS.action && result.log.step(r) === seen) seenAt.push(result.log.time(r));
    }
    // The other change really lands in the re-check's minute.
    expect(seenAt).toEqual([3 * DAY]);
    expect(enrolledAt).toEqual([3 * DAY]);
  });
});
