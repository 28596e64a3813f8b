import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Project } from '../../engine/model/index.ts';
import { useStores } from '../stores/context.tsx';
import { openDocument, type OpenOptions, type Workspace } from '../stores/open-document.ts';

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

// Without a provider (a test of one component) there is no library: opening just loads.
const NONE: Workspace = { library: null, autosave: null, guard: null };

export function useWorkspace(): Workspace {
  return useContext(WorkspaceContext) ?? NONE;
}

/** Opens another project as the document, the current one kept in the library. */
export function useOpenDocument(): (project: Project, options?: OpenOptions) => Promise<boolean> {
  const stores = useStores();
  const workspace = useWorkspace();
  return useMemo(() => (project: Project, options?: OpenOptions) => openDocument(stores, workspace, project, options), [stores, workspace]);
}
