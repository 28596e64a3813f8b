import { MAX_NAME_LENGTH } from '../../engine/schema/index.ts';
import { Plus, Trash, X } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSET_KINDS, asAssetId, asEmailId, asListId, freshId, PROPERTY_TYPES, STANDARD_PROPERTIES, type AssetId, type Project, type PropertyDefinition, type PropertyType } from '../../engine/model/index.ts';
import { usesOf } from '../../engine/edit/index.ts';
import { useDialogs } from '../app/dialogs.tsx';
import { useLang } from '../i18n/useLang.ts';
import { usesText } from './uses-text.ts';
import { Select } from '../inspector/fields.tsx';
import { useDocument, useStores, useUi } from '../stores/context.tsx';

type Tab = 'emails' | 'assets' | 'lists' | 'properties';
const TABS: readonly Tab[] = ['emails', 'assets', 'lists', 'properties'];

function Row({ children, onRemove, label }: { children: ReactNode; onRemove: () => void; label: string }) {
  return (
    <div className="fb-resource" data-testid="resource-row">
      <div className="fb-resource-fields">{children}</div>
      <button type="button" className="fb-icon-button" onClick={onRemove} aria-label={label} title={label}>
        <Trash size={14} />
      </button>
    </div>
  );
}

/** Emails, forms and assets, static lists and custom properties of the project. */
export function ResourcesPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const { document } = useStores();
  const project = useDocument((s) => s.project);
  const close = useUi((s) => s.setSidePanel);
  const [tab, setTab] = useState<Tab>('emails');
  const edit = (recipe: (p: Project) => Project, coalesce?: string) => document.getState().apply(recipe, coalesce ? { coalesce } : undefined);
  const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
  const remove = t('resources.remove');
  const dialogs = useDialogs();
  /**
   * Deletes an email, asset or segment; when something uses it, asks first, naming what (the
   * step or setting is then left to fix, reported in Problems). Unused: at once (Undo brings it back).
   */
  const removeUsed = (kind: 'email' | 'asset' | 'list', id: string, name: string, recipe: (p: Project) => Project) => {
    const uses = usesOf(document.getState().project, kind, id);
    if (uses.length === 0) return edit(recipe);
    void dialogs.confirm({ title: remove, message: t('resources.confirmRemoveUsed', { name, uses: usesText(uses, lang) }), confirmLabel: t('workflows.deleteButton') }).then((ok) => {
      if (ok) edit(recipe);
    });
  };

  const add = () => {
    if (tab === 'emails') edit((p) => ({ ...p, emails: [...p.emails, { id: asEmailId(freshId('email', ids(p.emails))), name: t('resources.newEmail'), subject: '', asset: null, openScale: 1, clickScale: 1 }] }));
    if (tab === 'assets') edit((p) => ({ ...p, assets: [...p.assets, { id: asAssetId(freshId('asset', ids(p.assets))), name: t('resources.newAsset'), kind: 'ebook', conversionScale: 1 }] }));
    if (tab === 'lists') edit((p) => ({ ...p, lists: [...p.lists, { id: asListId(freshId('list', ids(p.lists))), name: t('resources.newList') }] }));
    if (tab === 'properties') {
      edit((p) => {
        const taken = new Set([...STANDARD_PROPERTIES, ...p.properties].map((x) => x.name));
        const name = freshId(t('resources.newProperty'), taken).replace(/-/g, '_');
        return { ...p, properties: [...p.properties, { name, type: 'string', label: { fr: name, en: name } }] };
      });
    }
  };

  const setProperty = (index: number, next: PropertyDefinition, coalesce?: string) => edit((p) => ({ ...p, properties: p.properties.map((x, i) => (i === index ? next : x)) }), coalesce);

  return (
    <aside className="fb-inspector fb-resources" aria-label={t('resources.title')} data-testid="resources-panel">
      <div className="fb-inspector-head">
        <div className="fb-inspector-title">
          <h2>{t('resources.title')}</h2>
        </div>
        <button type="button" className="fb-icon-button" onClick={() => close(null)} aria-label={t('app.close')}>
          <X size={16} />
        </button>
      </div>
      <div className="fb-tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'is-on' : ''} onClick={() => setTab(id)} data-testid={`resources-tab-${id}`}>
            {t(`resources.tabs.${id}`)}
            <span className="fb-tab-count">{id === 'emails' ? project.emails.length : id === 'assets' ? project.assets.length : id === 'lists' ? project.lists.length : project.properties.length}</span>
          </button>
        ))}
      </div>
      <div className="fb-form">
        {tab === 'emails' &&
          (project.emails.length === 0 ? <p className="fb-empty-small">{t('resources.emptyEmails')}</p> : null)}
        {tab === 'emails' &&
          project.emails.map((m) => (
            <Row key={m.id} onRemove={() => removeUsed('email', m.id, m.name, (p) => ({ ...p, emails: p.emails.filter((x) => x.id !== m.id) }))} label={remove}>
              <input maxLength={MAX_NAME_LENGTH} className="fb-input is-strong" value={m.name} aria-label={t('resources.name')} data-testid="email-name" onChange={(e) => edit((p) => ({ ...p, emails: p.emails.map((x) => (x.id === m.id ? { ...x, name: e.target.value } : x)) }), `email-name-${m.id}`)} />
              <input maxLength={MAX_NAME_LENGTH} className="fb-input" value={m.subject} placeholder={t('resources.subject')} aria-label={t('resources.subject')} onChange={(e) => edit((p) => ({ ...p, emails: p.emails.map((x) => (x.id === m.id ? { ...x, subject: e.target.value } : x)) }), `email-subject-${m.id}`)} />
              <label className="fb-inline-field">
                <span>{t('resources.offers')}</span>
                <Select
                  value={m.asset ?? '__none__'}
                  ariaLabel={t('resources.offers')}
                  options={[{ value: '__none__', label: t('resources.none') }, ...project.assets.map((a) => ({ value: a.id as string, label: a.name }))]}
                  onChange={(v) => edit((p) => ({ ...p, emails: p.emails.map((x) => (x.id === m.id ? { ...x, asset: v === '__none__' ? null : (v as AssetId) } : x)) }))}
                />
              </label>
            </Row>
          ))}
        {tab === 'assets' && project.assets.length === 0 ? <p className="fb-empty-small">{t('resources.emptyAssets')}</p> : null}
        {tab === 'assets' &&
          project.assets.map((a) => (
            <Row key={a.id} onRemove={() => removeUsed('asset', a.id, a.name, (p) => ({ ...p, assets: p.assets.filter((x) => x.id !== a.id) }))} label={remove}>
              <input maxLength={MAX_NAME_LENGTH} className="fb-input is-strong" value={a.name} aria-label={t('resources.name')} data-testid="asset-name" onChange={(e) => edit((p) => ({ ...p, assets: p.assets.map((x) => (x.id === a.id ? { ...x, name: e.target.value } : x)) }), `asset-name-${a.id}`)} />
              <Select value={a.kind} ariaLabel={t('resources.kind')} options={ASSET_KINDS.map((k) => ({ value: k, label: t(`resources.assetKinds.${k}`) }))} onChange={(kind) => edit((p) => ({ ...p, assets: p.assets.map((x) => (x.id === a.id ? { ...x, kind } : x)) }))} />
            </Row>
          ))}
        {tab === 'lists' && project.lists.length === 0 ? <p className="fb-empty-small">{t('resources.emptyLists')}</p> : null}
        {tab === 'lists' &&
          project.lists.map((l) => (
            <Row key={l.id} onRemove={() => removeUsed('list', l.id, l.name, (p) => ({ ...p, lists: p.lists.filter((x) => x.id !== l.id) }))} label={remove}>
              <input maxLength={MAX_NAME_LENGTH} className="fb-input is-strong" value={l.name} aria-label={t('resources.name')} data-testid="list-name" onChange={(e) => edit((p) => ({ ...p, lists: p.lists.map((x) => (x.id === l.id ? { ...x, name: e.target.value } : x)) }), `list-name-${l.id}`)} />
            </Row>
          ))}
        {tab === 'properties' && project.properties.length === 0 ? <p className="fb-empty-small">{t('resources.emptyProperties')}</p> : null}
        {tab === 'properties' &&
          project.properties.map((prop, i) => (
            <Row key={i} onRemove={() => edit((p) => ({ ...p, properties: p.properties.filter((_, j) => j !== i) }))} label={remove}>
              <input maxLength={MAX_NAME_LENGTH} className="fb-input is-strong" value={prop.label[lang]} aria-label={t('resources.label')} onChange={(e) => setProperty(i, { ...prop, label: { ...prop.label, [lang]: e.target.value } }, `prop-label-${i}`)} />
              <div className="fb-row">
                <input className="fb-input fb-mono" value={prop.name} aria-label={t('resources.internalName')} onChange={(e) => /^[a-z0-9_]*$/.test(e.target.value) && setProperty(i, { ...prop, name: e.target.value }, `prop-name-${i}`)} />
                <Select<PropertyType> value={prop.type} ariaLabel={t('resources.type')} options={PROPERTY_TYPES.map((k) => ({ value: k, label: t(`resources.propertyTypes.${k}`) }))} onChange={(type) => setProperty(i, type === 'enumeration' ? { ...prop, type, options: prop.options ?? [] } : { name: prop.name, label: prop.label, type })} />
              </div>
              {prop.type === 'enumeration' ? (
                <input
                  className="fb-input"
                  aria-label={t('resources.options')}
                  placeholder={t('resources.options')}
                  defaultValue={(prop.options ?? []).map((o) => o.value).join(', ')}
                  onBlur={(e) => setProperty(i, { ...prop, options: e.target.value.split(',').map((v) => v.trim()).filter(Boolean).map((v) => ({ value: v, label: { fr: v, en: v } })) })}
                />
              ) : null}
            </Row>
          ))}
        <button type="button" className="fb-button is-small" onClick={add} data-testid="resources-add">
          <Plus size={14} aria-hidden /> {t('resources.add')}
        </button>
      </div>
    </aside>
  );
}
