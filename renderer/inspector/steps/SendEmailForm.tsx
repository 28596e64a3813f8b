import { useTranslation } from 'react-i18next';
import type { EmailId } from '../../../engine/model/index.ts';
import { ResourcePicker } from '../pickers.tsx';
import type { StepFormProps } from './types.ts';

export function SendEmailForm({ step, project, onChange }: StepFormProps<'send-email'>) {
  const { t } = useTranslation();
  return <ResourcePicker label={t('inspector.email')} items={project.emails} value={step.email} onChange={(id) => id && onChange({ ...step, email: id as EmailId })} testId="field-email" create="email" />;
}
