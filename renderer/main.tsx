import '@xyflow/react/dist/style.css';
import './app/styles/base.css';
import './app/styles/canvas.css';
import './app/styles/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { exposeHook, initialProject, newProjectId } from './bootstrap.ts';
import { createI18n, detectLanguage } from './i18n/index.ts';
import { WorkspaceProvider } from './app/workspace.tsx';
import { keepActiveWorkflow } from './persistence/active-workflow.ts';
import { startAutosave } from './persistence/autosave.ts';
import { autosaveToasts, keptAsCopy, recoveredEdits, reloadedFromElsewhere } from './persistence/save-problem.ts';
import { recoverPending } from './persistence/pending.ts';
import { desktopBridge } from './platform/index.ts';
import { openDb } from './persistence/db.ts';
import { dexieLibrary } from './persistence/library.ts';
import type { Workspace } from './stores/open-document.ts';
import { asProjectId, type Localized, type Project } from '../engine/model/index.ts';
import { createDocumentStore } from './stores/document.ts';
import { StoresProvider } from './stores/context.tsx';
import { createUiStore } from './stores/ui.ts';

async function start() {
  const lang = detectLanguage();
  document.documentElement.lang = lang;
  const i18n = createI18n(lang);
  const db = openDb();
  const library = dexieLibrary(db);
  // A copy that keeps one window's edits beside another window's: "Name (copie)" / "Name (copy)".
  const copyOf = (p: Project) => ({ id: newProjectId(), name: `${p.name} (${i18n.language === 'fr' ? 'copie' : 'copy'})` });
  // Edits a window could not write before it went away (pending.ts), into the library first.
  const recovered = await recoverPending(
    library,
    (id) => db.projects.get(id),
    (p) => {
      const named = copyOf(p);
      return { ...p, id: asProjectId(named.id), name: named.name };
    },
  ).catch(() => []);
  const { project, restored, bench, unreadable } = await initialProject(library, lang, i18n.t('app.defaultProject'), location.search);
  const stores = { document: createDocumentStore(project), ui: createUiStore() };
  if (restored) stores.document.getState().load(project, { saved: true });
  if (!bench) keepActiveWorkflow(stores.document);
  // A bench project is throwaway: no library, nothing autosaved over the user's work.
  const notifyError = (message: Localized) => stores.ui.getState().notify({ tone: 'error', message });
  const workspace: Workspace = bench
    ? { library: null, autosave: null, guard: null }
    : {
        library,
        autosave: startAutosave(stores.document, library, undefined, {
          ...autosaveToasts(stores.ui),
          onKeptAsCopy: (original, copy) => stores.ui.getState().notify({ tone: 'error', message: keptAsCopy(original.name, copy.name) }),
          onReloaded: (newer) => stores.ui.getState().notify({ tone: 'success', message: reloadedFromElsewhere(newer.name) }),
          copyOf,
          // The desktop shell asks its own question on close.
          promptOnLeave: !desktopBridge(),
        }),
        guard: null,
      };
  for (const { project: kept, asCopy, from } of recovered) {
    stores.ui.getState().notify({ tone: asCopy ? 'error' : 'success', message: recoveredEdits(kept.name, asCopy ? { of: from } : null) });
  }
  // The project open last time no longer loads: a new one opened instead; say which and why.
  if (unreadable) notifyError(unreadable);
  exposeHook(stores);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoresProvider stores={stores}>
          <WorkspaceProvider workspace={workspace}>
            <App />
          </WorkspaceProvider>
        </StoresProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
