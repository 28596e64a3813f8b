import { ArrowLeft, Download, Filter, Plus, Sparkles, Upload, Users } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactsToCsv, CSV_BOM } from '../../engine/csv/index.ts';
import { allProperties, asContactId, NO_CRITERIA, type Contact, type ContactId, type Criteria, type ListId, type PropertyValue } from '../../engine/model/index.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { CriteriaBuilder } from '../inspector/criteria/CriteriaBuilder.tsx';
import { useLang } from '../i18n/useLang.ts';
import type { OpenedFile } from '../platform/index.ts';
import { usePlatform } from '../platform/index.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { ContactDrawer } from './ContactDrawer.tsx';
import { ContactsTable } from './ContactsTable.tsx';
import { useSandbox } from './context.tsx';
import { GenerateDialog } from './GenerateDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { bilingual } from '../i18n/bilingual.ts';
import { PersonaEditor } from './PersonaEditor.tsx';
import { SandboxPicker } from './SandboxPicker.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { referenceInstant, TABLE_PROPERTIES, visibleContacts, type SortOrder } from './view.ts';

type Dialog = { kind: 'generate' } | { kind: 'personas' } | { kind: 'import'; file: OpenedFile } | { kind: 'confirm'; title: string; message: string; run: () => void } | null;

/** The contact sandbox: sandboxes, the contacts table with filter and bulk actions, import and export. */
export function SandboxPanel() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const platform = usePlatform();
  const { ui } = useStores();
  const project = useDocument((s) => s.project);
  const contacts = useSandbox((s) => s.contacts);
  const busy = useSandbox((s) => s.busy);
  const active = useSandbox((s) => s.sandboxes.find((b) => b.id === s.activeId));
  const store = useSandbox((s) => s);
  const [criteria, setCriteria] = useState<Criteria>(NO_CRITERIA);
  const [filterOpen, setFilterOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortOrder | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<ContactId>>(new Set());
  const [openId, setOpenId] = useState<ContactId | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const properties = useMemo(() => allProperties(project.properties), [project.properties]);
  const columns = useMemo(() => [...TABLE_PROPERTIES.map((n) => properties.find((p) => p.name === n)!), ...properties.filter((p) => !(TABLE_PROPERTIES as readonly string[]).includes(p.name) && p.name !== 'renewaldate')], [properties]);
  const now = referenceInstant(project.simulation.startDate);
  const rows = useMemo(() => visibleContacts(contacts, { criteria, search, sort, now }), [contacts, criteria, search, sort, now]);
  const opened = openId ? contacts.find((c) => c.id === openId) : undefined;
  const toast = (key: string, values: Record<string, unknown> = {}) => ui.getState().notify({ tone: 'success', message: bilingual(i18n, key, values) });
  const fail = (error: unknown) => ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
  const confirm = (title: string, message: string, run: () => void) => setDialog({ kind: 'confirm', title, message, run });

  const onEdit = useCallback(
    (contact: Contact, property: string, value: PropertyValue) => {
      const { [property]: _old, ...rest } = contact.properties;
      void store.saveContact({ ...contact, properties: value === null ? rest : { ...rest, [property]: value } }).catch(fail);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store's actions never change
    [store.saveContact],
  );
  const onToggle = useCallback((id: ContactId) => setSelected((s) => { const next = new Set(s); if (next.has(id)) next.delete(id); else next.add(id); return next; }), []);
  const onOpen = useCallback((c: Contact) => setOpenId(c.id), []);
  const onSort = useCallback((property: string) => setSort((s) => (s?.property !== property ? { property, descending: false } : s.descending ? null : { property, descending: true })), []);
  const onToggleAll = () => setSelected((s) => (rows.length > 0 && rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id))));

  const exportCsv = async () => {
    const csv = contactsToCsv(contacts, properties, { lists: project.lists, personas: project.personas });
    const name = `${active?.name ?? 'contacts'}.csv`;
    await platform.saveFile(name, new Blob([CSV_BOM, csv], { type: 'text/csv;charset=utf-8' }));
    toast('sandbox.exported', { count: contacts.length, name });
  };
  const importCsv = async () => {
    const file = await platform.openFile(['.csv', '.txt', 'text/csv']);
    if (file) setDialog({ kind: 'import', file });
  };
  const addContact = async () => {
    const n = Date.now().toString(36);
    const contact: Contact = { id: asContactId(`new-${n}`), properties: { email: `contact-${n}@example.com`, lifecyclestage: 'subscriber', createdate: now }, lists: [], events: [], persona: null };
    await store.saveContact(contact);
    setSearch(String(contact.properties.email));
    setOpenId(contact.id);
  };
  const deleteMembers = (list: ListId) => {
    const name = project.lists.find((l) => l.id === list)?.name ?? list;
    const count = contacts.filter((c) => c.lists.includes(list)).length;
    confirm(t('sandbox.deleteMembersOf', { name }), t('sandbox.confirmDeleteMembers', { count, name }), () => void store.deleteListMembers(list).then((n) => toast('sandbox.deleted', { count: n }), fail));
  };

  return (
    <section className="fb-sb" aria-label={t('sandbox.title')} data-testid="sandbox">
      <div className="fb-sb-bar">
        <button type="button" className="fb-button is-ghost" onClick={() => store.setOpen(false)} data-testid="sandbox-close" title={t('sandbox.close')}>
          <ArrowLeft size={16} aria-hidden />
        </button>
        <h2>{t('sandbox.title')}</h2>
        <SandboxPicker onDelete={() => active && confirm(t('sandbox.deleteSandbox'), t('sandbox.confirmDeleteSandbox', { name: active.name, count: active.count }), () => void store.remove(active.id, t('sandbox.defaultName', { n: 1 })).catch(fail))} />
        <span className="fb-sb-muted" data-testid="contact-count">
          {rows.length === contacts.length ? t('sandbox.count', { count: contacts.length }) : t('sandbox.shown', { shown: rows.length, total: contacts.length })}
        </span>
        {busy ? <span className="fb-sb-busy" role="status">{t(busy.key, busy.values)}</span> : null}
        <div className="fb-sb-spacer" />
        <input className="fb-input" type="search" placeholder={t('sandbox.search')} value={search} onChange={(e) => setSearch(e.target.value)} aria-label={t('sandbox.search')} data-testid="sandbox-search" style={{ width: 300 }} />
        <button type="button" className={`fb-button is-ghost${filterOpen || criteria.groups.length > 0 ? ' is-on' : ''}`} onClick={() => setFilterOpen(!filterOpen)} data-testid="toggle-filter">
          <Filter size={16} aria-hidden /> {t('sandbox.filter')}
        </button>
      </div>
      <div className="fb-sb-bar is-actions">
        <button type="button" className="fb-button is-primary" onClick={() => setDialog({ kind: 'generate' })} data-testid="open-generate">
          <Sparkles size={16} aria-hidden /> {t('sandbox.generate')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => setDialog({ kind: 'personas' })} data-testid="open-personas">
          <Users size={16} aria-hidden /> {t('sandbox.personas')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => void addContact().catch(fail)} data-testid="add-contact">
          <Plus size={16} aria-hidden /> {t('sandbox.add')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => void importCsv()} data-testid="import-csv">
          <Upload size={16} aria-hidden /> {t('sandbox.import')}
        </button>
        <button type="button" className="fb-button is-ghost" onClick={() => void exportCsv().catch(fail)} disabled={contacts.length === 0} data-testid="export-csv">
          <Download size={16} aria-hidden /> {t('sandbox.export')}
        </button>
        {project.lists.length > 0 ? (
          <select className="fb-input fb-sb-danger-select" value="" onChange={(e) => e.target.value && deleteMembers(e.target.value as ListId)} aria-label={t('sandbox.deleteMembers')} data-testid="delete-members">
            <option value="">{t('sandbox.deleteMembers')}…</option>
            {project.lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {selected.size > 0 ? (
        <SelectionBar
          count={selected.size}
          lists={project.lists}
          onMembership={(list, member) => void store.setMembership([...selected], list, member).catch(fail)}
          onDelete={() => confirm(t('sandbox.deleteSelected'), t('sandbox.confirmDelete', { count: selected.size }), () => void store.deleteContacts([...selected]).then(() => setSelected(new Set()), fail))}
          onClear={() => setSelected(new Set())}
        />
      ) : null}
      {filterOpen ? (
        <div className="fb-sb-filter" data-testid="sandbox-filter">
          <h3>{t('sandbox.filterTitle')}</h3>
          <CriteriaBuilder criteria={criteria} project={project} onChange={setCriteria} testId="sandbox-criteria" />
        </div>
      ) : null}
      <div className="fb-sb-main">
        <div className="fb-sb-content">
          {contacts.length === 0 ? (
            <div className="fb-sb-empty" data-testid="sandbox-empty">{busy ? t(busy.key, busy.values) : t('sandbox.empty')}</div>
          ) : rows.length === 0 ? (
            <div className="fb-sb-empty">{t('sandbox.noMatch')}</div>
          ) : (
            <ContactsTable rows={rows} columns={columns} lang={lang} selected={selected} sort={sort} onSort={onSort} onToggle={onToggle} onToggleAll={onToggleAll} onOpen={onOpen} onEdit={onEdit} />
          )}
        </div>
        {opened ? <ContactDrawer contact={opened} project={project} onClose={() => setOpenId(null)} onChange={(c) => void store.saveContact(c).catch(fail)} /> : null}
      </div>
      {dialog?.kind === 'generate' ? <GenerateDialog project={project} onClose={() => setDialog(null)} onDone={(count) => { setDialog(null); toast('sandbox.generated', { count }); }} /> : null}
      {dialog?.kind === 'personas' ? <PersonaEditor onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? <ImportDialog file={dialog.file} project={project} onClose={() => setDialog(null)} onDone={(count) => { setDialog(null); toast('sandbox.csv.done', { count }); }} /> : null}
      {dialog?.kind === 'confirm' ? (
        <ConfirmDialog
          title={dialog.title}
          message={dialog.message}
          confirmLabel={t('sandbox.deleteButton')}
          onAnswer={(ok) => {
            setDialog(null);
            if (ok) dialog.run();
          }}
        />
      ) : null}
    </section>
  );
}
