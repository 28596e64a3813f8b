import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../inspector/fields.tsx';
import type { PromptChoice } from './dialogs.tsx';
import { Modal } from './Modal.tsx';

/**
 * Asks for one line of text (a name), instead of window.prompt. The value is checked at the
 * field: empty is refused in the user's language; the answer is the trimmed text.
 */
export function PromptDialog({ title, label, initial = '', confirmLabel, validate, choice, onAnswer }: { title: string; label: string; initial?: string; confirmLabel?: string; validate?: (value: string) => string | null; choice?: PromptChoice; onAnswer: (value: string | null, choice?: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [picked, setPicked] = useState(choice?.initial ?? '');
  // The message appears after a first attempt, not while the field is still untouched.
  const [tried, setTried] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const trimmed = value.trim();
  const error = trimmed === '' ? t('dialogs.emptyName') : (validate?.(trimmed) ?? null);
  const submit = () => {
    setTried(true);
    if (!error) onAnswer(trimmed, choice ? picked : undefined);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && e.target === cancelRef.current)) {
      e.preventDefault();
      e.stopPropagation();
      onAnswer(null);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      submit();
    }
  };
  const shown = tried || value !== initial ? error : null;
  return (
    <Modal title={title} onClose={() => onAnswer(null)} width={440} testId="prompt-dialog">
      <form
        className="fb-dialog"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field label={label} error={shown}>
          {(id) => (
            <input maxLength={MAX_NAME_LENGTH}
              id={id}
              className="fb-input"
              value={value}
              autoFocus
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={!!shown}
              aria-describedby={shown ? `${id}-error` : undefined}
              data-testid="prompt-input"
            />
          )}
        </Field>
        {choice ? (
          <Field label={choice.label}>
            {(id) => (
              <select id={id} className="fb-input" value={picked} onChange={(e) => setPicked(e.target.value)} data-testid="prompt-choice">
                {choice.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <div className="fb-modal-actions">
          <button ref={cancelRef} type="button" className="fb-button" onClick={() => onAnswer(null)} data-testid="prompt-cancel">
            {t('dialogs.cancel')}
          </button>
          <button type="submit" className="fb-button is-primary" data-testid="prompt-ok">
            {confirmLabel ?? t('dialogs.ok')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
