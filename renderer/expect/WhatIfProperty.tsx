import { useTranslation } from 'react-i18next';
import { allProperties, type Project, type PropertyValue } from '../../engine/model/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { SelectField, TextField } from '../inspector/fields.tsx';

export interface PropertyEdit {
  readonly contact: string;
  readonly property: string;
  readonly value: string;
}

export const NO_PROPERTY = '__none__';

/** The edit as the run takes it: the value typed, read as the property's type; null when incomplete or not a value of that type. */
export function propertyChange(project: Project, edit: PropertyEdit): { contact: string; values: Record<string, PropertyValue> } | null {
  const def = allProperties(project.properties).find((p) => p.name === edit.property);
  const contact = edit.contact.trim();
  if (!def || contact === '') return null;
  const raw = edit.value.trim();
  let value: PropertyValue;
  if (raw === '') value = null;
  else if (def.type === 'number') {
    const n = Number(raw.replace(',', '.'));
    if (!Number.isFinite(n)) return null;
    value = n;
  } else if (def.type === 'boolean') value = raw === 'true';
  else value = raw;
  return { contact, values: { [def.name]: value } };
}

/** "A contact's property": which contact (its id, as the journeys show it), which property, its new value. */
export function WhatIfProperty({ project, edit, onChange }: { project: Project; edit: PropertyEdit; onChange: (edit: PropertyEdit) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const properties = allProperties(project.properties).filter((p) => p.type !== 'date');
  const def = properties.find((p) => p.name === edit.property);
  return (
    <>
      <SelectField
        label={t('expect.whatIfProperty')}
        value={edit.property}
        testId="whatif-property"
        options={[{ value: NO_PROPERTY, label: t('expect.whatIfNoProperty') }, ...properties.map((p) => ({ value: p.name, label: p.label[lang] }))]}
        onChange={(property) => onChange({ ...edit, property, value: '' })}
      />
      {def ? (
        <div className="fb-whatif-rates">
          <TextField label={t('expect.whatIfContact')} value={edit.contact} placeholder="c-12" onChange={(contact) => onChange({ ...edit, contact })} testId="whatif-contact" />
          {def.type === 'enumeration' || def.type === 'boolean' ? (
            <SelectField
              label={t('expect.whatIfValue')}
              value={edit.value}
              testId="whatif-value"
              options={def.type === 'boolean' ? [{ value: 'true', label: t('expect.yes') }, { value: 'false', label: t('expect.no') }] : (def.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }))}
              onChange={(value) => onChange({ ...edit, value })}
            />
          ) : (
            <TextField label={t('expect.whatIfValue')} value={edit.value} onChange={(value) => onChange({ ...edit, value })} testId="whatif-value" />
          )}
        </div>
      ) : null}
    </>
  );
}
