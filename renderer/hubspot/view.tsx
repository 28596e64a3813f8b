import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HubSpotMappingTable, Localized } from '../../engine/model/index.ts';
import type { ImportNote } from '../../engine/hubspot/index.ts';

/** What an import added, for its report. */
export interface ImportReport {
  /** The project the workflows were added to. */
  readonly project: string;
  readonly workflows: readonly string[];
  readonly notes: readonly ImportNote[];
  /** Workflows named as one already in the project: the name each was given instead. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  /** Resources the import added to the project (names), per kind. */
  readonly created: Readonly<Record<CreatedKind, readonly string[]>>;
  /** The project's own resources the flows named through their mapped HubSpot ids (how many), per kind. */
  readonly reused: Readonly<Record<Exclude<CreatedKind, 'properties'>, number>>;
  /** Workflows of the file left out (a deal workflow), one sentence per kind with their names. */
  readonly skipped: readonly Localized[];
}

export type CreatedKind = 'emails' | 'lists' | 'forms' | 'properties';

/**
 * The HubSpot bridge's transient UI (nothing here is saved): which tab the Problems panel shows,
 * whether the id mapping dialog is open (and on which entry), the last import's report.
 */
export interface HubSpotViewState {
  /** The Problems panel's tab; `expect`: the expectations, a tab of their own where the window is too narrow to show them beside. */
  readonly problemsTab: 'lint' | 'preflight' | 'expect';
  readonly mapping: { readonly focus?: { readonly table: HubSpotMappingTable; readonly key: string } } | null;
  readonly report: ImportReport | null;
  setProblemsTab(tab: HubSpotViewState['problemsTab']): void;
  openMapping(focus?: { table: HubSpotMappingTable; key: string }): void;
  closeMapping(): void;
  showReport(report: ImportReport | null): void;
}

export type HubSpotViewStore = StoreApi<HubSpotViewState>;

export function createHubSpotViewStore(): HubSpotViewStore {
  return createStore<HubSpotViewState>()((set) => ({
    problemsTab: 'lint',
    mapping: null,
    report: null,
    setProblemsTab: (problemsTab) => set({ problemsTab }),
    openMapping: (focus) => set({ mapping: focus ? { focus } : {} }),
    closeMapping: () => set({ mapping: null }),
    showReport: (report) => set({ report }),
  }));
}

let appStore: HubSpotViewStore | null = null;
/** The app's one store, used when no provider is above (the app shell mounts none). */
function appHubSpotViewStore(): HubSpotViewStore {
  return (appStore ??= createHubSpotViewStore());
}

const ViewContext = createContext<HubSpotViewStore | null>(null);

/** Gives a subtree its own store (tests); without it the app's store is used. */
export function HubSpotViewProvider({ store, children }: { store?: HubSpotViewStore; children: ReactNode }) {
  const [own] = useState(() => store ?? createHubSpotViewStore());
  return <ViewContext.Provider value={store ?? own}>{children}</ViewContext.Provider>;
}

export function useHubSpotViewStore(): HubSpotViewStore {
  return useContext(ViewContext) ?? appHubSpotViewStore();
}

export function useHubSpotView<T>(selector: (s: HubSpotViewState) => T): T {
  return useStore(useHubSpotViewStore(), selector);
}
