import { join } from 'node:path';
import { dialog, shell, type BrowserWindow, type FileFilter, type IpcMainInvokeEvent } from 'electron';
import type { ExportKind, OpenKind, StartupInfo, UiLang } from '../shared/bridge.ts';
import { atomicWriteFile } from './files.ts';
import type { MainServices } from './ipc.ts';
import { readOpenedFile } from './open-file.ts';
import type { RecentFiles } from './recent.ts';
import type { SessionMarker } from './recovery.ts';
import { APP_ORIGIN } from './security.ts';
import type { OpenFileWatcher } from './watcher.ts';

const FILTERS: Readonly<Record<ExportKind | OpenKind, FileFilter>> = {
  project: { name: 'Flowbench', extensions: ['flowbench.json', 'json', 'png', 'svg'] },
  json: { name: 'JSON', extensions: ['json'] },
  png: { name: 'PNG', extensions: ['png'] },
  svg: { name: 'SVG', extensions: ['svg'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

export interface WindowSession {
  readonly window: BrowserWindow;
  readonly recent: RecentFiles;
  readonly marker: SessionMarker;
  readonly watcher: OpenFileWatcher;
  readonly startup: Omit<StartupInfo, 'recoveryAvailable'> & { readonly documents: string };
  /** Paths the user chose in a dialog or that the OS handed us: the only ones the page may write. */
  readonly grantedPaths: Set<string>;
  dirty: boolean;
  onLanguage(lang: UiLang): void;
  onRecentChanged(): void;
}

/** A call is trusted only from the main frame of this window, showing the app's own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return (
    !window.isDestroyed() &&
    event.sender.id === window.webContents.id &&
    frame !== null &&
    frame.parent === null &&
    frame.url.startsWith(`${APP_ORIGIN}/`)
  );
}

export function createMainServices(s: WindowSession): MainServices {
  const opened = async (path: string) => {
    const file = await readOpenedFile(path);
    s.grantedPaths.add(path);
    await s.recent.add(path);
    s.onRecentChanged();
    await s.watcher.follow(path);
    return file;
  };
  const write = async (path: string, data: string | Uint8Array) => {
    await atomicWriteFile(path, data);
    s.grantedPaths.add(path);
  };

  return {
    isTrustedSender: (event) => isTrustedSender(event, s.window),
    open: async (kind) => {
      const r = await dialog.showOpenDialog(s.window, { properties: ['openFile'], filters: [FILTERS[kind]] });
      const path = r.filePaths[0];
      return r.canceled || !path ? null : opened(path);
    },
    openRecent: async (path) => (s.recent.has(path) || s.grantedPaths.has(path) ? opened(path) : null),
    save: async (path, text) => {
      if (!s.grantedPaths.has(path)) throw new Error('save: this path was not opened or chosen by the user');
      await write(path, text);
      await s.watcher.remember();
      return { path };
    },
    saveAs: async (suggestedName, text) => {
      const r = await dialog.showSaveDialog(s.window, {
        defaultPath: join(s.startup.documents, suggestedName),
        filters: [FILTERS.json],
      });
      if (r.canceled || !r.filePath) return null;
      await write(r.filePath, text);
      await s.recent.add(r.filePath);
      s.onRecentChanged();
      await s.watcher.follow(r.filePath);
      return { path: r.filePath };
    },
    exportFile: async (kind, suggestedName, data) => {
      const r = await dialog.showSaveDialog(s.window, {
        defaultPath: join(s.startup.documents, suggestedName),
        filters: [FILTERS[kind]],
      });
      if (r.canceled || !r.filePath) return null;
      await write(r.filePath, data);
      return { path: r.filePath };
    },
    recentFiles: () => s.recent.list(),
    clearRecentFiles: async () => {
      await s.recent.clear();
      s.onRecentChanged();
    },
    showInFolder: async (path) => {
      if (s.grantedPaths.has(path) || s.recent.has(path)) shell.showItemInFolder(path);
    },
    confirm: async (request) => {
      const r = await dialog.showMessageBox(s.window, {
        type: 'question',
        message: request.message,
        ...(request.detail ? { detail: request.detail } : {}),
        buttons: [...request.buttons],
        defaultId: 0,
        cancelId: request.cancelId ?? request.buttons.length - 1,
      });
      return r.response;
    },
    startupInfo: () => ({
      version: s.startup.version,
      platform: s.startup.platform,
      locale: s.startup.locale,
      recoveryAvailable: s.marker.previousSessionCrashed,
    }),
    setDirty: (dirty) => {
      s.dirty = dirty;
    },
    setLanguage: (lang) => s.onLanguage(lang),
    closeWindow: () => s.window.close(),
    recoveryDone: async () => s.marker.acknowledge(),
  };
}
