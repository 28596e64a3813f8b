import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EdgeRef, Fragment } from '../../engine/edit/index.ts';
import type { Localized, StepId } from '../../engine/model/index.ts';

/** Where a "+" was clicked: the edge a new step goes on, and where on screen to open the palette. */
export interface PaletteTarget {
  readonly at: EdgeRef;
  readonly anchor: { readonly x: number; readonly y: number };
}

export type SidePanel = 'resources' | 'problems' | null;
export type Dialog = 'templates' | 'export' | 'projects' | null;

export interface Toast {
  readonly id: number;
  readonly tone: 'info' | 'error' | 'success';
  /** Either a translation key or an engine message. */
  readonly message: string | Localized;
  readonly details?: readonly (string | Localized)[];
  /**
   * What the message is about: a newer message on the same topic takes its place (a second
   * failed open does not pile up over the first), and `settle(topic)` takes it away once its
   * cause is gone (a file opens, the project saves, the export goes through).
   */
  readonly topic?: ToastTopic;
}

/** Causes whose messages go away by themselves once the cause is gone. */
export type ToastTopic = 'open-file' | 'autosave' | 'export' | 'edit';

/** Selection, panels, clipboard and transient UI: nothing here is saved with the project. */
export interface UiState {
  /** A step id, ENROLLMENT for the workflow settings, or null. */
  readonly selected: StepId | '__enrollment__' | null;
  readonly palette: PaletteTarget | null;
  readonly clipboard: Fragment | null;
  readonly sidePanel: SidePanel;
  readonly dialog: Dialog;
  readonly search: string;
  readonly searchOpen: boolean;
  /** Whether the minimap shows (a preference of this browser: it can cover steps of a tall diagram). */
  readonly minimap: boolean;
  readonly toasts: readonly Toast[];
  select(id: UiState['selected']): void;
  openPalette(target: PaletteTarget | null): void;
  setClipboard(fragment: Fragment | null): void;
  toggleSidePanel(panel: Exclude<SidePanel, null>): void;
  setSidePanel(panel: SidePanel): void;
  openDialog(dialog: Dialog): void;
  setSearch(text: string): void;
  setSearchOpen(open: boolean): void;
  toggleMinimap(): void;
  notify(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
  /** The cause of the messages on `topic` is gone: they go (an error toast never outlives its reason). */
  settle(topic: ToastTopic): void;
}

export type UiStore = StoreApi<UiState>;

let toastCounter = 0;

const MINIMAP_KEY = 'flowbench.minimap';

function readMinimap(): boolean {
  try {
    return globalThis.localStorage?.getItem(MINIMAP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

function writeMinimap(shown: boolean): void {
  try {
    globalThis.localStorage?.setItem(MINIMAP_KEY, shown ? 'shown' : 'hidden');
  } catch {
    // Storage refused (private mode): the choice lasts this session.
  }
}

export function createUiStore(): UiStore {
  return createStore<UiState>()((set, get) => ({
    selected: null,
    palette: null,
    clipboard: null,
    sidePanel: null,
    dialog: null,
    search: '',
    searchOpen: false,
    minimap: readMinimap(),
    toasts: [],
    // Picking a step brings the inspector back in place of the resources panel.
    select: (selected) => set({ selected, palette: null, sidePanel: selected && get().sidePanel === 'resources' ? null : get().sidePanel }),
    openPalette: (palette) => set({ palette }),
    setClipboard: (clipboard) => set({ clipboard }),
    toggleSidePanel: (panel) => set({ sidePanel: get().sidePanel === panel ? null : panel }),
    setSidePanel: (sidePanel) => set({ sidePanel }),
    openDialog: (dialog) => set({ dialog }),
    setSearch: (search) => set({ search }),
    setSearchOpen: (searchOpen) => set({ searchOpen, search: searchOpen ? get().search : '' }),
    toggleMinimap: () => {
      const minimap = !get().minimap;
      writeMinimap(minimap);
      set({ minimap });
    },
    // Errors stay until read; of the passing messages only the latest is kept, so nothing piles up.
    // A message on a topic replaces the one before on that topic, whatever its tone.
    notify: (toast) =>
      set({ toasts: [...get().toasts.filter((t) => t.tone === 'error' && (toast.topic === undefined || t.topic !== toast.topic)).slice(-2), { ...toast, id: ++toastCounter }] }),
    dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
    settle: (topic) => {
      if (get().toasts.some((t) => t.topic === topic)) set({ toasts: get().toasts.filter((t) => t.topic !== topic) });
    },
  }));
}
