import { useTranslation } from 'react-i18next';
import { allProperties, propertiesWithScores, STANDARD_PROPERTIES, type AssetKind, type PropertyDefinition, type PropertyType, type Project } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { Field, SelectField, type Option } from './fields.tsx';
import { useInlineCreate, type InlineKind } from './useInlineCreate.ts';

const ANY = '__any__';

/**
 * Picks an email, list, asset or workflow of the project by name. With `create`, the last entry
 * ("New email…") creates one on the spot and picks it.
 */
export function ResourcePicker({ label, items, value, onChange, testId, anyLabel, create, assetKind }: { label: string; items: readonly { id: string; name: string }[]; value: string | null; onChange: (id: string | null) => void; testId?: string; anyLabel?: string; create?: Exclude<InlineKind, 'property'>; assetKind?: AssetKind }) {
  const { t } = useTranslation();
  const inline = useInlineCreate(create ?? 'email', assetKind ? { assetKind } : {});
  const options: Option<string>[] = [...(anyLabel ? [{ value: ANY, label: anyLabel }] : []), ...items.map((i) => ({ value: i.id, label: i.name })), ...(create ? [inline.option] : [])];
  const current = value === null ? (anyLabel ? ANY : '') : value;
  return (
    <SelectField
      label={label}
      value={current}
      options={options}
      onChange={(v) => (create && inline.intercept(v, onChange)) || onChange(v === ANY ? null : v)}
      testId={testId}
      help={items.length === 0 ? t('inspector.noProject') : undefined}
    />
  );
}

export function propertyOptions(project: Project, lang: 'fr' | 'en', types?: readonly PropertyType[]): { standard: PropertyDefinition[]; custom: PropertyDefinition[] } {
  const fits = (p: PropertyDefinition) => !types || types.includes(p.type);
  const standardNames = new Set(STANDARD_PROPERTIES.map((p) => p.name));
  const all = allProperties(propertiesWithScores(project)).filter(fits);
  void lang;
  return { standard: all.filter((p) => standardNames.has(p.name)), custom: all.filter((p) => !standardNames.has(p.name)) };
}

/** Contact properties grouped standard / project, each labelled in the user's language, with its type. */
export function PropertyPicker({ label, project, value, onChange, types, testId }: { label: string; project: Project; value: string; onChange: (name: string) => void; types?: readonly PropertyType[]; testId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { standard, custom } = propertyOptions(project, lang, types);
  const inline = useInlineCreate('property', types ? { types } : {});
  const known = [...standard, ...custom].some((p) => p.name === value);
  const error = value === '' ? t('inspector.required') : known ? null : t('inspector.unknownProperty');
  const render = (p: PropertyDefinition) => (
    <option key={p.name} value={p.name}>
      {p.label[lang]} · {t(`resources.propertyTypes.${p.type}`)}
    </option>
  );
  return (
    <Field label={label} error={error}>
      {(id) => (
        <select id={id} className="fb-input" value={known ? value : ''} onChange={(e) => inline.intercept(e.target.value, onChange) || onChange(e.target.value)} data-testid={testId}>
          {!known ? (
            <option value="" disabled>
              {t('inspector.choose')}
            </option>
          ) : null}
          <optgroup label={t('criteria.standard')}>{standard.map(render)}</optgroup>
          {custom.length > 0 ? <optgroup label={t('criteria.custom')}>{custom.map(render)}</optgroup> : null}
          <option value={inline.option.value}>{inline.option.label}</option>
        </select>
      )}
    </Field>
  );
}
