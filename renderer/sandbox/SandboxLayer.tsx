import './sandbox.css';
import { Contact as ContactIcon } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../stores/context.tsx';
import { appSandboxStore, useSandbox, useSandboxStore } from './context.tsx';
import { useSandboxTexts } from './i18n.ts';
import { BundledContactsOffer } from './IncludeContacts.tsx';
import { SandboxPanel } from './SandboxPanel.tsx';
import { installTestHook } from './testHook.ts';

/** The "Contacts" button of the top bar: opens the sandbox over the editor. */
export function ContactsButton() {
  useSandboxTexts();
  const { t } = useTranslation();
  const open = useSandbox((s) => s.open);
  const setOpen = useSandbox((s) => s.setOpen);
  return (
    <button type="button" className={`fb-button is-ghost${open ? ' is-on' : ''}`} onClick={() => setOpen(!open)} title={t('sandbox.open')} data-testid="open-sandbox">
      <ContactIcon size={16} aria-hidden />
      {t('sandbox.open')}
    </button>
  );
}

/** Mounted once in the app shell: the sandbox panel when open, and the documented test hook. */
export function SandboxLayer() {
  useSandboxTexts();
  const { t } = useTranslation();
  const stores = useStores();
  const store = useSandboxStore();
  const open = useSandbox((s) => s.open);
  const ready = useSandbox((s) => s.ready);

  useEffect(() => {
    if (store === appSandboxStore()) return installTestHook(store, stores.document);
  }, [store, stores.document]);
  useEffect(() => {
    if (open && !ready) void store.getState().init(t('sandbox.defaultName', { n: 1 }));
  }, [open, ready, store, t]);

  return (
    <>
      {open ? <SandboxPanel /> : null}
      <BundledContactsOffer />
    </>
  );
}
