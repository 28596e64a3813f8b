import { asBranchId, asEmailId, asListId, asStepId, emptyWorkflow, NO_CRITERIA, type Step, type StepId, type Workflow } from '../../../engine/model/index.ts';
import { EditError, type EdgeRef } from '../../../engine/edit/index.ts';

export const id = asStepId;
export const EMAIL = asEmailId('welcome');
export const LIST = asListId('nurtured');
export const YES = asBranchId('yes');

export const after = (from: string): EdgeRef => ({ from: id(from), slot: { kind: 'next' } });
export const enrollmentEdge: EdgeRef = { from: '__enrollment__', slot: { kind: 'next' } };

/**
 * email -> wait -> if "Hot lead?"
 *   yes     -> lead (set lifecycle stage) -> end
 *   default -> until (opened?) met -> listed -> end
 *                              not met -> back (go-to wait)
 */
export function seedWorkflow(): Workflow {
  const steps: Step[] = [
    { id: id('email'), kind: 'send-email', email: EMAIL, next: id('wait') },
    { id: id('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: id('if') },
    {
      id: id('if'),
      kind: 'branch-if',
      branches: [{ id: YES, name: 'Hot lead?', criteria: NO_CRITERIA, next: id('lead') }],
      defaultName: 'No',
      defaultNext: id('until'),
    },
    { id: id('lead'), kind: 'set-lifecycle-stage', stage: 'lead', next: null },
    { id: id('until'), kind: 'delay-until-event', event: { kind: 'email-opened', email: EMAIL }, maxWait: { amount: 3, unit: 'days' }, met: id('listed'), notMet: id('back') },
    { id: id('listed'), kind: 'add-to-list', list: LIST, next: null },
    { id: id('back'), kind: 'go-to', target: id('wait') },
  ];
  return { ...emptyWorkflow('seed', 'Seed'), start: id('email'), steps };
}

export const ids = (w: Workflow): StepId[] => w.steps.map((s) => s.id);
export const stepOf = (w: Workflow, stepId: string): Step | undefined => w.steps.find((s) => s.id === stepId);

/** Runs an operation that must be refused, and returns the error for further checks. */
export function refusal(run: () => unknown): EditError {
  try {
    run();
  } catch (error) {
    if (error instanceof EditError) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}
