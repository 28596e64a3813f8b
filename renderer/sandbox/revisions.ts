import { createStore } from 'zustand/vanilla';

/**
 * How many times each sandbox's contacts changed in this page (generated again, imported, edited,
 * deleted): a run remembers the count it was run on (renderer/simulator/store.ts `ranRevision`),
 * and its results, its study's too, are marked stale once the count moves on.
 */
export const sandboxRevisions = createStore<{ readonly bySandbox: Readonly<Record<string, number>> }>()(() => ({ bySandbox: {} }));

export function sandboxRevision(sandbox: string): number {
  return sandboxRevisions.getState().bySandbox[sandbox] ?? 0;
}

/** The sandbox's contacts were written: every result run on them before is stale. */
export function contactsChanged(sandbox: string): void {
  sandboxRevisions.setState((s) => ({ bySandbox: { ...s.bySandbox, [sandbox]: (s.bySandbox[sandbox] ?? 0) + 1 } }));
}
