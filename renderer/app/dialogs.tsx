import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ConfirmOptions {
  readonly title: string;
  readonly message: string;
  /** Defaults to "Confirm" in the user's language. */
  readonly confirmLabel?: string;
  /** Red confirm button; on by default since we mostly ask before deleting. */
  readonly danger?: boolean;
}

export interface PromptOptions {
  readonly title: string;
  readonly label: string;
  readonly initial?: string;
  readonly confirmLabel?: string;
  /** Extra check on the trimmed value; returns the message shown at the field, or null. Empty is always refused. */
  readonly validate?: (value: string) => string | null;
}

export type DialogRequest =
  | { readonly id: number; readonly kind: 'confirm'; readonly options: ConfirmOptions; readonly resolve: (ok: boolean) => void }
  | { readonly id: number; readonly kind: 'prompt'; readonly options: PromptOptions; readonly resolve: (value: string | null) => void };

export interface DialogState {
  /** Waiting questions; the host shows the first, so two callers never overwrite each other. */
  readonly queue: readonly DialogRequest[];
  confirm(options: ConfirmOptions): Promise<boolean>;
  prompt(options: PromptOptions): Promise<string | null>;
  /** Removes a request once its promise is resolved. */
  done(id: number): void;
}

export type DialogStore = StoreApi<DialogState>;

export function createDialogStore(): DialogStore {
  let next = 0;
  return createStore<DialogState>((set) => ({
    queue: [],
    confirm: (options) => new Promise<boolean>((resolve) => set((s) => ({ queue: [...s.queue, { id: ++next, kind: 'confirm', options, resolve }] }))),
    prompt: (options) => new Promise<string | null>((resolve) => set((s) => ({ queue: [...s.queue, { id: ++next, kind: 'prompt', options, resolve }] }))),
    done: (id) => set((s) => ({ queue: s.queue.filter((r) => r.id !== id) })),
  }));
}

let appStore: DialogStore | null = null;
/** The app's one dialog store, used when no provider is above (the app shell mounts no provider). */
export function appDialogStore(): DialogStore {
  return (appStore ??= createDialogStore());
}

const DialogContext = createContext<DialogStore | null>(null);

/** Gives a subtree its own dialog store (tests); without it the app's store is used. */
export function DialogsProvider({ store, children }: { store?: DialogStore; children: ReactNode }) {
  const [own] = useState(() => store ?? createDialogStore());
  return <DialogContext.Provider value={store ?? own}>{children}</DialogContext.Provider>;
}

export function useDialogStore(): DialogStore {
  return useContext(DialogContext) ?? appDialogStore();
}

export function useDialogQueue(): readonly DialogRequest[] {
  return useStore(useDialogStore(), (s) => s.queue);
}

/** In-app replacements for window.confirm and window.prompt; answered through the mounted DialogHost. */
export function useDialogs(): { confirm: (options: ConfirmOptions) => Promise<boolean>; prompt: (options: PromptOptions) => Promise<string | null> } {
  const store = useDialogStore();
  return useMemo(() => ({ confirm: (o: ConfirmOptions) => store.getState().confirm(o), prompt: (o: PromptOptions) => store.getState().prompt(o) }), [store]);
}
