import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_A_PROJECT_PATH, tooLargeText, type BridgeEvent, type FlowbenchBridge } from '../../../electron/shared/bridge.ts';
import { saveProject } from '../../../engine/io/index.ts';
import { asProjectId, emptyProject, type Project } from '../../../engine/model/index.ts';
import { createDesktopPlatform } from '../../../renderer/platform/desktop.ts';
import { DesktopHost, isProjectJsonPath } from '../../../renderer/platform/DesktopHost.tsx';
import { FileTooLargeError, fileTooLargeMessage, MAX_OPEN_BYTES } from '../../../renderer/platform/file-limit.ts';
import { withTextChunk } from '../../../renderer/export/pngText.ts';
import { PNG_KEYWORD } from '../../../renderer/export/embed.ts';
import { projectFileName } from '../../../renderer/platform/useDesktopFile.ts';
import { registerAppCommand, runAppCommand } from '../../../renderer/platform/appCommands.ts';
import { renderWithEditor } from '../render.tsx';

function fakeBridge(overrides: Partial<FlowbenchBridge> = {}) {
  let listener: ((event: BridgeEvent) => void) | null = null;
  const bridge = {
    open: vi.fn(async () => null),
    openRecent: vi.fn(async () => null),
    save: vi.fn(async (path: string) => ({ path })),
    saveAs: vi.fn(async (name: string) => ({ path: `/home/me/${name}` })),
    exportFile: vi.fn(async () => ({ path: '/home/me/x' })),
    recentFiles: vi.fn(async () => []),
    clearRecentFiles: vi.fn(async () => undefined),
    showInFolder: vi.fn(async () => undefined),
    confirm: vi.fn(async () => 0),
    startupInfo: vi.fn(async () => ({ version: '1.2.3', platform: 'linux', locale: 'fr', recoveryAvailable: false })),
    setDirty: vi.fn(async () => undefined),
    setLanguage: vi.fn(async () => undefined),
    closeWindow: vi.fn(async () => undefined),
    recoveryDone: vi.fn(async () => undefined),
    onEvent: vi.fn((l: (event: BridgeEvent) => void) => {
      listener = l;
      return () => (listener = null);
    }),
    ...overrides,
  } satisfies FlowbenchBridge;
  const emit = (event: BridgeEvent) => act(() => listener?.(event));
  return { bridge, emit };
}

const bytes = (text: string) => new TextEncoder().encode(text);
/** A 1x1 PNG carrying the project, as the PNG export writes it. */
const ONE_PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const exportedPng = async (project: Project) => withTextChunk(ONE_PIXEL, PNG_KEYWORD, saveProject(project));

describe('desktop platform', () => {
  it('opens CSV and project files through the native dialog', async () => {
    const { bridge } = fakeBridge({ open: vi.fn(async () => ({ path: '/a/c.csv', name: 'c.csv', bytes: bytes('Email\n') })) });
    const platform = createDesktopPlatform(bridge);
    await expect(platform.openFile(['.csv', 'text/csv'])).resolves.toMatchObject({ name: 'c.csv', path: '/a/c.csv' });
    await platform.openFile(['.json', '.png']);
    expect(bridge.open).toHaveBeenNthCalledWith(1, 'csv');
    expect(bridge.open).toHaveBeenNthCalledWith(2, 'project');
  });

  it('exports PNG as bytes and text formats as text', async () => {
    const { bridge } = fakeBridge();
    const platform = createDesktopPlatform(bridge);
    await platform.saveFile('plan.png', new Blob([new Uint8Array([137, 80, 78, 71])]));
    await platform.saveFile('plan.svg', new Blob(['<svg/>']));
    expect(bridge.exportFile).toHaveBeenNthCalledWith(1, 'png', 'plan.png', new Uint8Array([137, 80, 78, 71]));
    expect(bridge.exportFile).toHaveBeenNthCalledWith(2, 'svg', 'plan.svg', '<svg/>');
  });

  it('saves a build sheet as Markdown or HTML, not as a project JSON (the desktop refuses JSON outside .json)', async () => {
    const { bridge } = fakeBridge();
    const platform = createDesktopPlatform(bridge);
    await platform.saveFile('Nurturing (sheet).md', new Blob(['# Sheet\n']));
    await platform.saveFile('Nurturing (sheet).html', new Blob(['<!doctype html>']));
    await platform.saveFile('Nurturing.hubspot.json', new Blob(['{}']));
    expect(bridge.exportFile).toHaveBeenNthCalledWith(1, 'md', 'Nurturing (sheet).md', '# Sheet\n');
    expect(bridge.exportFile).toHaveBeenNthCalledWith(2, 'html', 'Nurturing (sheet).html', '<!doctype html>');
    expect(bridge.exportFile).toHaveBeenNthCalledWith(3, 'json', 'Nurturing.hubspot.json', '{}');
  });
});

describe('app commands', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the registered handler, the latest registration winning', () => {
    const first = vi.fn();
    const second = vi.fn();
    const a = registerAppCommand('help.about', first);
    const b = registerAppCommand('help.about', second);
    expect(runAppCommand('help.about')).toBe(true);
    expect(second).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
    b();
    a();
    expect(runAppCommand('help.about')).toBe(false);
  });

  it('replays canvas commands as their keyboard shortcut', () => {
    const keys: string[] = [];
    const onKey = (e: KeyboardEvent) => keys.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.shiftKey ? 'Shift+' : ''}${e.key}`);
    window.addEventListener('keydown', onKey);
    runAppCommand('view.fit');
    runAppCommand('edit.redo');
    runAppCommand('simulate.playPause');
    window.removeEventListener('keydown', onKey);
    expect(keys).toEqual(['1', 'Ctrl+Shift+z', ' ']);
  });
});

describe('desktop host', () => {
  it('saves a new project with Save As, then to the same file, and tracks unsaved changes', async () => {
    const { bridge, emit } = fakeBridge();
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    await emit({ type: 'command', command: 'file.save' });
    await waitFor(() => expect(bridge.saveAs).toHaveBeenCalledWith('Test project.flowbench.json', saveProject(stores.document.getState().project)));
    await waitFor(() => expect(bridge.setDirty).toHaveBeenLastCalledWith(false));

    act(() => stores.document.getState().apply((p) => ({ ...p, name: 'Renamed' })));
    expect(bridge.setDirty).toHaveBeenLastCalledWith(true);

    await emit({ type: 'command', command: 'file.save' });
    await waitFor(() => expect(bridge.save).toHaveBeenCalledWith('/home/me/Test project.flowbench.json', expect.stringContaining('"Renamed"')));
  });

  it('opens a file handed over by the system and keeps its path for Save', async () => {
    const { bridge, emit } = fakeBridge();
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    const project = emptyProject(asProjectId('p-from-disk'), 'From disk');
    await emit({ type: 'file-opened', file: { path: '/docs/plan.flowbench.json', name: 'plan.flowbench.json', bytes: bytes(saveProject(project)) } });
    expect(stores.document.getState().project.name).toBe('From disk');
    await emit({ type: 'command', command: 'file.save' });
    await waitFor(() => expect(bridge.save).toHaveBeenCalledWith('/docs/plan.flowbench.json', expect.any(String)));
  });

  it('leaves the project as it was when the system hands over a broken file', async () => {
    const { bridge, emit } = fakeBridge();
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    const before = stores.document.getState().project;
    await emit({ type: 'file-opened', file: { path: '/docs/broken.json', name: 'broken.json', bytes: bytes('{"format": "flowbench-proj') } });
    expect(stores.document.getState().project).toBe(before);
    expect(stores.ui.getState().toasts.at(-1)?.tone).toBe('error');
  });

  it('saves then closes when the user picks Save in the close prompt', async () => {
    const { bridge, emit } = fakeBridge();
    renderWithEditor(<DesktopHost bridge={bridge} />);
    await emit({ type: 'save-and-close' });
    await waitFor(() => expect(bridge.closeWindow).toHaveBeenCalledOnce());
    expect(bridge.saveAs).toHaveBeenCalledOnce();
  });

  it('does not close when the Save As dialog is cancelled', async () => {
    const { bridge, emit } = fakeBridge({ saveAs: vi.fn(async () => null) });
    renderWithEditor(<DesktopHost bridge={bridge} />);
    await emit({ type: 'save-and-close' });
    await waitFor(() => expect(bridge.saveAs).toHaveBeenCalledOnce());
    expect(bridge.closeWindow).not.toHaveBeenCalled();
  });

  it('offers to reload a file changed on disk and reloads it when asked', async () => {
    const changed = emptyProject(asProjectId('p-1'), 'Changed elsewhere');
    const { bridge, emit } = fakeBridge({
      openRecent: vi.fn(async () => ({ path: '/docs/plan.json', name: 'plan.json', bytes: bytes(saveProject(changed)) })),
    });
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    await emit({ type: 'file-opened', file: { path: '/docs/plan.json', name: 'plan.json', bytes: bytes(saveProject(emptyProject(asProjectId('p-1'), 'Mine'))) } });
    await emit({ type: 'file-changed', path: '/docs/plan.json' });
    await waitFor(() => expect(stores.document.getState().project.name).toBe('Changed elsewhere'));
    expect(bridge.confirm).toHaveBeenCalledWith(expect.objectContaining({ message: '“plan.json” was changed outside Flowbench.' }));
  });

  it('tells the user their work was recovered after a crash, in French', async () => {
    const { bridge } = fakeBridge({ startupInfo: vi.fn(async () => ({ version: '1', platform: 'linux', locale: 'fr', recoveryAvailable: true })) });
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />, { lang: 'fr' });
    await waitFor(() => expect(bridge.recoveryDone).toHaveBeenCalledOnce());
    // In both languages: the toast follows a later switch of language (renderer/i18n/bilingual.ts).
    expect(stores.ui.getState().toasts.at(-1)?.message).toMatchObject({ fr: expect.stringContaining('récupéré'), en: expect.stringContaining('recovered') });
    expect(bridge.setLanguage).toHaveBeenCalledWith('fr');
  });

  it('shows the keyboard shortcuts with the menus’ labels', async () => {
    const { bridge, emit } = fakeBridge();
    renderWithEditor(<DesktopHost bridge={bridge} />, { lang: 'fr' });
    await emit({ type: 'command', command: 'help.shortcuts' });
    expect(screen.getByTestId('shortcuts-dialog').textContent).toContain('Ajuster à la fenêtre');
  });

  it('never takes a PNG it opened as the Save target: Save goes to Save As', async () => {
    const { bridge, emit } = fakeBridge();
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    const project = emptyProject(asProjectId('p-png'), 'From a picture');
    const png = await exportedPng(project);
    await emit({ type: 'file-opened', file: { path: '/pics/plan.png', name: 'plan.png', bytes: png } });
    await waitFor(() => expect(stores.document.getState().project.name).toBe('From a picture'));
    await emit({ type: 'command', command: 'file.save' });
    await waitFor(() => expect(bridge.saveAs).toHaveBeenCalledWith('From a picture.flowbench.json', expect.any(String)));
    expect(bridge.save).not.toHaveBeenCalled();
  });

  it('keeps a .json it opened as the Save target, whatever the case of the extension', () => {
    expect(isProjectJsonPath('/docs/plan.flowbench.json')).toBe(true);
    expect(isProjectJsonPath('C:\\Docs\\PLAN.JSON')).toBe(true);
    expect(isProjectJsonPath('/pics/plan.png')).toBe(false);
    expect(isProjectJsonPath('/pics/plan.svg')).toBe(false);
    expect(isProjectJsonPath('/docs/plan.json.png')).toBe(false);
  });

  it('asks "Save changes?" before another project replaces unsaved work; Cancel keeps everything', async () => {
    const { bridge, emit } = fakeBridge({ confirm: vi.fn(async () => 2) });
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    act(() => stores.document.getState().apply((p) => ({ ...p, name: 'Edited' })));
    const before = stores.document.getState();
    const other = emptyProject(asProjectId('p-other'), 'Other');
    await emit({ type: 'file-opened', file: { path: '/docs/other.json', name: 'other.json', bytes: bytes(saveProject(other)) } });
    await waitFor(() => expect(bridge.confirm).toHaveBeenCalledWith(expect.objectContaining({ message: 'Save the changes to “Edited”?', buttons: ['Save', 'Don’t save', 'Cancel'], cancelId: 2 })));
    expect(stores.document.getState().project).toBe(before.project);
    expect(stores.document.getState().past).toBe(before.past);
  });

  it('"Save" in that question saves first, then opens the other project', async () => {
    const { bridge, emit } = fakeBridge({ confirm: vi.fn(async () => 0) });
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    act(() => stores.document.getState().apply((p) => ({ ...p, name: 'Edited' })));
    const other = emptyProject(asProjectId('p-other'), 'Other');
    await emit({ type: 'file-opened', file: { path: '/docs/other.json', name: 'other.json', bytes: bytes(saveProject(other)) } });
    await waitFor(() => expect(stores.document.getState().project.name).toBe('Other'));
    expect(bridge.saveAs).toHaveBeenCalledWith('Edited.flowbench.json', expect.stringContaining('"Edited"'));
    // The opened file is now the Save target.
    await emit({ type: 'command', command: 'file.save' });
    await waitFor(() => expect(bridge.save).toHaveBeenCalledWith('/docs/other.json', expect.stringContaining('"Other"')));
  });

  it('"Save" whose Save As is cancelled does not replace the project', async () => {
    const { bridge, emit } = fakeBridge({ confirm: vi.fn(async () => 0), saveAs: vi.fn(async () => null) });
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    act(() => stores.document.getState().apply((p) => ({ ...p, name: 'Edited' })));
    await emit({ type: 'file-opened', file: { path: '/docs/other.json', name: 'other.json', bytes: bytes(saveProject(emptyProject(asProjectId('p-o'), 'Other'))) } });
    await waitFor(() => expect(bridge.saveAs).toHaveBeenCalledOnce());
    expect(stores.document.getState().project.name).toBe('Edited');
  });

  it('says in French why Save As refused a picture name', async () => {
    const { bridge, emit } = fakeBridge({ saveAs: vi.fn(async () => Promise.reject(new Error(`Error invoking remote method 'file:save-as': Error: ${NOT_A_PROJECT_PATH}: /pics/plan.png`))) });
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />, { lang: 'fr' });
    await emit({ type: 'command', command: 'file.save' });
    await waitFor(() => expect(stores.ui.getState().toasts.at(-1)?.message).toContain('seulement dans un fichier .json'));
  });

  it('refuses a file over the limit with the same message as the browser', async () => {
    const { bridge, emit } = fakeBridge({ open: vi.fn(async () => Promise.reject(new Error(`Error invoking remote method 'file:open': Error: ${tooLargeText('big plan.json', 50 * 1024 * 1024, MAX_OPEN_BYTES)}`))) });
    const { stores } = renderWithEditor(<DesktopHost bridge={bridge} />);
    const before = stores.document.getState().project;
    await emit({ type: 'command', command: 'file.open' });
    await waitFor(() => expect(stores.ui.getState().toasts.at(-1)?.message).toEqual(fileTooLargeMessage(new FileTooLargeError('big plan.json', 50 * 1024 * 1024))));
    expect(stores.document.getState().project).toBe(before);
    expect(fileTooLargeMessage(new FileTooLargeError('big plan.json', 50 * 1024 * 1024)).en).toBe('“big plan.json” is too large (50 MB): a project can be at most 40 MB. Nothing was opened; your project is unchanged.');
  });

  it('makes safe file names from project names', () => {
    expect(projectFileName('Plan: Q1/Q2 <draft>')).toBe('Plan  Q1 Q2  draft.flowbench.json');
    expect(projectFileName('   ')).toBe('projet.flowbench.json');
  });
});
