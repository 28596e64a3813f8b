import { useTranslation } from 'react-i18next';
import { NO_CRITERIA, TIME_UNITS, type AssetId, type EmailId, type WaitEvent } from '../../../engine/model/index.ts';
import { CriteriaBuilder } from '../criteria/CriteriaBuilder.tsx';
import { Field, NumberInput, Select, SelectField, TextField } from '../fields.tsx';
import { ResourcePicker } from '../pickers.tsx';
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
      <Field label={t('inspector.maxWait')}>
        {(id) => (
          <div className="fb-row">
            <NumberInput id={id} value={step.maxWait.amount} rules={{ positive: true }} testId="wait-amount" onChange={(amount) => onChange({ ...step, maxWait: { ...step.maxWait, amount } }, 'wait-amount')} />
            <Select value={step.maxWait.unit} ariaLabel={t('inspector.unit')} options={TIME_UNITS.map((u) => ({ value: u, label: t(`unitNames.${u}`) }))} onChange={(unit) => onChange({ ...step, maxWait: { ...step.maxWait, unit } })} />
          </div>
        )}
      </Field>
    </>
  );
}
