import type { ReactNode } from 'react';
import type { Step, StepKind } from '../../engine/model/index.ts';
import { IfThenForm, RandomSplitForm, ValueBranchForm } from './steps/BranchForms.tsx';
import { DelayForm } from './steps/DelayForm.tsx';
import { GoToForm, ListForm, NotificationForm, TaskForm, WorkflowRefForm } from './steps/OtherForms.tsx';
import { HubSpotActionForm } from '../hubspot/HubSpotActionForm.tsx';
import { ClearPropertyForm, CopyPropertyForm, IncrementPropertyForm, LifecycleForm, SetPropertyForm } from './steps/RecordForms.tsx';
import { SendEmailForm } from './steps/SendEmailForm.tsx';
import type { StepFormProps } from './steps/types.ts';
import { WaitEventForm } from './steps/WaitEventForm.tsx';

type AnyForm = (props: StepFormProps<StepKind>) => ReactNode;

/** One small form per step kind. */
const FORMS: Record<StepKind, (props: never) => ReactNode> = {
  'send-email': SendEmailForm,
  'internal-notification': NotificationForm,
  'create-task': TaskForm,
  'hubspot-action': HubSpotActionForm,
  delay: DelayForm,
  'delay-until-event': WaitEventForm,
  'branch-if': IfThenForm,
  'branch-value': ValueBranchForm,
  'branch-random': RandomSplitForm,
  'set-property': SetPropertyForm,
  'clear-property': ClearPropertyForm,
  'copy-property': CopyPropertyForm,
  'increment-property': IncrementPropertyForm,
  'set-lifecycle-stage': LifecycleForm,
  'add-to-list': ListForm,
  'remove-from-list': ListForm,
  'enroll-in-workflow': WorkflowRefForm,
  'unenroll-from-workflow': WorkflowRefForm,
  'go-to': GoToForm,
};

export function StepForm(props: Omit<StepFormProps<StepKind>, 'step'> & { step: Step }) {
  const Form = FORMS[props.step.kind] as AnyForm;
  return <Form {...(props as StepFormProps<StepKind>)} />;
}
