import { Users, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Project } from '../../engine/model/index.ts';
import { useDocument } from '../stores/context.tsx';
import { appSandboxStore, useSandbox, useSandboxStore } from './context.tsx';
import { useSandboxTexts } from './i18n.ts';

/**
 * The project as the export dialog should save it: with the active sandbox's contacts when
 * "include contacts" is ticked, so a run can be reproduced on another machine.
 */
export function withSandboxContacts(project: Project): Project {
  const { includeContacts, contacts } = appSandboxStore().getState();
  return includeContacts && contacts.length > 0 ? { ...project, contacts } : project;
}

/** The "include contacts" checkbox of the export dialog; ticking it loads the sandbox if needed. */
export function IncludeContactsOption() {
  useSandboxTexts();
  const { t } = useTranslation();
  const store = useSandboxStore();
  const include = useSandbox((s) => s.includeContacts);
  const count = useSandbox((s) => s.contacts.length);
  const ready = useSandbox((s) => s.ready);
  const defaultName = t('sandbox.defaultName', { n: 1 });
  // The count is the sandbox's as soon as the dialog opens: after a reload nothing has loaded it
  // yet (it read "(0)" for a sandbox of 2,008 contacts until the Contacts panel was opened).
  useEffect(() => {
    // A sandbox that cannot load here (no IndexedDB: the tests of the export dialog) keeps the count at 0.
    if (!store.getState().ready) store.getState().init(defaultName).catch(() => undefined);
  }, [store, defaultName]);
  return (
    <label className="fb-sb-include" title={t('sandbox.includeContactsHelp')}>
      <input
        type="checkbox"
        checked={include}
        onChange={(e) => {
          store.getState().setIncludeContacts(e.target.checked);
          if (e.target.checked && !ready) void store.getState().init(defaultName);
        }}
        data-testid="include-contacts"
      />
      <span>
        {t('sandbox.includeContacts', { count })}
        <small>{t('sandbox.includeContactsHelp')}</small>
      </span>
    </label>
  );
}

/** When an opened project carries contacts, offers to make a sandbox of them (once per project). */
export function BundledContactsOffer() {
  const { t } = useTranslation();
  const bundled = useDocument((s) => s.project.contacts);
  const projectName = useDocument((s) => s.project.name);
  const create = useSandbox((s) => s.create);
  const setOpen = useSandbox((s) => s.setOpen);
  const [dismissed, setDismissed] = useState<readonly Contact[] | null>(null);
  if (!bundled || bundled.length === 0 || bundled === dismissed) return null;
  const offered = bundled;
  return (
    <div className="fb-sb-offer" role="status" data-testid="bundled-contacts">
      <Users size={16} aria-hidden />
      <span>{t('sandbox.bundled', { count: offered.length })}</span>
      <button
        type="button"
        className="fb-button is-primary is-small"
        onClick={() => {
          setDismissed(offered);
          void create(projectName, offered).then(() => setOpen(true));
        }}
        data-testid="bundled-create"
      >
        {t('sandbox.createFromBundled')}
      </button>
      <button type="button" className="fb-icon-button" onClick={() => setDismissed(offered)} aria-label={t('app.close')}>
        <X size={14} />
      </button>
    </div>
  );
}
