import { useTranslation } from 'react-i18next';
import { findProperty, OPERATORS_BY_TYPE, propertiesWithScores, type Operation, type Project, type PropertyFilter } from '../../../engine/model/index.ts';
import { MAX_SPAN_DAYS } from '../../../engine/schema/index.ts';
import { useLang } from '../../i18n/useLang.ts';
import { Checkbox, isCalendarDate, Select } from '../fields.tsx';
import { useReportInvalid } from '../formValidity.tsx';
import { NumberInput } from '../numberFields.tsx';
import { PropertyPicker } from '../pickers.tsx';
import { filterForProperty, operationFor } from './defaults.ts';

/** Property, operator (only those of the property's type) and the value the operator needs. */
export function PropertyFilterEditor({ filter, project, onChange }: { filter: PropertyFilter; project: Project; onChange: (f: PropertyFilter) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = project.simulation.startDate;
  const def = findProperty(propertiesWithScores(project), filter.property);
  const op = filter.operation.op;
  const setOperation = (operation: Operation) => onChange({ ...filter, operation } as PropertyFilter);
  const operators = OPERATORS_BY_TYPE[filter.type];
  const o = filter.operation as Record<string, unknown>;
  const required = t('inspector.required');
  // What the value shows as missing or wrong below, told to the form (a dialog then refuses to save it).
  const incomplete = (() => {
    if (op === 'is-known' || op === 'is-unknown') return false;
    if (filter.type === 'string') return String(o.value ?? '').trim() === '';
    if (filter.type === 'enumeration') return ((o.values as string[] | undefined) ?? []).length === 0;
    if (filter.type === 'number' && (op === 'between' || op === 'not-between')) return Number(o.low) > Number(o.high);
    return false;
  })();
  useReportInvalid(incomplete);

  const value = (() => {
    if (op === 'is-known' || op === 'is-unknown') return null;
    switch (filter.type) {
      case 'string': {
        const text = String(o.value ?? '');
        return (
          <>
            <input className="fb-input" value={text} aria-label={t('inspector.value')} data-testid="filter-value" onChange={(e) => setOperation({ ...(filter.operation as object), value: e.target.value } as Operation)} />
            {text.trim() === '' ? <span className="fb-field-error" role="alert">{required}</span> : null}
          </>
        );
      }
      case 'number':
        if (op === 'between' || op === 'not-between') {
          const low = Number(o.low);
          const high = Number(o.high);
          return (
            <div className="fb-row">
              <NumberInput value={low} ariaLabel={t('criteria.low')} onChange={(v) => setOperation({ op, low: v, high } as Operation)} />
              <NumberInput value={high} ariaLabel={t('criteria.high')} onChange={(v) => setOperation({ op, low, high: v } as Operation)} />
              {low > high ? <span className="fb-field-error" role="alert">{t('inspector.windowOrder')}</span> : null}
            </div>
          );
        }
        return <NumberInput value={Number(o.value)} ariaLabel={t('inspector.value')} testId="filter-value" onChange={(v) => setOperation({ op, value: v } as Operation)} />;
      case 'boolean':
        return (
          <Select
            value={o.value ? 'true' : 'false'}
            ariaLabel={t('inspector.value')}
            options={[
              { value: 'true', label: t('inspector.true') },
              { value: 'false', label: t('inspector.false') },
            ]}
            onChange={(v) => setOperation({ op, value: v === 'true' } as Operation)}
          />
        );
      case 'enumeration': {
        const values = (o.values as string[]) ?? [];
        return (
          <>
            <div className="fb-chips" role="group" aria-label={t('inspector.value')}>
              {(def?.options ?? []).map((option) => (
                <label key={option.value} className={`fb-chip${values.includes(option.value) ? ' is-on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={values.includes(option.value)}
                    onChange={(e) => setOperation({ op, values: e.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value) } as Operation)}
                  />
                  {option.label[lang]}
                </label>
              ))}
            </div>
            {values.length === 0 ? <span className="fb-field-error" role="alert">{required}</span> : null}
          </>
        );
      }
      case 'date':
        if (op === 'on' || op === 'before' || op === 'after') return <DateInput value={String(o.date)} onChange={(date) => setOperation({ op, date })} label={t('inspector.date')} />;
        if (op === 'between') {
          return (
            <div className="fb-row">
              <DateInput value={String(o.from)} label={t('inspector.from')} onChange={(from) => setOperation({ op, from, to: String(o.to) })} />
              <DateInput value={String(o.to)} label={t('inspector.to')} onChange={(to) => setOperation({ op, from: String(o.from), to })} />
            </div>
          );
        }
        return <NumberInput value={Number(o.days)} ariaLabel={t('criteria.days')} rules={{ integer: true, min: 0, max: MAX_SPAN_DAYS, spanUnit: t('unitNames.days') }} testId="filter-days" onChange={(days) => setOperation({ op, days } as Operation)} />;
    }
  })();

  return (
    <div className="fb-filter-body">
      <PropertyPicker
        label={t('inspector.property')}
        project={project}
        value={filter.property}
        testId="filter-property"
        onChange={(name) => {
          const next = findProperty(propertiesWithScores(project), name);
          if (next) onChange(filterForProperty(next, today, filter));
        }}
      />
      <Select
        value={op}
        ariaLabel={t('criteria.operator')}
        testId="filter-operator"
        options={operators.map((value) => ({ value, label: t(`criteria.ops.${value}`) }))}
        onChange={(next) => setOperation(operationFor(filter.type, next, filter.operation, today))}
      />
      {value}
      {op !== 'is-known' && op !== 'is-unknown' ? (
        <Checkbox label={t('criteria.includeUnknown')} checked={!!filter.includeUnknown} onChange={(v) => {
            const { includeUnknown: _previous, ...rest } = filter;
            onChange((v ? { ...rest, includeUnknown: true } : rest) as PropertyFilter);
          }} />
      ) : null}
    </div>
  );
}

function DateInput({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  const { t } = useTranslation();
  useReportInvalid(!isCalendarDate(value));
  return (
    <span className="fb-number">
      <input className="fb-input" type="date" aria-label={label} value={value} onChange={(e) => isCalendarDate(e.target.value) && onChange(e.target.value)} />
      {!isCalendarDate(value) ? <span className="fb-field-error">{t('inspector.badDate')}</span> : null}
    </span>
  );
}
