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
  /** A second field: one choice among options (e.g. a new property's type), asked with the name. */
  readonly choice?: PromptChoice;
}

export interface PromptChoice {
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly initial: string;
}

export type DialogRequest =
  | { readonly id: number; readonly kind: 'confirm'; readonly options: ConfirmOptions; readonly resolve: (ok: boolean) => void }
  | { readonly id: number; readonly kind: 'prompt'; readonly options: PromptOptions; readonly resolve: (value: string | null, choice?: string) => void };

export interface DialogState {
  /** Waiting questions; the host shows the first, so two callers never overwrite each other. */
  readonly queue: readonly DialogRequest[];
  confirm(options: ConfirmOptions): Promise<boolean>;
  prompt(options: PromptOptions): Promise<string | null>;
  /** A prompt with its `choice` field: the text and the option picked. */
  promptChoice(options: PromptOptions & { readonly choice: PromptChoice }): Promise<{ value: string; choice: string } | null>;
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
    promptChoice: (options) =>
      new Promise<{ value: string; choice: string } | null>((resolve) =>
        set((s) => ({ queue: [...s.queue, { id: ++next, kind: 'prompt', options, resolve: (value, choice) => resolve(value === null ? null : { value, choice: choice ?? options.choice.initial }) }] })),
      ),
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
export function useDialogs(): Pick<DialogState, 'confirm' | 'prompt' | 'promptChoice'> {
  const store = useDialogStore();
  return useMemo(() => ({ confirm: (o) => store.getState().confirm(o), prompt: (o) => store.getState().prompt(o), promptChoice: (o) => store.getState().promptChoice(o) }), [store]);
}
