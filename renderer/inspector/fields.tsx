import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../engine/schema/index.ts';
import { oneLine } from '../../engine/model/index.ts';
import { useReportInvalid } from './formValidity.tsx';

/** A labelled field with its error under it, in the user's language. */
export function Field({ label, error, help, children, inline }: { label: string; error?: string | null; help?: string; children: (id: string) => ReactNode; inline?: boolean }) {
  const id = useId();
  return (
    <div className={`fb-field${error ? ' has-error' : ''}${inline ? ' is-inline' : ''}`}>
      <label className="fb-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
      {error ? (
        <div className="fb-field-error" role="alert" id={`${id}-error`}>
          {error}
        </div>
      ) : help ? (
        <div className="fb-help">{help}</div>
      ) : null}
    </div>
  );
}

export function TextField({ label, value, onChange, placeholder, required, multiline, testId }: { label: string; value: string; onChange: (v: string) => void; placeholder?: string; required?: boolean; multiline?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const error = required && value.trim() === '' ? t('inspector.required') : null;
  useReportInvalid(error !== null);
  return (
    <Field label={label} error={error}>
      {(id) =>
        multiline ? (
          <textarea maxLength={MAX_TEXT_LENGTH} id={id} className="fb-input" rows={3} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-invalid={!!error} />
        ) : (
          <input maxLength={MAX_NAME_LENGTH} id={id} className="fb-input" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-invalid={!!error} />
        )
      }
    </Field>
  );
}

export interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
}

/**
 * A menu of options. A long name (an ebook's title, an e-mail's) is cut at the select's width: the
 * option picked is whole in the select's tooltip, and each option in its own.
 */
export function Select<T extends string>({ value, options, onChange, id, testId, ariaLabel, placeholder }: { value: T | ''; options: readonly Option<T>[]; onChange: (v: T) => void; id?: string; testId?: string; ariaLabel?: string; placeholder?: string }) {
  const picked = options.find((o) => o.value === value);
  const known = picked !== undefined;
  return (
    <select id={id} className="fb-input" value={known ? value : ''} onChange={(e) => onChange(e.target.value as T)} data-testid={testId} aria-label={ariaLabel} title={picked ? oneLine(picked.label) : undefined}>
      {!known ? (
        <option value="" disabled>
          {placeholder ?? '…'}
        </option>
      ) : null}
      {options.map((o) => (
        <option key={o.value} value={o.value} title={oneLine(o.label)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, testId, error, help }: { label: string; value: T | ''; options: readonly Option<T>[]; onChange: (v: T) => void; testId?: string; error?: string | null; help?: string }) {
  const { t } = useTranslation();
  const missing = !options.some((o) => o.value === value);
  useReportInvalid(!!error || missing);
  return (
    <Field label={label} error={error ?? (missing ? t('inspector.required') : null)} help={help}>
      {(id) => <Select id={id} value={value} options={options} onChange={onChange} testId={testId} placeholder={t('inspector.choose')} />}
    </Field>
  );
}

export function Checkbox({ label, checked, onChange, testId }: { label: string; checked: boolean; onChange: (v: boolean) => void; testId?: string }) {
  return (
    <label className="fb-checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <span>{label}</span>
    </label>
  );
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTime(text: string): boolean {
  return TIME.test(text);
}

export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

interface CheckedFieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  testId?: string;
}

/**
 * A native date or time input checked as typed: the text may be invalid for a moment and is
 * shown as such at the field, but only valid values reach the document.
 */
function CheckedInput({ label, value, onChange, testId, type, valid, errorKey }: CheckedFieldProps & { type: 'date' | 'time'; valid: (text: string) => boolean; errorKey: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => {
    setText(value);
  }, [value]);
  const error = valid(text) ? null : t(errorKey);
  useReportInvalid(error !== null);
  return (
    <Field label={label} error={error}>
      {(id) => (
        <input
          id={id}
          className="fb-input"
          type={type}
          value={text}
          data-testid={testId}
          aria-invalid={!!error}
          onChange={(e) => {
            setText(e.target.value);
            if (valid(e.target.value)) onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}

/** HH:MM, checked as typed; only valid times reach the document. */
export function TimeField(props: CheckedFieldProps) {
  return <CheckedInput {...props} type="time" valid={isTime} errorKey="inspector.badTime" />;
}

/** YYYY-MM-DD, a real calendar day; only valid dates reach the document. */
export function DateField(props: CheckedFieldProps) {
  return <CheckedInput {...props} type="date" valid={isCalendarDate} errorKey="inspector.badDate" />;
}
