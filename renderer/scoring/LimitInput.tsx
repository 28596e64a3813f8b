import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../inspector/fields.tsx';

/** A limit in points, or none (empty): only a number of 0 or more, or empty, passes on. */
export function LimitInput({ label, value, onChange, testId, help }: { label: string; value: number | null; onChange: (v: number | null) => void; testId: string; help?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    setText((current) => (current.trim() === '' ? value === null : Number(current.replace(',', '.')) === value) ? current : value === null ? '' : String(value));
  }, [value]);
  const parse = (s: string): number | null | undefined => {
    if (s.trim() === '') return null;
    const n = Number(s.replace(',', '.'));
    return Number.isFinite(n) && n >= 0 && n <= 1_000_000 ? n : undefined;
  };
  const bad = parse(text) === undefined;
  return (
    <Field label={label} error={bad ? t('inspector.mustBePositive') : null} help={help}>
      {(id) => (
        <input
          id={id}
          className={`fb-input${bad ? ' is-invalid' : ''}`}
          inputMode="decimal"
          value={text}
          placeholder={t('scoring.noLimit')}
          aria-invalid={bad}
          data-testid={testId}
          onChange={(e) => {
            setText(e.target.value);
            const v = parse(e.target.value);
            if (v !== undefined) onChange(v);
          }}
        />
      )}
    </Field>
  );
}
