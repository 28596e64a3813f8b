import {
  asEmailId,
  asListId,
  asBranchId,
  asWorkflowId,
  freshId,
  asStepId,
  NO_CRITERIA,
  type AssetId,
  type EmailId,
  type Lang,
  type ListId,
  type Step,
  type StepId,
  type StepKind,
  type Workflow,
  type WorkflowId,
} from '../model/index.ts';
import { refuse } from './errors.ts';

/** What createStep may pick defaults from; a Project fits, and every field is optional. */
export interface StepContext {
  readonly emails?: readonly { readonly id: EmailId }[];
  readonly lists?: readonly { readonly id: ListId }[];
  readonly assets?: readonly { readonly id: AssetId }[];
  readonly workflows?: readonly { readonly id: WorkflowId }[];
  /** The workflow being edited, never picked as the target of enroll / unenroll. */
  readonly currentWorkflow?: WorkflowId;
  /** Required for a go-to: the step it jumps to. */
  readonly goToTarget?: StepId;
}

/** Ids used when the project has nothing to point at yet: the caller must have the user choose. */
export const PLACEHOLDER_EMAIL = asEmailId('email-to-choose');
export const PLACEHOLDER_LIST = asListId('list-to-choose');
export const PLACEHOLDER_WORKFLOW = asWorkflowId('workflow-to-choose');

/** Deterministic, so that redoing an insertion gives the same id. */
export function newStepId(workflow: Workflow): StepId {
  return asStepId(freshId('step', new Set(workflow.steps.map((s) => s.id))));
}

const words = {
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
  other: { fr: 'Autre valeur', en: 'Any other value' },
  notify: { fr: 'Un contact avance dans le workflow', en: 'A contact moved forward in the workflow' },
  task: { fr: 'Relancer le contact', en: 'Follow up with the contact' },
} as const;

/** A new, unconnected step of the given kind with defaults a marketer would start from. */
export function createStep(kind: StepKind, id: StepId, context: StepContext, lang: Lang): Step {
  const email = context.emails?.[0]?.id ?? PLACEHOLDER_EMAIL;
  const list = context.lists?.[0]?.id ?? PLACEHOLDER_LIST;
  const workflow = context.workflows?.find((w) => w.id !== context.currentWorkflow)?.id ?? PLACEHOLDER_WORKFLOW;
  const b1 = asBranchId('branch-1');
  const b2 = asBranchId('branch-2');
  switch (kind) {
    case 'send-email':
      return { id, kind, email, next: null };
    case 'delay':
      return { id, kind, delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: null };
    case 'delay-until-event':
      return { id, kind, event: { kind: 'email-opened', email: context.emails?.[0]?.id ?? null }, maxWait: { amount: 3, unit: 'days' }, met: null, notMet: null };
    case 'branch-if':
      return { id, kind, branches: [{ id: b1, name: words.yes[lang], criteria: NO_CRITERIA, next: null }], defaultName: words.no[lang], defaultNext: null };
    case 'branch-value':
      return {
        id,
        kind,
        property: 'lifecyclestage',
        branches: [{ id: b1, name: 'lead', value: 'lead', next: null }],
        defaultName: words.other[lang],
        defaultNext: null,
      };
    case 'branch-random':
      return {
        id,
        kind,
        branches: [
          { id: b1, name: 'A', percent: 50, next: null },
          { id: b2, name: 'B', percent: 50, next: null },
        ],
      };
    case 'set-property':
      return { id, kind, property: 'contacttype', value: 'prospect', next: null };
    case 'clear-property':
      return { id, kind, property: 'jobtitle', next: null };
    case 'copy-property':
      return { id, kind, from: 'createdate', to: 'lastactivitydate', next: null };
    case 'increment-property':
      return { id, kind, property: 'hubspotscore', by: 1, next: null };
    case 'set-lifecycle-stage':
      return { id, kind, stage: 'lead', next: null };
    case 'add-to-list':
    case 'remove-from-list':
      return { id, kind, list, next: null };
    case 'enroll-in-workflow':
    case 'unenroll-from-workflow':
      return { id, kind, workflow, next: null };
    case 'internal-notification':
      return { id, kind, recipient: 'marketing@example.com', subject: words.notify[lang], next: null };
    case 'create-task':
      return { id, kind, taskTitle: words.task[lang], next: null };
    case 'hubspot-action':
      // Not in the palette: placeholders only come from a HubSpot import.
      return { id, kind, actionTypeId: 'UNKNOWN', label: '', next: null };
    case 'go-to':
      return {
        id,
        kind,
        target:
          context.goToTarget ??
          refuse('missing-target', {
            fr: 'Choisissez l’étape vers laquelle « Aller à » doit sauter.',
            en: 'Choose the step the go-to should jump to.',
          }),
      };
  }
}
