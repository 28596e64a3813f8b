import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { asEmailId, asAssetId, asListId, asProjectId, emptyProject, emptyWorkflow, type Lang, type Project, type Workflow } from '../../engine/model/index.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { StoresProvider, type EditorStores } from '../../renderer/stores/context.tsx';
import { createDocumentStore } from '../../renderer/stores/document.ts';
import { createUiStore } from '../../renderer/stores/ui.ts';

/** A small project with named resources, as a marketer would have set up. */
export function sampleProject(workflow: Workflow = emptyWorkflow('wf-1', 'Nurturing')): Project {
  return {
    ...emptyProject(asProjectId('p-1'), 'Test project'),
    workflows: [workflow],
    emails: [
      { id: asEmailId('email-1'), name: 'Follow-up ebook 1', subject: 'Your ebook', asset: null, openScale: 1, clickScale: 1 },
      { id: asEmailId('email-2'), name: 'Offer ebook 2', subject: 'Another one', asset: null, openScale: 1, clickScale: 1 },
    ],
    assets: [
      { id: asAssetId('asset-1'), name: 'Top 10 topics', kind: 'ebook', conversionScale: 1 },
      { id: asAssetId('asset-2'), name: 'Build your topic', kind: 'ebook', conversionScale: 1 },
    ],
    lists: [
      { id: asListId('list-1'), name: 'Downloaded ebook 2' },
      { id: asListId('list-2'), name: 'Blog articles sent' },
    ],
  };
}

export interface Rendered extends RenderResult {
  readonly stores: EditorStores;
}

/** Renders with fresh stores and a fresh i18n instance, so tests never share state. */
export function renderWithEditor(ui: ReactNode, options: { project?: Project; lang?: Lang } = {}): Rendered {
  const stores: EditorStores = { document: createDocumentStore(options.project ?? sampleProject()), ui: createUiStore() };
  const i18n = createI18n(options.lang ?? 'en');
  const result = render(
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>{ui}</StoresProvider>
    </I18nextProvider>,
  );
  return { ...result, stores };
}

export function activeWorkflowOf(stores: EditorStores): Workflow {
  const state = stores.document.getState();
  return state.project.workflows.find((w) => w.id === state.activeWorkflowId)!;
}

/** React Flow measures its pane; jsdom has no ResizeObserver: a do-nothing one (call in beforeAll). */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
