import { useTranslation } from 'react-i18next';
import { findProperty, LIFECYCLE_STAGES, LIFECYCLE_LABELS, type PropertyValue } from '../../../engine/model/index.ts';
import { useLang } from '../../i18n/useLang.ts';
import { isCalendarDate, SelectField, TextField } from '../fields.tsx';
import { NumberField } from '../numberFields.tsx';
import { PropertyPicker } from '../pickers.tsx';
import type { StepFormProps } from './types.ts';

/** The value input that fits the property's type (a date as a calendar date, stored as UTC ms). */
function ValueInput({ property, value, project, onChange }: { property: string; value: PropertyValue; project: StepFormProps<'set-property'>['project']; onChange: (v: PropertyValue, coalesce?: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const def = findProperty(project.properties, property);
  if (!def) return null;
  switch (def.type) {
    case 'number':
      return <NumberField label={t('inspector.value')} value={typeof value === 'number' ? value : 0} onChange={(v) => onChange(v, 'set-value')} testId="field-value" />;
    case 'boolean':
      return <SelectField label={t('inspector.value')} value={value === true ? 'true' : value === false ? 'false' : ''} options={[{ value: 'true', label: t('inspector.true') }, { value: 'false', label: t('inspector.false') }]} onChange={(v) => onChange(v === 'true')} />;
    case 'enumeration':
      return <SelectField label={t('inspector.value')} value={typeof value === 'string' ? value : ''} options={(def.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))} onChange={(v) => onChange(v)} testId="field-value" />;
    case 'date': {
      const iso = typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : '';
      return (
        <label className="fb-field">
          <span className="fb-label">{t('inspector.value')}</span>
          <input className="fb-input" type="date" value={iso} onChange={(e) => isCalendarDate(e.target.value) && onChange(Date.parse(`${e.target.value}T00:00:00Z`))} />
          {iso === '' ? <span className="fb-field-error">{t('inspector.badDate')}</span> : null}
        </label>
      );
    }
    default:
      return <TextField label={t('inspector.value')} value={typeof value === 'string' ? value : ''} onChange={(v) => onChange(v, 'set-value')} testId="field-value" />;
  }
}

function initialValue(type: string | undefined): PropertyValue {
  if (type === 'number') return 0;
  if (type === 'boolean') return true;
  if (type === 'date') return null;
  return '';
}

export function SetPropertyForm({ step, project, onChange }: StepFormProps<'set-property'>) {
  const { t } = useTranslation();
  return (
    <>
      <PropertyPicker label={t('inspector.property')} project={project} value={step.property} testId="field-property" onChange={(property) => onChange({ ...step, property, value: initialValue(findProperty(project.properties, property)?.type) })} />
      <ValueInput property={step.property} value={step.value} project={project} onChange={(value, coalesce) => onChange({ ...step, value }, coalesce)} />
    </>
  );
}

export function ClearPropertyForm({ step, project, onChange }: StepFormProps<'clear-property'>) {
  const { t } = useTranslation();
  return <PropertyPicker label={t('inspector.property')} project={project} value={step.property} testId="field-property" onChange={(property) => onChange({ ...step, property })} />;
}

export function CopyPropertyForm({ step, project, onChange }: StepFormProps<'copy-property'>) {
  const { t } = useTranslation();
  const fromType = findProperty(project.properties, step.from)?.type;
  return (
    <>
      <PropertyPicker label={t('inspector.from')} project={project} value={step.from} onChange={(from) => onChange({ ...step, from })} />
      <PropertyPicker label={t('inspector.to')} project={project} value={step.to} types={fromType ? [fromType] : undefined} onChange={(to) => onChange({ ...step, to })} />
    </>
  );
}

export function IncrementPropertyForm({ step, project, onChange }: StepFormProps<'increment-property'>) {
  const { t } = useTranslation();
  return (
    <>
      <PropertyPicker label={t('inspector.property')} project={project} types={['number']} value={step.property} onChange={(property) => onChange({ ...step, property })} />
      <NumberField label={t('inspector.by')} value={step.by} onChange={(by) => onChange({ ...step, by }, 'increment-by')} testId="field-by" />
    </>
  );
}

export function LifecycleForm({ step, onChange }: StepFormProps<'set-lifecycle-stage'>) {
  const { t } = useTranslation();
  const lang = useLang();
  return <SelectField label={t('inspector.stage')} value={step.stage} testId="field-stage" options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: LIFECYCLE_LABELS[s][lang] }))} onChange={(stage) => onChange({ ...step, stage })} />;
}

