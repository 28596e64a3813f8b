import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog } from 'electron';
import { createMainServices, NotAProjectPathError, type ServicesIo, type WindowSession } from '../../electron/main/services.ts';
import type { RecentFiles } from '../../electron/main/recent.ts';
import type { SessionMarker } from '../../electron/main/recovery.ts';
import type { OpenFileWatcher } from '../../electron/main/watcher.ts';

/** An in-memory file system: what exists, and every write, in order. */
function fakeFs(files: Record<string, string | Uint8Array>) {
  const disk = new Map(Object.entries(files));
  const writes: string[] = [];
  const io: ServicesIo = {
    write: async (path, data) => {
      writes.push(path);
      disk.set(path, data);
    },
    read: async (path) => {
      const data = disk.get(path);
      if (data === undefined) throw new Error(`ENOENT: ${path}`);
      return { path, name: path.split('/').pop()!, bytes: typeof data === 'string' ? new TextEncoder().encode(data) : data };
    },
  };
  return { disk, writes, io };
}

function session(): WindowSession {
  const recent = new Set<string>();
  return {
    window: new BrowserWindow() as unknown as WindowSession['window'],
    recent: { add: async (p: string) => void recent.add(p), has: (p: string) => recent.has(p), list: () => [], clear: async () => recent.clear() } as unknown as RecentFiles,
    marker: { previousSessionCrashed: false, acknowledge: () => undefined } as unknown as SessionMarker,
    watcher: { follow: async () => undefined, remember: async () => undefined } as unknown as OpenFileWatcher,
    startup: { version: '1', platform: 'linux', locale: 'fr', documents: '/home/me/Documents' },
    grantedPaths: new Set(),
    dirty: false,
    onLanguage: () => undefined,
    onRecentChanged: () => undefined,
  };
}

/** The native dialogs answer what the user would pick. */
function userOpens(path: string) {
  vi.spyOn(dialog, 'showOpenDialog').mockResolvedValueOnce({ canceled: false, filePaths: [path] } as never);
}
function userSavesAs(path: string | null) {
  vi.spyOn(dialog, 'showSaveDialog').mockResolvedValueOnce((path ? { canceled: false, filePath: path } : { canceled: true }) as never);
}

const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
const JSON_TEXT = '{"format":"flowbench-project"}\n';

afterEach(() => vi.restoreAllMocks());

describe('where the page may write', () => {
  it('never writes the project over a PNG it opened: Save is refused and the picture is intact', async () => {
    const fs = fakeFs({ '/pics/plan.png': PNG });
    const services = createMainServices(session(), fs.io);
    userOpens('/pics/plan.png');
    await expect(services.open('project')).resolves.toMatchObject({ path: '/pics/plan.png', name: 'plan.png' });
    await expect(services.save('/pics/plan.png', JSON_TEXT)).rejects.toBeInstanceOf(NotAProjectPathError);
    expect(fs.writes).toEqual([]);
    expect(fs.disk.get('/pics/plan.png')).toBe(PNG);
  });

  it('same for an SVG, whatever the case of its extension', async () => {
    const fs = fakeFs({ '/pics/Plan.SVG': '<svg/>' });
    const services = createMainServices(session(), fs.io);
    userOpens('/pics/Plan.SVG');
    await services.open('project');
    await expect(services.save('/pics/Plan.SVG', JSON_TEXT)).rejects.toThrow('not a .json project file');
    expect(fs.disk.get('/pics/Plan.SVG')).toBe('<svg/>');
  });

  it('saves to a .json the user opened, and only there', async () => {
    const fs = fakeFs({ '/docs/plan.flowbench.json': '{"old":true}', '/docs/other.json': '{"other":true}' });
    const services = createMainServices(session(), fs.io);
    userOpens('/docs/plan.flowbench.json');
    await services.open('project');
    await expect(services.save('/docs/plan.flowbench.json', JSON_TEXT)).resolves.toEqual({ path: '/docs/plan.flowbench.json' });
    // A path the user never picked: refused even though it is a .json that exists.
    await expect(services.save('/docs/other.json', JSON_TEXT)).rejects.toThrow('not opened or chosen');
    expect(fs.writes).toEqual(['/docs/plan.flowbench.json']);
    expect(fs.disk.get('/docs/plan.flowbench.json')).toBe(JSON_TEXT);
    expect(fs.disk.get('/docs/other.json')).toBe('{"other":true}');
  });

  it('Save As writes where the user chose a .json, refuses a picture name, and writes nothing on cancel', async () => {
    const fs = fakeFs({ '/docs/plan.png': PNG });
    const services = createMainServices(session(), fs.io);
    userSavesAs('/docs/plan.png');
    await expect(services.saveAs('plan.flowbench.json', JSON_TEXT)).rejects.toBeInstanceOf(NotAProjectPathError);
    userSavesAs(null);
    await expect(services.saveAs('plan.flowbench.json', JSON_TEXT)).resolves.toBeNull();
    userSavesAs('/docs/plan.flowbench.json');
    await expect(services.saveAs('plan.flowbench.json', JSON_TEXT)).resolves.toEqual({ path: '/docs/plan.flowbench.json' });
    // The chosen file becomes a Save target.
    await expect(services.save('/docs/plan.flowbench.json', '{"again":1}')).resolves.toEqual({ path: '/docs/plan.flowbench.json' });
    expect(fs.writes).toEqual(['/docs/plan.flowbench.json', '/docs/plan.flowbench.json']);
    expect(fs.disk.get('/docs/plan.png')).toBe(PNG);
  });

  it('suggests the file name in the documents folder', async () => {
    const fs = fakeFs({});
    const services = createMainServices(session(), fs.io);
    const spy = vi.spyOn(dialog, 'showSaveDialog').mockResolvedValueOnce({ canceled: true } as never);
    await services.saveAs('Mon projet.flowbench.json', JSON_TEXT);
    // Called as (window, options); Electron's types list the overload without a window last.
    expect((spy.mock.calls[0] as unknown[])[1]).toMatchObject({ defaultPath: '/home/me/Documents/Mon projet.flowbench.json' });
  });

  it('exports JSON only to a .json file, pictures to the file the user chose', async () => {
    const fs = fakeFs({ '/docs/plan.png': PNG });
    const services = createMainServices(session(), fs.io);
    userSavesAs('/docs/plan.png');
    await expect(services.exportFile('json', 'plan.json', JSON_TEXT)).rejects.toBeInstanceOf(NotAProjectPathError);
    userSavesAs('/docs/plan.png');
    const newPng = new Uint8Array([137, 80, 78, 71, 9]);
    await expect(services.exportFile('png', 'plan.png', newPng)).resolves.toEqual({ path: '/docs/plan.png' });
    expect(fs.writes).toEqual(['/docs/plan.png']);
    expect(fs.disk.get('/docs/plan.png')).toBe(newPng);
  });

  it('offers a Markdown or HTML file for a build sheet', async () => {
    const fs = fakeFs({});
    const services = createMainServices(session(), fs.io);
    const spy = vi.spyOn(dialog, 'showSaveDialog').mockResolvedValueOnce({ canceled: false, filePath: '/docs/sheet.md' } as never);
    await expect(services.exportFile('md', 'sheet.md', '# Sheet')).resolves.toEqual({ path: '/docs/sheet.md' });
    expect((spy.mock.calls[0] as unknown[])[1]).toMatchObject({ filters: [{ name: 'Markdown', extensions: ['md'] }] });
    expect(fs.disk.get('/docs/sheet.md')).toBe('# Sheet');
  });

  it('writes only to paths a dialog returned, over a whole session', async () => {
    const fs = fakeFs({ '/a/in.json': '{}', '/a/pic.png': PNG });
    const services = createMainServices(session(), fs.io);
    const chosen = new Set<string>();
    const opens = ['/a/in.json', '/a/pic.png'];
    for (const path of opens) {
      userOpens(path);
      chosen.add(path);
      await services.open('project');
    }
    for (const path of ['/b/out.json', '/b/out.svg']) {
      userSavesAs(path);
      chosen.add(path);
      await services.saveAs('x.json', JSON_TEXT).catch(() => null);
    }
    const attempts = ['/a/in.json', '/a/pic.png', '/b/out.json', '/b/out.svg', '/etc/passwd', '/a/../a/in.json'];
    for (const path of attempts) await services.save(path, JSON_TEXT).catch(() => null);
    expect(fs.writes.every((p) => chosen.has(p) && p.endsWith('.json'))).toBe(true);
    // in.json (opened then saved), out.json (Save As, then Save): the only writes.
    expect([...new Set(fs.writes)].sort()).toEqual(['/a/in.json', '/b/out.json']);
  });
});
