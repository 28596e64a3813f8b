import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MAX_MAGNITUDE } from '../../engine/schema/index.ts';
import type { Lang } from '../../engine/model/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';
import { Field } from './fields.tsx';
import { useReportInvalid } from './formValidity.tsx';

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
