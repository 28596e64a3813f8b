import 'fake-indexeddb/auto';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import { asProjectId, emptyProject, emptyWorkflow, type Lang, type Project } from '../../../engine/model/index.ts';
import { buildTemplate, TEMPLATES, type TemplateId } from '../../../engine/templates/index.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { DropZone } from '../../../renderer/app/DropZone.tsx';
import { Toasts } from '../../../renderer/app/Toasts.tsx';
import { WorkspaceProvider } from '../../../renderer/app/workspace.tsx';
import { ProjectsDialog } from '../../../renderer/panels/ProjectsDialog.tsx';
import { TemplatesGallery } from '../../../renderer/panels/TemplatesGallery.tsx';
import { startAutosave, type Autosave } from '../../../renderer/persistence/autosave.ts';
import { openDb } from '../../../renderer/persistence/db.ts';
import { dexieLibrary, type ProjectLibrary } from '../../../renderer/persistence/library.ts';
import { createI18n } from '../../../renderer/i18n/index.ts';
import { StoresProvider, useUi, type EditorStores } from '../../../renderer/stores/context.tsx';
import { createDocumentStore } from '../../../renderer/stores/document.ts';
import { createUiStore } from '../../../renderer/stores/ui.ts';
import type { Workspace } from '../../../renderer/stores/open-document.ts';
import { sampleProject } from '../render.tsx';

const templateName = (id: TemplateId, lang: Lang) => TEMPLATES.find((t) => t.id === id)!.name[lang];

let dbCount = 0;
let running: Autosave | null = null;
afterEach(() => running?.stop());

/** The app's dialogs over a real (fake-indexeddb) library, with autosave slow enough to leave edits unsaved. */
function setUp(options: { project?: Project; lang?: Lang; library?: ProjectLibrary } = {}) {
  const library = options.library ?? dexieLibrary(openDb(`flowbench-documents-${++dbCount}`));
  function Dialogs() {
    const dialog = useUi((s) => s.dialog);
    return dialog === 'templates' ? <TemplatesGallery /> : dialog === 'projects' ? <ProjectsDialog /> : null;
  }
  const project = options.project ?? sampleProject();
  const stores: EditorStores = { document: createDocumentStore(project), ui: createUiStore() };
  running = startAutosave(stores.document, library, 60_000);
  const workspace: Workspace = { library, autosave: running, guard: null };
  const view = render(
    <I18nextProvider i18n={createI18n(options.lang ?? 'en')}>
      <StoresProvider stores={stores}>
        <WorkspaceProvider workspace={workspace}>
          <DialogsProvider>
            <Dialogs />
            <DropZone />
            <DialogHost />
            <Toasts />
          </DialogsProvider>
        </WorkspaceProvider>
      </StoresProvider>
    </I18nextProvider>,
  );
  return { ...view, library, stores };
}

async function answerPrompt(name: string) {
  const dialog = await screen.findByTestId('prompt-dialog');
  fireEvent.change(within(dialog).getByTestId('prompt-input'), { target: { value: name } });
  fireEvent.click(within(dialog).getByTestId('prompt-ok'));
  await waitFor(() => expect(screen.queryByTestId('prompt-dialog')).toBeNull());
  // The project switch (IndexedDB writes) completes after the dialog closes.
  await act(() => new Promise((r) => setTimeout(r, 50)));
}

/** Drops a file on the window as the browser does (only name, size and bytes are read). */
function drop(name: string, text: string, size = new TextEncoder().encode(text).byteLength) {
  const bytes = new TextEncoder().encode(text);
  const file = { name, size, arrayBuffer: async () => bytes.buffer };
  const event = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer: { types: ['Files'], files: [file] } });
  act(() => void window.dispatchEvent(event));
}

/** An unsaved edit: a second workflow, not yet written by the (slow) autosave. */
function editUnsaved(stores: ReturnType<typeof setUp>['stores']) {
  act(() => stores.document.getState().apply((p) => ({ ...p, workflows: [...p.workflows, emptyWorkflow('wf-unsaved', 'Relance salon')] })));
  expect(stores.document.getState().revision).not.toBe(stores.document.getState().savedRevision);
  return stores.document.getState().project;
}

// The templates gallery draws five previews with the SVG exporter: slow in jsdom on a shared machine.
describe('a project is a document: nothing is lost when another one opens', { timeout: 30_000 }, () => {
  it('a template over unsaved work starts a new project with the name given; the edited one stays in the library', async () => {
    const { stores, library } = setUp();
    const edited = editUnsaved(stores);
    act(() => stores.ui.getState().openDialog('templates'));
    fireEvent.click(screen.getByTestId('template-nurturing'));
    expect(screen.getByTestId('prompt-dialog').textContent).toContain(`New project from “${templateName('nurturing', 'en')}”`);
    await answerPrompt('Spring campaign');
    await waitFor(() => expect(stores.document.getState().project.name).toBe('Spring campaign'), { timeout: 5000 });

    const open = stores.document.getState().project;
    expect(open.name).toBe('Spring campaign');
    expect(open.id).not.toBe(edited.id);
    expect(open.workflows.map((w) => w.id)).toEqual(buildTemplate('nurturing', 'en').workflows.map((w) => w.id));
    // The edited project, unsaved a moment ago, is in the library exactly as it was.
    await expect(library.read(edited.id)).resolves.toEqual(edited);
    const list = await library.list();
    expect(list.map((p) => p.name).sort()).toEqual(['Spring campaign', 'Test project']);
    expect(list.find((p) => p.id === edited.id)?.workflows).toBe(2);
    // The new one is saved too, and is what opens next time.
    await expect(library.last()).resolves.toEqual(open);
    expect(stores.document.getState().revision).toBe(stores.document.getState().savedRevision);
  });

  it('keeps the open project when it cannot be saved first (storage full), and says so', async () => {
    const real = dexieLibrary(openDb(`flowbench-documents-${++dbCount}`));
    const full: ProjectLibrary = { ...real, save: async () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
    const { stores } = setUp({ library: full });
    const edited = editUnsaved(stores);
    act(() => stores.ui.getState().openDialog('templates'));
    fireEvent.click(screen.getByTestId('template-cleanup'));
    await answerPrompt('Nettoyage 2026');
    const toast = await screen.findByTestId('toast-error', {}, { timeout: 5000 });
    expect(toast.textContent).toContain('The open project could not be saved on this computer');
    expect(stores.document.getState().project).toBe(edited);
    expect(stores.document.getState().past.length).toBeGreaterThan(0);
  });

  it('cancelling the name keeps the open project and its history', async () => {
    const { stores, library } = setUp();
    editUnsaved(stores);
    const before = stores.document.getState();
    act(() => stores.ui.getState().openDialog('templates'));
    fireEvent.click(screen.getByTestId('template-cleanup'));
    fireEvent.click(await screen.findByTestId('prompt-cancel'));
    await waitFor(() => expect(screen.queryByTestId('prompt-dialog')).toBeNull());
    expect(stores.document.getState().project).toBe(before.project);
    expect(stores.document.getState().past).toBe(before.past);
    await expect(library.list()).resolves.toEqual([]);
  });

  it('opening a file over unsaved work keeps the edited project, and a file with the same id never overwrites it', async () => {
    const { stores, library } = setUp();
    const edited = editUnsaved(stores);
    // The same project id as the open one, an older content: what re-opening an old export does.
    const older = { ...sampleProject(), name: 'Exported last week' };
    drop('plan.flowbench.json', saveProject(older));
    await waitFor(() => expect(stores.document.getState().project.name).toBe('Exported last week'), { timeout: 5000 });
    const open = stores.document.getState().project;
    expect(open.id).not.toBe(edited.id);
    expect({ ...open, id: older.id }).toEqual(older);
    await expect(library.read(edited.id)).resolves.toEqual(edited);
    await expect(library.read(open.id)).resolves.toEqual(open);
    // The user is told it opened beside the stored project, not over it (it had the same name and said only 'Opened').
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)!.textContent).toContain('Opened “Exported last week” as a copy: this project is already on this computer'));
  });

  it('after a reload every project is there and the last one opens', async () => {
    const name = `flowbench-documents-${++dbCount}`;
    const first = setUp({ library: dexieLibrary(openDb(name)) });
    const edited = editUnsaved(first.stores);
    act(() => first.stores.ui.getState().openDialog('templates'));
    fireEvent.click(screen.getByTestId('template-webinar'));
    await answerPrompt('Webinar de juin');
    await waitFor(() => expect(first.stores.document.getState().project.name).toBe('Webinar de juin'), { timeout: 5000 });
    const open = first.stores.document.getState().project;
    first.unmount();
    running?.stop();

    // A new page on the same database: what the app reads at start.
    const reloaded = dexieLibrary(openDb(name));
    await expect(reloaded.last()).resolves.toEqual(open);
    await expect(reloaded.read(edited.id)).resolves.toEqual(edited);
    expect((await reloaded.list()).map((p) => p.name)).toEqual(['Webinar de juin', 'Test project']);
  });

  it('asks in French and names the project as the user typed it', async () => {
    const { stores } = setUp({ lang: 'fr' });
    act(() => stores.ui.getState().openDialog('templates'));
    expect(screen.getByTestId('template-new-lifecycle').textContent).toBe('Nouveau projet');
    expect(screen.getByTestId('template-add-lifecycle').textContent).toBe('Ajouter au projet');
    fireEvent.click(screen.getByTestId('template-lifecycle'));
    const dialog = screen.getByTestId('prompt-dialog');
    expect(dialog.textContent).toContain(`Nouveau projet à partir de «\u00a0${templateName('lifecycle', 'fr')}\u00a0»`);
    expect(dialog.textContent).toContain('Nom du projet');
    await answerPrompt('Cycle de vie 2026');
    await waitFor(() => expect(stores.document.getState().project.name).toBe('Cycle de vie 2026'), { timeout: 5000 });
    expect(stores.document.getState().project.name).toBe('Cycle de vie 2026');
    // The open project was never edited, so never saved: the toast does not promise it is in Projects
    // (a review found it promised one the Projects list did not hold).
    expect(await screen.findByTestId('toast-success')).toHaveProperty('textContent', '«\u00a0Cycle de vie 2026\u00a0» créé.');
  });

  it('says the previous project stays in Projects when it does (it was edited, so saved first)', async () => {
    const { stores, library } = setUp({ lang: 'fr' });
    const edited = editUnsaved(stores);
    act(() => stores.ui.getState().openDialog('templates'));
    fireEvent.click(screen.getByTestId('template-lifecycle'));
    await answerPrompt('Cycle de vie 2027');
    expect(await screen.findByTestId('toast-success')).toHaveProperty('textContent', '«\u00a0Cycle de vie 2027\u00a0» créé. Le projet précédent reste dans Projets.');
    await expect(library.has(edited.id)).resolves.toBe(true);
  });

  it('adds templates into the open project as new workflows, one undo step each', async () => {
    const { stores } = setUp({ project: { ...emptyProject(asProjectId('p-article'), 'Article'), workflows: [] } });
    for (const id of ['nurturing', 'lifecycle', 'cleanup'] as const) {
      act(() => stores.ui.getState().openDialog('templates'));
      fireEvent.click(screen.getByTestId(`template-add-${id}`));
    }
    const project = stores.document.getState().project;
    expect(project.id).toBe('p-article');
    expect(project.name).toBe('Article');
    const expected = (['nurturing', 'lifecycle', 'cleanup'] as const).flatMap((id) => buildTemplate(id, 'en').workflows.map((w) => w.id));
    expect(project.workflows.map((w) => w.id)).toEqual(expected);
    expect(stores.document.getState().past).toHaveLength(3);
    // The lifecycle template scores its leads (its MQL workflow reads the score): the model came with it.
    expect(project.scoreModel).toEqual(buildTemplate('lifecycle', 'en').scoreModel);
    // The last toast (cleanup's): its 2 expectations came along; cleanup has no scoring to add.
    expect(screen.getAllByRole('status').at(-1)!.textContent).toContain('2 expectations came along.');
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().project.workflows).toHaveLength(expected.length - 1);
  });

  it('says in the toast that the template’s lead scoring came along, or why not', async () => {
    const { stores } = setUp({ project: { ...emptyProject(asProjectId('p-fr'), 'Démo'), workflows: [] }, lang: 'fr' });
    act(() => stores.ui.getState().openDialog('templates'));
    fireEvent.click(screen.getByTestId('template-add-lifecycle'));
    expect(await screen.findByText(/Son scoring des leads est ajouté aussi\./)).toBeTruthy();
    // A second time: the project now scores with that model, so the copy's is not added again.
    act(() => stores.ui.getState().openDialog('templates'));
    fireEvent.click(screen.getByTestId('template-add-lifecycle'));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent).join('|')).toContain('Son scoring des leads n’est pas ajouté\u00a0: le projet garde le sien'));
  });
});

describe('the Projects list', { timeout: 20_000 }, () => {
  async function withTwoProjects() {
    const setup = setUp();
    const { stores, library } = setup;
    const other = { ...emptyProject(asProjectId('p-other'), 'Black Friday'), workflows: [emptyWorkflow('w1', 'A'), emptyWorkflow('w2', 'B'), emptyWorkflow('w3', 'C')] };
    await library.save(other);
    await library.save(stores.document.getState().project);
    act(() => stores.ui.getState().openDialog('projects'));
    await waitFor(() => expect(screen.getAllByTestId('project-row')).toHaveLength(2));
    return { ...setup, other };
  }
  const row = (name: string) => screen.getAllByTestId('project-row').find((r) => within(r).getByTestId('project-row-name').textContent === name)!;

  it('shows each project with its workflow count and date; the open one first, not deletable', async () => {
    await withTwoProjects();
    const rows = screen.getAllByTestId('project-row');
    expect(rows.map((r) => within(r).getByTestId('project-row-name').textContent)).toEqual(['Test project', 'Black Friday']);
    expect(rows[0]!.textContent).toContain('1 workflow');
    expect(rows[0]!.getAttribute('data-open')).toBe('true');
    expect((within(rows[0]!).getByTestId('project-delete') as HTMLButtonElement).disabled).toBe(true);
    expect(rows[1]!.textContent).toContain('3 workflows');
    expect(rows[1]!.textContent).toContain(`Saved `);
    expect(rows[1]!.textContent).toContain(String(new Date().getFullYear()));
  });

  it('opens another project; the one that was open stays, with its unsaved edit', async () => {
    const { stores, library, other } = await withTwoProjects();
    const edited = editUnsaved(stores);
    fireEvent.click(within(row('Black Friday')).getByTestId('project-open'));
    await waitFor(() => expect(stores.document.getState().project.id).toBe(other.id));
    expect(stores.document.getState().project).toEqual(other);
    await expect(library.read(edited.id)).resolves.toEqual(edited);
    expect(stores.ui.getState().dialog).toBeNull();
  });

  it('renames the open project as an undoable edit, and another one in the library', async () => {
    const { stores, library, other } = await withTwoProjects();
    fireEvent.click(within(row('Test project')).getByTestId('project-rename'));
    await answerPrompt('Nurturing 2026');
    expect(stores.document.getState().project.name).toBe('Nurturing 2026');
    act(() => stores.document.getState().undo());
    expect(stores.document.getState().project.name).toBe('Test project');

    fireEvent.click(within(row('Black Friday')).getByTestId('project-rename'));
    await answerPrompt('Cyber Monday');
    await waitFor(() => expect(row('Cyber Monday')).toBeTruthy());
    await expect(library.read(other.id)).resolves.toEqual({ ...other, name: 'Cyber Monday' });
  });

  it('deletes only after confirmation', async () => {
    const { library, other } = await withTwoProjects();
    fireEvent.click(within(row('Black Friday')).getByTestId('project-delete'));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this project?' });
    expect(confirm.textContent).toContain('Delete “Black Friday” (3 workflows) from this computer?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Delete this project?' })).toBeNull());
    await expect(library.has(other.id)).resolves.toBe(true);

    fireEvent.click(within(row('Black Friday')).getByTestId('project-delete'));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Delete this project?' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getAllByTestId('project-row')).toHaveLength(1));
    await expect(library.has(other.id)).resolves.toBe(false);
  });

  it('creates a new empty project with the name asked', async () => {
    const { stores, library } = await withTwoProjects();
    const before = stores.document.getState().project;
    fireEvent.click(screen.getByTestId('projects-new'));
    expect(screen.getByTestId('prompt-dialog').textContent).toContain('New project');
    await answerPrompt('Q3 onboarding');
    await waitFor(() => expect(stores.document.getState().project.name).toBe('Q3 onboarding'), { timeout: 5000 });
    const open = stores.document.getState().project;
    expect(open).toMatchObject({ name: 'Q3 onboarding', workflows: [] });
    expect((await library.list()).map((p) => p.name).sort()).toEqual(['Black Friday', 'Q3 onboarding', 'Test project']);
    await expect(library.read(before.id)).resolves.toEqual(before);
  });
});

describe('the size limit of an opened file', () => {
  it('refuses a dropped file over 40 MB before reading it, in the user language, project unchanged', async () => {
    const { stores } = setUp({ lang: 'fr' });
    const before = stores.document.getState().project;
    drop('énorme.json', saveProject(emptyProject(asProjectId('x'), 'X')), 41 * 1024 * 1024 + 1);
    const toast = await screen.findByTestId('toast-error');
    // 41 MB + 1 byte rounds up to 42 MB; the limit is the engine's 40 MB.
    expect(toast.textContent).toContain('«\u00a0énorme.json\u00a0» est trop volumineux (42\u00a0Mo)\u00a0: la limite d’un projet est de 40\u00a0Mo.');
    expect(stores.document.getState().project).toBe(before);
  });
});
