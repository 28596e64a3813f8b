import { useMemo } from 'react';
import { useBilingual } from '../i18n/bilingual.ts';
import { useTranslation } from 'react-i18next';
import { asAssetId, asEmailId, asListId, freshId, PROPERTY_TYPES, STANDARD_PROPERTIES, type AssetKind, type Project, type PropertyType } from '../../engine/model/index.ts';
import { useDialogs } from '../app/dialogs.tsx';
import { registerDocumentsTexts } from '../app/documents-i18n.ts';
import { useStores } from '../stores/context.tsx';
import type { Option } from './fields.tsx';

export type InlineKind = 'email' | 'list' | 'asset' | 'property';

/** The value of the "New email…" entry at the end of a select: never an id (ids have no colon). */
export const NEW_VALUE = '__new__:';

const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));

/** An internal property name from its label: lowercase ASCII letters, digits and underscores, unique. */
export function propertyNameFor(label: string, project: Project): string {
  const base = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'property';
  const taken = new Set([...STANDARD_PROPERTIES, ...project.properties].map((p) => p.name));
  if (!taken.has(base)) return base;
  return freshId(base, taken).replace(/-/g, '_');
}

/** Adds a named resource to the project; returns the project and the new id (a property's name). */
export function addResource(project: Project, kind: InlineKind, name: string, options: { assetKind?: AssetKind; propertyType?: PropertyType } = {}): { project: Project; id: string } {
  switch (kind) {
    case 'email': {
      const id = asEmailId(freshId('email', ids(project.emails)));
      return { id, project: { ...project, emails: [...project.emails, { id, name, subject: '', asset: null, openScale: 1, clickScale: 1 }] } };
    }
    case 'list': {
      const id = asListId(freshId('list', ids(project.lists)));
      return { id, project: { ...project, lists: [...project.lists, { id, name }] } };
    }
    case 'asset': {
      const id = asAssetId(freshId('asset', ids(project.assets)));
      return { id, project: { ...project, assets: [...project.assets, { id, name, kind: options.assetKind ?? 'ebook', conversionScale: 1 }] } };
    }
    case 'property': {
      const id = propertyNameFor(name, project);
      const type = options.propertyType ?? 'string';
      const definition = type === 'enumeration' ? { name: id, type, label: { fr: name, en: name }, options: [] } : { name: id, type, label: { fr: name, en: name } };
      return { id, project: { ...project, properties: [...project.properties, definition] } };
    }
  }
}

export interface InlineCreate {
  /** The entry to put last in the select's options. */
  readonly option: Option<string>;
  /**
   * Call first in the select's onChange: when the "New…" entry was picked, asks the name (and a
   * property's type), adds the resource as one undoable edit, passes its id to `picked` and
   * returns true. Returns false for any other value.
   */
  intercept(value: string, picked: (id: string) => void): boolean;
}

/**
 * "New email…", "New static list…", "New asset or form…", "New property…" in the select of the
 * field that needs one: created where it is needed, not only in the Resources panel.
 */
export function useInlineCreate(kind: InlineKind, options: { assetKind?: AssetKind; types?: readonly PropertyType[] } = {}): InlineCreate {
  const { t, i18n } = useTranslation();
  const both = useBilingual();
  registerDocumentsTexts(i18n);
  const { document, ui } = useStores();
  const { prompt, promptChoice } = useDialogs();
  const { assetKind, types } = options;
  return useMemo<InlineCreate>(() => {
    const ask = async (): Promise<{ name: string; propertyType?: PropertyType } | null> => {
      const base = { title: t(`documents.newTitle.${kind}`), label: t(`documents.nameLabel.${kind}`), confirmLabel: t('documents.create') };
      if (kind !== 'property') {
        const name = await prompt(base);
        return name === null ? null : { name };
      }
      const allowed = types && types.length > 0 ? types : PROPERTY_TYPES;
      const answer = await promptChoice({ ...base, choice: { label: t('documents.propertyType'), options: allowed.map((type) => ({ value: type, label: t(`resources.propertyTypes.${type}`) })), initial: allowed[0]! } });
      return answer === null ? null : { name: answer.value, propertyType: answer.choice as PropertyType };
    };
    return {
      option: { value: `${NEW_VALUE}${kind}`, label: t(`documents.newItem.${kind}`) },
      intercept(value, picked) {
        if (value !== `${NEW_VALUE}${kind}`) return false;
        void ask().then((answer) => {
          if (!answer) return;
          let created = '';
          document.getState().apply((project) => {
            const result = addResource(project, kind, answer.name, { ...(assetKind ? { assetKind } : {}), ...(answer.propertyType ? { propertyType: answer.propertyType } : {}) });
            created = result.id;
            return result.project;
          });
          picked(created);
          ui.getState().notify({ tone: 'success', message: both('documents.createdItem', { name: answer.name }) });
        });
        return true;
      },
    };
  }, [kind, assetKind, types, t, both, prompt, promptChoice, document, ui]);
}
