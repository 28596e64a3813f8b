import { asBranchId, asListId, asStepId, emptyProject, asProjectId, type Criteria, type Project, type Step } from '../../../engine/model/index.ts';
import { certainPersona, contact, workflow } from '../sim/fixtures.ts';

/**
 * A project small enough to reason about by hand. Persona "always-0" never reacts, "always-1"
 * always does (neither visits nor fills forms: nothing happens but the workflow). The workflow
 * enrolls prospects and students at minute 0 (enroll existing), waits exactly 2 days (minute 2,880,
 * 7 Jan midnight in Paris: no DST in January), sets the stage to MQL and adds the contact to list L.
 * The customer is never enrolled. Horizon 10 days.
 */

export const L = asListId('list-l');
export const P0 = certainPersona(0);
export const P1 = certainPersona(1);
export const TWO_DAYS = 2 * 1440;

export const prospectsAndStudents: Criteria = {
  groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['prospect', 'student'] } }] }],
};
export const students: Criteria = {
  groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['student'] } }] }],
};
export const prospects: Criteria = {
  groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['prospect'] } }] }],
};

export function smallProject(steps: readonly Step[] = STEPS, triggers: Criteria = prospectsAndStudents): Project {
  const base = emptyProject(asProjectId('p-expect'), 'Expect');
  const wf = workflow('wf', steps);
  return {
    ...base,
    personas: [P0, P1],
    lists: [{ id: L, name: 'L' }],
    simulation: { ...base.simulation, horizonDays: 10 },
    workflows: [{ ...wf, name: 'Qualify', enrollment: { ...wf.enrollment, triggers } }],
  };
}

export const STEPS: readonly Step[] = [
  { id: asStepId('s-wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: asStepId('s-mql') },
  { id: asStepId('s-mql'), kind: 'set-lifecycle-stage', stage: 'marketingqualifiedlead', next: asStepId('s-list') },
  { id: asStepId('s-list'), kind: 'add-to-list', list: L, next: null },
];

export const CONTACTS = [
  contact('c1', { firstname: 'Ada', lastname: 'Lovelace', contacttype: 'prospect' }, [], P0),
  contact('c2', { firstname: 'Bob', lastname: 'Student', contacttype: 'student' }, [], P1),
  contact('c3', { firstname: 'Cy', lastname: 'Client', contacttype: 'customer' }, [], P0),
];

/**
 * The same workflow with the two contacts joining L at different minutes: the student waits 36
 * hours (joins at minute 2,160, 6 Jan 12:00, the middle of day 2), the prospect 2 days (minute
 * 2,880, 7 Jan 00:00, the start of day 3). Day 1 is 5 Jan, the start date.
 */
export const STAGGERED_STEPS: readonly Step[] = [
  {
    id: asStepId('s-branch'),
    kind: 'branch-if',
    branches: [{ id: asBranchId('b-student'), name: 'student', criteria: students, next: asStepId('s-wait-student') }],
    defaultName: 'others',
    defaultNext: asStepId('s-wait'),
  },
  { id: asStepId('s-wait-student'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 36, unit: 'hours' } }, next: asStepId('s-list-student') },
  { id: asStepId('s-list-student'), kind: 'add-to-list', list: L, next: null },
  { id: asStepId('s-wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: asStepId('s-list') },
  { id: asStepId('s-list'), kind: 'add-to-list', list: L, next: null },
];
