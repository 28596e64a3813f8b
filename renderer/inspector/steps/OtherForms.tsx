import { useTranslation } from 'react-i18next';
import type { ListId, StepId, WorkflowId } from '../../../engine/model/index.ts';
import { useLang } from '../../i18n/useLang.ts';
import { SelectField, TextField } from '../fields.tsx';
import { ResourcePicker } from '../pickers.tsx';
import { readingOrder, stepNames } from '../stepNames.ts';
import type { StepFormProps } from './types.ts';

export function ListForm({ step, project, onChange }: StepFormProps<'add-to-list' | 'remove-from-list'>) {
  const { t } = useTranslation();
  return <ResourcePicker label={t('inspector.list')} items={project.lists} value={step.list} testId="field-list" create="list" onChange={(id) => id && onChange({ ...step, list: id as ListId })} />;
}

export function WorkflowRefForm({ step, project, workflow, onChange }: StepFormProps<'enroll-in-workflow' | 'unenroll-from-workflow'>) {
  const { t } = useTranslation();
  const others = project.workflows.filter((w) => w.id !== workflow.id);
  return <ResourcePicker label={t('inspector.workflow')} items={others} value={step.workflow} testId="field-workflow" onChange={(id) => id && onChange({ ...step, workflow: id as WorkflowId })} />;
}

export function NotificationForm({ step, onChange }: StepFormProps<'internal-notification'>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('inspector.recipient')} value={step.recipient} required onChange={(recipient) => onChange({ ...step, recipient }, 'recipient')} />
      <TextField label={t('inspector.subject')} value={step.subject} required onChange={(subject) => onChange({ ...step, subject }, 'subject')} />
    </>
  );
}

export function TaskForm({ step, onChange }: StepFormProps<'create-task'>) {
  const { t } = useTranslation();
  return <TextField label={t('inspector.taskTitle')} value={step.taskTitle} required onChange={(taskTitle) => onChange({ ...step, taskTitle }, 'task-title')} />;
}

/** The step to jump to, named as its card is (never by its id), in the canvas's reading order. */
export function GoToForm({ step, project, workflow, onChange }: StepFormProps<'go-to'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = stepNames(workflow, project, lang);
  const targets = readingOrder(workflow).filter((s) => s.id !== step.id);
  return (
    <SelectField
      label={t('inspector.target')}
      value={step.target}
      testId="field-target"
      options={targets.map((s) => ({ value: s.id as string, label: names.get(s.id)! }))}
      onChange={(target) => onChange({ ...step, target: target as StepId })}
    />
  );
}
