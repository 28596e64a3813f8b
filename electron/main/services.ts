import { join } from 'node:path';
import { dialog, shell, type BrowserWindow, type FileFilter, type IpcMainInvokeEvent } from 'electron';
import { NOT_A_PROJECT_PATH, type ExportKind, type OpenKind, type OpenedFile, type StartupInfo, type UiLang } from '../shared/bridge.ts';
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
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
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

/** The file system the services touch; tests pass an in-memory one. */
export interface ServicesIo {
  write(path: string, data: string | Uint8Array): Promise<void>;
  read(path: string): Promise<OpenedFile>;
}

const nodeIo: ServicesIo = { write: (path, data) => atomicWriteFile(path, data), read: (path) => readOpenedFile(path) };

/** A project is written only to a `.json` file: never over a picture or any other file. */
export function isProjectPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** Refusal when the page asks to write the project elsewhere than a .json file. */
export class NotAProjectPathError extends Error {
  constructor(readonly path: string) {
    super(`${NOT_A_PROJECT_PATH}: ${path}`);
  }
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

export function createMainServices(s: WindowSession, io: ServicesIo = nodeIo): MainServices {
  const opened = async (path: string) => {
    const file = await io.read(path);
    s.grantedPaths.add(path);
    await s.recent.add(path);
    s.onRecentChanged();
    await s.watcher.follow(path);
    return file;
  };
  const write = async (path: string, data: string | Uint8Array) => {
    await io.write(path, data);
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
      // Opening a PNG or SVG grants reading it, not writing the project's JSON over the picture.
      if (!isProjectPath(path)) throw new NotAProjectPathError(path);
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
      if (!isProjectPath(r.filePath)) throw new NotAProjectPathError(r.filePath);
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
      // JSON goes only to a .json file (a picture's path chosen by mistake is refused, not overwritten).
      if (kind === 'json' && !isProjectPath(r.filePath)) throw new NotAProjectPathError(r.filePath);
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
