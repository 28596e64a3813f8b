import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type DelaySpec, type Weekday } from '../../../engine/model/index.ts';
import { MAX_SPAN_DAYS } from '../../../engine/schema/index.ts';
import { DateField, Field, SelectField, TimeField } from '../fields.tsx';
import { NumberField } from '../numberFields.tsx';
import { PropertyPicker } from '../pickers.tsx';
import { DurationField } from './DurationField.tsx';
import type { StepFormProps } from './types.ts';

type Mode = DelaySpec['mode'];

function specFor(mode: Mode, previous: DelaySpec, startDate: string): DelaySpec {
  const time = 'time' in previous ? previous.time : '09:00';
  switch (mode) {
    case 'duration':
      return { mode, duration: previous.mode === 'duration' ? previous.duration : { amount: 1, unit: 'days' } };
    case 'until-date':
      return { mode, date: startDate, time };
    case 'until-date-property':
      return { mode, property: 'birthday', offsetDays: 0, time };
    case 'until-weekday':
      return { mode, weekdays: ['monday'], time };
    case 'until-time':
      return { mode, time };
    case 'relative-to-anchor':
      return { mode, offsetDays: -1, time };
  }
}

/** Every kind of delay; "relative to the anchor" only in date-centred workflows. */
export function DelayForm({ step, project, workflow, onChange }: StepFormProps<'delay'>) {
  const { t } = useTranslation();
  const d = step.delay;
  const set = (delay: DelaySpec, coalesce?: string) => onChange({ ...step, delay }, coalesce);
  const modes: Mode[] = ['duration', 'until-date', 'until-date-property', 'until-weekday', 'until-time'];
  if (workflow.timing.type !== 'contact' || d.mode === 'relative-to-anchor') modes.push('relative-to-anchor');
  // Days before or after a date: whole, within ten years either way (engine/schema offsetDays).
  const offsetRules = { integer: true, min: -MAX_SPAN_DAYS, max: MAX_SPAN_DAYS, spanUnit: t('unitNames.days') };
  return (
    <>
      <SelectField label={t('inspector.delayMode')} value={d.mode} testId="delay-mode" options={modes.map((m) => ({ value: m, label: t(`inspector.modes.${m}`) }))} onChange={(m) => set(specFor(m, d, project.simulation.startDate))} />
      {d.mode === 'duration' ? (
        <DurationField label={t('inspector.amount')} duration={d.duration} testId="delay-amount" unitTestId="delay-unit" coalesce="delay-amount" onChange={(duration, coalesce) => set({ ...d, duration }, coalesce)} />
      ) : null}
      {d.mode === 'until-date' ? <DateField label={t('inspector.date')} value={d.date} onChange={(date) => set({ ...d, date })} /> : null}
      {d.mode === 'until-date-property' ? (
        <>
          <PropertyPicker label={t('inspector.property')} project={project} types={['date']} value={d.property} onChange={(property) => set({ ...d, property })} />
          <NumberField label={t('inspector.offsetDays')} value={d.offsetDays} rules={offsetRules} onChange={(offsetDays) => set({ ...d, offsetDays }, 'delay-offset')} />
        </>
      ) : null}
      {d.mode === 'relative-to-anchor' ? <NumberField label={t('inspector.offsetDays')} value={d.offsetDays} rules={offsetRules} testId="delay-offset" onChange={(offsetDays) => set({ ...d, offsetDays }, 'delay-offset')} /> : null}
      {d.mode === 'until-weekday' ? (
        <Field label={t('inspector.weekdays')} error={d.weekdays.length === 0 ? t('inspector.required') : null}>
          {() => (
            <div className="fb-chips">
              {WEEKDAYS.map((w: Weekday) => (
                <label key={w} className={`fb-chip${d.weekdays.includes(w) ? ' is-on' : ''}`}>
                  <input type="checkbox" checked={d.weekdays.includes(w)} onChange={(e) => set({ ...d, weekdays: e.target.checked ? WEEKDAYS.filter((x) => x === w || d.weekdays.includes(x)) : d.weekdays.filter((x) => x !== w) })} />
                  {t(`weekdays.${w}`)}
                </label>
              ))}
            </div>
          )}
        </Field>
      ) : null}
      {d.mode !== 'duration' ? <TimeField label={t('inspector.time')} value={d.time} onChange={(time) => set({ ...d, time })} /> : null}
    </>
  );
}
