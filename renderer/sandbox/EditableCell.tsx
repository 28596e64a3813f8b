import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue, parseValue } from '../../engine/csv/index.ts';
import type { Lang, PropertyDefinition, PropertyValue } from '../../engine/model/index.ts';
import { displayValue } from './view.ts';

/**
 * A table cell: shows the value, double-click edits it. Typed values go through the CSV
 * import's parser, so "15/03/2024" or "12,5" are read the same everywhere.
 */
export function EditableCell({
  property,
  value,
  lang,
  onCommit,
}: {
  property: PropertyDefinition;
  value: PropertyValue | undefined;
  lang: Lang;
  onCommit: (value: PropertyValue) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = displayValue(property, value, lang);

  if (draft === null) {
    return (
      <div className="fb-sb-cell" title={shown} onDoubleClick={() => setDraft(property.type === 'date' ? formatValue(property, value).slice(0, 10) : formatValue(property, value))} data-testid={`cell-${property.name}`}>
        {shown}
      </div>
    );
  }

  const commit = (text: string) => {
    const parsed = parseValue(property, text);
    if (!parsed.ok) {
      setError(parsed.reason[lang]);
      return;
    }
    setDraft(null);
    setError(null);
    if (parsed.value !== (value ?? null)) onCommit(parsed.value);
  };
  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  if (property.type === 'enumeration' && property.options) {
    return (
      <select className="fb-sb-cell-input" autoFocus value={draft} aria-label={property.label[lang]} onChange={(e) => commit(e.target.value)} onBlur={cancel} data-testid={`edit-${property.name}`}>
        <option value="">—</option>
        {property.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className={`fb-sb-cell-input${error ? ' is-invalid' : ''}`}
      autoFocus
      value={draft}
      title={error ?? t('sandbox.editHint')}
      aria-label={property.label[lang]}
      aria-invalid={error ? true : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(draft);
        if (e.key === 'Escape') cancel();
      }}
      onBlur={() => (error ? cancel() : commit(draft))}
      data-testid={`edit-${property.name}`}
    />
  );
}
