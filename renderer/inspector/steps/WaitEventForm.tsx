import { useTranslation } from 'react-i18next';
import { NO_CRITERIA, type AssetId, type EmailId, type WaitEvent } from '../../../engine/model/index.ts';
import { CriteriaBuilder } from '../criteria/CriteriaBuilder.tsx';
import { SelectField, TextField } from '../fields.tsx';
import { ResourcePicker } from '../pickers.tsx';
import { DurationField } from './DurationField.tsx';
import type { StepFormProps } from './types.ts';

type EventKind = WaitEvent['kind'];
const KINDS: readonly EventKind[] = ['email-opened', 'email-clicked', 'form-submitted', 'page-viewed', 'criteria-met'];

function eventFor(kind: EventKind): WaitEvent {
  switch (kind) {
    case 'email-opened':
    case 'email-clicked':
      return { kind, email: null };
    case 'form-submitted':
      return { kind, asset: null };
    case 'page-viewed':
      return { kind, url: '' };
    case 'criteria-met':
      return { kind, criteria: NO_CRITERIA };
  }
}

/** Delay until an event, with the longest wait before the "not met" path. */
export function WaitEventForm({ step, project, onChange }: StepFormProps<'delay-until-event'>) {
  const { t } = useTranslation();
  const e = step.event;
  const setEvent = (event: WaitEvent, coalesce?: string) => onChange({ ...step, event }, coalesce);
  return (
    <>
      <SelectField label={t('inspector.event')} value={e.kind} testId="wait-event" options={KINDS.map((k) => ({ value: k, label: t(`inspector.events.${k}`) }))} onChange={(k) => setEvent(eventFor(k))} />
      {e.kind === 'email-opened' || e.kind === 'email-clicked' ? (
        <ResourcePicker label={t('inspector.email')} items={project.emails} value={e.email} anyLabel={t('inspector.anyEmail')} create="email" onChange={(id) => setEvent({ ...e, email: id as EmailId | null })} />
      ) : null}
      {e.kind === 'form-submitted' ? (
        <ResourcePicker label={t('inspector.asset')} items={project.assets} value={e.asset} anyLabel={t('inspector.anyAsset')} testId="wait-asset" create="asset" assetKind="form" onChange={(id) => setEvent({ ...e, asset: id as AssetId | null })} />
      ) : null}
      {e.kind === 'page-viewed' ? <TextField label={t('inspector.url')} value={e.url} required onChange={(url) => setEvent({ ...e, url }, 'wait-url')} /> : null}
      {e.kind === 'criteria-met' ? <CriteriaBuilder criteria={e.criteria} project={project} onChange={(criteria) => setEvent({ ...e, criteria })} /> : null}
      <DurationField label={t('inspector.maxWait')} duration={step.maxWait} testId="wait-amount" coalesce="wait-amount" onChange={(maxWait, coalesce) => onChange({ ...step, maxWait }, coalesce)} />
    </>
  );
}
