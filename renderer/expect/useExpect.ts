import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../stores/context.tsx';
import { ExpectClient } from './client.ts';
import { expectStoreFor, type ExpectState, type ExpectStore } from './store.ts';

/** A pause after the last edit before re-checking: typing in a field is one check, not one per key. */
export const CHECK_DEBOUNCE_MS = 250;

let client: ExpectClient | null = null;

export function useExpectStore(): ExpectStore {
  return expectStoreFor(useStores().document);
}

export function useExpect<T>(selector: (state: ExpectState) => T): T {
  return useStore(useExpectStore(), selector);
}

/**
 * Re-checks the open project's expectations in the worker after each edit (debounced). Mounted
 * once, by `ExpectRunner`, so the canvas marks follow even with the Problems panel closed.
 */
export function useExpectRunner(): void {
  const { document } = useStores();
  const store = expectStoreFor(document);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last: unknown = null;
    const check = () => {
      const project = document.getState().project;
      if (project === last) return;
      last = project;
      if (timer !== null) clearTimeout(timer);
      if (!project.tests || project.tests.expectations.length === 0) {
        store.setState({ outcomes: [], checked: project, running: false, error: null, contacts: 0 });
        return;
      }
      store.setState({ running: true });
      timer = setTimeout(() => {
        timer = null;
        client ??= new ExpectClient();
        void client.check(project).then((answer) => {
          if (!answer || document.getState().project !== project) return;
          if (answer.ok) store.setState({ outcomes: answer.outcomes, checked: project, running: false, error: null, contacts: answer.contacts, ms: answer.ms });
          else store.setState({ running: false, error: answer.message, checked: project });
        });
      }, CHECK_DEBOUNCE_MS);
    };
    check();
    const unsubscribe = document.subscribe(check);
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [document, store]);
}

/** Renders nothing: runs the checks for the whole app. */
export function ExpectRunner(): null {
  useExpectRunner();
  return null;
}
