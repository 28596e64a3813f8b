import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/useLang.ts';
import { Field } from '../inspector/fields.tsx';
import { useReportInvalid } from '../inspector/formValidity.tsx';
import { numberProblem, problemText } from '../inspector/numberFields.tsx';
import { LIMIT_RULES } from './field-rules.ts';

/** A limit in points, or none (empty): only a number of 0 or more, or empty, passes on. */
export function LimitInput({ label, value, onChange, testId, help }: { label: string; value: number | null; onChange: (v: number | null) => void; testId: string; help?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    setText((current) => (current.trim() === '' ? value === null : Number(current.replace(',', '.')) === value) ? current : value === null ? '' : String(value));
  }, [value]);
  const problemOf = (s: string) => (s.trim() === '' ? null : numberProblem(s, LIMIT_RULES));
  const problem = problemOf(text);
  useReportInvalid(problem !== null);
  return (
    <Field label={label} error={problem ? problemText(problem, t, lang) : null} help={help}>
      {(id) => (
        <input
          id={id}
          className={`fb-input${problem ? ' is-invalid' : ''}`}
          inputMode="decimal"
          value={text}
          placeholder={t('scoring.noLimit')}
          aria-invalid={problem !== null}
          data-testid={testId}
          onChange={(e) => {
            setText(e.target.value);
            if (problemOf(e.target.value)) return;
            onChange(e.target.value.trim() === '' ? null : Number(e.target.value.replace(',', '.')));
          }}
        />
      )}
    </Field>
  );
}
