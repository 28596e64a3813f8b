import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MAX_MAGNITUDE, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../engine/schema/index.ts';
import { oneLine, type Lang } from '../../engine/model/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';

/**
 * Whether the fields of a form hold what they show. A checked field keeps a refused value on
 * screen and passes on only valid ones, so the form's own value is the last valid one: a dialog
 * that saved it (or a run that used it) would save something the user no longer sees. Each
 * checked field reports here whether it refuses what it shows; the form reads how many do, to
 * refuse Save or Run and to ask before closing.
 */
type ReportField = (field: string, invalid: boolean) => void;

const FormValidityContext = createContext<ReportField | null>(null);

export interface FormValidity {
  /** How many fields of the form refuse what they show (re-rendered when it changes). */
  readonly invalid: number;
  /** The same, read now: in an effect, after every field of the commit has reported. */
  readonly anyInvalid: () => boolean;
  readonly report: ReportField;
}

/** A form's count of refused fields; its fields report inside `<FormValidityScope>`. */
export function useFormValidity(): FormValidity {
  const refused = useRef(new Set<string>());
  const [invalid, setInvalid] = useState(0);
  const report = useCallback<ReportField>((field, bad) => {
    const set = refused.current;
    if (set.has(field) === bad) return;
    if (bad) set.add(field);
    else set.delete(field);
    setInvalid(set.size);
  }, []);
  const anyInvalid = useCallback(() => refused.current.size > 0, []);
  return useMemo(() => ({ invalid, anyInvalid, report }), [invalid, anyInvalid, report]);
}

/** The fields below report to this form. */
export function FormValidityScope({ validity, children }: { validity: FormValidity; children: ReactNode }) {
  return <FormValidityContext.Provider value={validity.report}>{children}</FormValidityContext.Provider>;
}

/**
 * A field tells its form whether it refuses what it shows. Reported in a layout effect, so the
 * form's own effects of the same commit already see it (the Scoring dialog saves from one).
 */
export function useReportInvalid(invalid: boolean): void {
  const report = useContext(FormValidityContext);
  const field = useId();
  useLayoutEffect(() => {
    if (!report) return;
    report(field, invalid);
    return () => report(field, false);
  }, [report, field, invalid]);
}

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

export interface NumberRules {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Above zero (zero refused). */
  readonly positive?: boolean;
  /** A share in percent: its message speaks of a share ("Enter a share between 0 and 100."). */
  readonly percent?: boolean;
  /** `max` is the ten-year limit of a span of time, counted in this unit ("hours"): the message says so. */
  readonly spanUnit?: string;
}

/**
 * The most digits any number of a project may have: the loader refuses a number beyond
 * ±MAX_MAGNITUDE (engine/io/plain-data.ts), 16 digits, so every number of 15 digits fits.
 */
export const MAX_DIGITS = String(MAX_MAGNITUDE).length - 1;

/** Why a typed number is refused (a translation key and its values); null when it is fine. */
export interface NumberProblem {
  readonly key: string;
  readonly values?: Readonly<Record<string, number | string | boolean>>;
}

/**
 * Why a typed number is refused, stating the field's rule with its bounds; null when it is fine.
 * Every field is also held within what a project can hold (±MAX_MAGNITUDE), whatever its rules.
 */
export function numberProblem(text: string, rules: NumberRules): NumberProblem | null {
  if (text.trim() === '') return { key: 'inspector.required' };
  const value = parseNumber(text);
  if (!Number.isFinite(value)) return { key: 'inspector.mustBeNumber' };
  const below = rules.min !== undefined && value < rules.min;
  const notAbove = rules.positive === true && value <= 0;
  const over = rules.max !== undefined && value > rules.max;
  const fraction = rules.integer === true && !Number.isInteger(value);
  if (below || notAbove || over || fraction) return ruleProblem(rules);
  if (Math.abs(value) > MAX_MAGNITUDE) return { key: 'inspector.tooManyDigits', values: { digits: MAX_DIGITS } };
  return null;
}

/** The field's whole rule as one sentence ("Enter a whole number between 0 and 3,653."). */
function ruleProblem(rules: NumberRules): NumberProblem {
  const whole = rules.integer === true;
  const { min, max, positive } = rules;
  // A minimum above zero says more than "above zero".
  const aboveZero = positive === true && !(min !== undefined && min > 0);
  if (rules.percent && max === 100 && (aboveZero || min === 0)) return { key: aboveZero ? 'inspector.badPercentAboveZero' : 'inspector.badPercent' };
  const bounds = { whole, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(rules.spanUnit ? { unit: rules.spanUnit } : {}) };
  if (aboveZero) return { key: max !== undefined ? 'inspector.aboveZeroAtMost' : 'inspector.mustBePositive', values: bounds };
  if (min !== undefined && max !== undefined) return { key: 'inspector.between', values: bounds };
  if (min !== undefined) return { key: 'inspector.atLeast', values: bounds };
  if (max !== undefined) return { key: 'inspector.atMost', values: bounds };
  return { key: 'inspector.mustBeInteger' };
}

/** A problem in the user's language, its bounds in the language's number format ("3 653" / "3,653"). */
export function problemText(problem: NumberProblem, t: TFunction, lang: Lang): string {
  const v = problem.values ?? {};
  const number = (n: unknown) => (typeof n === 'number' ? formatNumber(n, lang) : '');
  const span = typeof v.unit === 'string' ? ` ${v.unit} ${t('inspector.tenYears')}` : '';
  return t(problem.key, {
    what: t(v.whole === true ? 'inspector.aWholeNumber' : 'inspector.aNumber'),
    min: number(v.min),
    max: `${number(v.max)}${span}`,
    digits: v.digits,
  });
}

/** A number typed in the user's way: a decimal comma or point. */
function parseNumber(text: string): number {
  return Number(text.trim().replace(',', '.'));
}

/**
 * A number input that keeps what the user typed, shows why it is wrong, and only passes valid
 * numbers on: the document never holds "abc" days. It reports to its form whether it refuses what
 * it shows. `invalid`: marked at fault by a check beyond its own rules.
 */
export function NumberInput({
  value,
  onChange,
  rules = {},
  id,
  testId,
  ariaLabel,
  invalid = false,
}: {
  value: number;
  onChange: (v: number) => void;
  rules?: NumberRules;
  id?: string;
  testId?: string;
  ariaLabel?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState(String(value));
  useEffect(() => {
    // The document changed under us (undo, another field): show its value.
    setText((current) => (parseNumber(current) === value ? current : String(value)));
  }, [value]);
  const problem = numberProblem(text, rules);
  useReportInvalid(problem !== null);
  return (
    <span className="fb-number">
      <input
        id={id}
        className={`fb-input${problem || invalid ? ' is-invalid' : ''}`}
        inputMode="decimal"
        value={text}
        aria-label={ariaLabel}
        aria-invalid={!!problem || invalid}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          if (!numberProblem(e.target.value, rules)) onChange(parseNumber(e.target.value));
        }}
      />
      {problem ? (
        <span className="fb-field-error" role="alert">
          {problemText(problem, t, lang)}
        </span>
      ) : null}
    </span>
  );
}

export function NumberField({ label, value, onChange, rules, testId, help }: { label: string; value: number; onChange: (v: number) => void; rules?: NumberRules; testId?: string; help?: string }) {
  return <Field label={label} help={help}>{(id) => <NumberInput id={id} value={value} onChange={onChange} rules={rules} testId={testId} />}</Field>;
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
