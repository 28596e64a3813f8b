import { useState } from 'react';
import { useHubSpotT } from './hubspot-i18n.ts';
import { idProblem, pastedId, type IdShape } from './mapping-rows.ts';

/**
 * One HubSpot id: what is typed is checked as it is typed; only an acceptable id (or an empty
 * field, which removes the entry) reaches the document, so an invalid id is never saved. The
 * message says, in the user's language, what HubSpot gives that kind of thing.
 */
export function IdInput({
  value,
  shape,
  onChange,
  label,
  testId,
  autoFocus,
  portal = false,
}: {
  value: string;
  shape: IdShape;
  onChange: (id: string) => void;
  label: string;
  testId?: string;
  autoFocus?: boolean;
  /** The portal's own id: from a pasted address, its first number (mapping-rows.ts#pastedId). */
  portal?: boolean;
}) {
  const t = useHubSpotT();
  // A draft only while it is invalid: an accepted id shows what the document holds (Undo too).
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null ? null : idProblem(shape, pastedId(shape, draft, portal));
  const errorId = testId ? `${testId}-error` : undefined;
  return (
    <div className="hs-id">
      <input
        className="fb-input"
        value={draft ?? value}
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        spellCheck={false}
        autoComplete="off"
        // The focused entry is the one a pre-flight problem asked for.
        autoFocus={autoFocus}
        data-testid={testId}
        onChange={(e) => {
          const text = e.target.value;
          // A pasted address or "12 345" gives its id (shown at once as the field's value).
          const id = pastedId(shape, text, portal);
          if (idProblem(shape, id) === null) {
            setDraft(null);
            onChange(id);
          } else setDraft(text);
        }}
      />
      {problem ? (
        <div className="fb-field-error" role="alert" id={errorId}>
          {t(`hubspot.invalid.${problem}`)}
        </div>
      ) : null}
    </div>
  );
}
