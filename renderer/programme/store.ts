import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Which full-screen consultant view is open over the editor: the programme map or the presentation. */
export interface ProgrammeViewState {
  readonly view: 'map' | 'present' | null;
  show(view: ProgrammeViewState['view']): void;
}

export const programmeViewStore = createStore<ProgrammeViewState>()((set) => ({
  view: null,
  show: (view) => set({ view }),
}));

export function useProgrammeView<T>(selector: (state: ProgrammeViewState) => T): T {
  return useStore(programmeViewStore, selector);
}
