import '@xyflow/react/dist/style.css';
import './app/styles/base.css';
import './app/styles/canvas.css';
import './app/styles/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { exposeHook, initialProject } from './bootstrap.ts';
import { createI18n, detectLanguage } from './i18n/index.ts';
import { startAutosave } from './persistence/autosave.ts';
import { openDb } from './persistence/db.ts';
import { createDocumentStore } from './stores/document.ts';
import { StoresProvider } from './stores/context.tsx';
import { createUiStore } from './stores/ui.ts';

async function start() {
  const lang = detectLanguage();
  document.documentElement.lang = lang;
  const i18n = createI18n(lang);
  const db = openDb();
  const { project, restored, bench } = await initialProject(db, lang, i18n.t('app.defaultProject'), location.search);
  const stores = { document: createDocumentStore(project), ui: createUiStore() };
  if (restored) stores.document.getState().load(project, { saved: true });
  if (!bench) startAutosave(stores.document, db);
  exposeHook(stores);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoresProvider stores={stores}>
          <App />
        </StoresProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
