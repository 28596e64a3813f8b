import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { sandboxRevisions } from '../sandbox/revisions.ts';
import { useSim } from './context.tsx';

/** Whether the sandbox the run read has changed since (generated again, imported, edited): its results and its study's are stale. */
export function useContactsStale(): boolean {
  const origin = useSim((s) => s.ranOrigin);
  const revision = useSim((s) => s.ranRevision);
  return useStore(sandboxRevisions, (r) => origin !== null && 'sandbox' in origin && revision !== null && (r.bySandbox[origin.sandbox] ?? 0) !== revision);
}

/** Says, above the results, that the contacts they were run on have changed since, until the next run. */
export function ContactsStaleNote() {
  const { t } = useTranslation();
  return useContactsStale() ? (
    <p className="fb-sim-note is-stale" role="status" data-testid="sim-contacts-stale">
      {t('sim.contactsStale')}
    </p>
  ) : null;
}
