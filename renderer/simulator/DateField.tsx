import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDate, parseShortDate, shortDatePattern } from '../i18n/format.ts';
import { useLang } from '../i18n/useLang.ts';

/**
 * A date typed in the app language's order ("05/01/2026" is the 5th of January in French and
 * English), whatever the browser's locale: `<input type="date">` follows the browser, so a
 * French app on an American system showed 01/05/2026. Kept as text until it is a real day.
 */
export function DateField({ value, onChange, testId }: { value: string; onChange: (isoDate: string) => void; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState(() => formatShortDate(value, lang));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(formatShortDate(value, lang));
    setInvalid(false);
  }, [value, lang]);
  const pattern = shortDatePattern(lang);
  const commit = () => {
    const parsed = parseShortDate(text, lang);
    setInvalid(parsed === null);
    if (parsed && parsed !== value) onChange(parsed);
  };
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        className={`fb-input${invalid ? ' is-invalid' : ''}`}
        value={text}
        placeholder={pattern}
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseShortDate(e.target.value, lang);
          if (parsed) {
            setInvalid(false);
            if (parsed !== value) onChange(parsed);
          }
        }}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        data-testid={testId}
      />
      {invalid ? (
        <span className="fb-field-error" data-testid={`${testId}-error`}>
          {t('sim.dateInvalid', { pattern })}
        </span>
      ) : null}
    </>
  );
}
