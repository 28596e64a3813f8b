import type { AppCommandId } from './commands.ts';

/**
 * The typed bridge between the page and the main process: the only operations the page can ask
 * for. The preload exposes it as `window.flowbench`; the renderer reaches it only through
 * `renderer/platform`. Every call is checked again in the main process (sender, shapes, sizes).
 */

/** Largest project text accepted over the bridge (same limit as the engine's loader). */
export const MAX_TEXT_BYTES = 40 * 1024 * 1024;
/** Largest binary export (PNG at 3x of a large diagram). */
export const MAX_BINARY_BYTES = 100 * 1024 * 1024;

/** Marks the main process's refusal to write a project anywhere but a `.json` file. */
export const NOT_A_PROJECT_PATH = 'not a .json project file';

/** How the main process words a refusal to open a file over the limit (the page reads it back). */
export function tooLargeText(name: string, size: number, limit: number): string {
  return `${name} is ${size} bytes; the limit is ${limit}`;
}

/** The refusal inside an error that crossed the bridge (Electron prefixes the message). */
export function parseTooLarge(message: string): { name: string; size: number; limit: number } | null {
  const match = /([^\\/:]+) is (\d+) bytes; the limit is (\d+)$/.exec(message);
  return match ? { name: match[1]!.trim(), size: Number(match[2]), limit: Number(match[3]) } : null;
}

export type ExportKind = 'png' | 'svg' | 'json' | 'csv' | 'md' | 'html';
/** What an Open dialog offers: projects (JSON, or PNG / SVG that embed one) or contacts CSV. */
export type OpenKind = 'project' | 'csv';
export type UiLang = 'fr' | 'en';

export interface OpenedFile {
  readonly path: string;
  readonly name: string;
  /** The raw bytes: the page decodes them (UTF-8 or Windows-1252 CSV, JSON, PNG, SVG). */
  readonly bytes: Uint8Array;
}

export interface RecentFile {
  readonly path: string;
  readonly name: string;
  readonly openedAt: number;
}

export interface StartupInfo {
  readonly version: string;
  readonly platform: string;
  readonly locale: string;
  /** The previous session ended without a clean quit: offer the autosaved work back. */
  readonly recoveryAvailable: boolean;
}

export interface ConfirmRequest {
  readonly message: string;
  readonly detail?: string;
  /** Button labels, the first is the default. At most 4. */
  readonly buttons: readonly string[];
  readonly cancelId?: number;
}

export const CHANNELS = {
  open: 'file:open',
  openRecent: 'file:open-recent',
  save: 'file:save',
  saveAs: 'file:save-as',
  exportFile: 'file:export',
  recentList: 'recent:list',
  recentClear: 'recent:clear',
  showInFolder: 'shell:show-in-folder',
  confirm: 'dialog:confirm',
  startupInfo: 'app:startup-info',
  setDirty: 'app:set-dirty',
  setLanguage: 'app:set-language',
  closeWindow: 'app:close-window',
  cleanExit: 'app:recovery-done',
} as const;

/** Events the main process sends to the page. */
export const EVENTS = {
  command: 'menu:command',
  fileOpened: 'file:opened',
  fileChanged: 'file:changed-on-disk',
  /** The user chose Save in the close prompt: save, then close the window. */
  saveAndClose: 'app:save-and-close',
} as const;

export type BridgeEvent =
  | { readonly type: 'command'; readonly command: AppCommandId }
  | { readonly type: 'file-opened'; readonly file: OpenedFile }
  | { readonly type: 'file-changed'; readonly path: string }
  | { readonly type: 'save-and-close' };

export interface FlowbenchBridge {
  open(kind: OpenKind): Promise<OpenedFile | null>;
  openRecent(path: string): Promise<OpenedFile | null>;
  /** Writes atomically to a path this window opened or saved before. */
  save(path: string, text: string): Promise<{ path: string }>;
  saveAs(suggestedName: string, text: string): Promise<{ path: string } | null>;
  exportFile(kind: ExportKind, suggestedName: string, data: string | Uint8Array): Promise<{ path: string } | null>;
  recentFiles(): Promise<readonly RecentFile[]>;
  clearRecentFiles(): Promise<void>;
  showInFolder(path: string): Promise<void>;
  confirm(request: ConfirmRequest): Promise<number>;
  startupInfo(): Promise<StartupInfo>;
  /** Tells the main process whether closing should ask to save. */
  setDirty(dirty: boolean): Promise<void>;
  /** Rebuilds the native menus in that language. */
  setLanguage(lang: UiLang): Promise<void>;
  closeWindow(): Promise<void>;
  /** The recovered work was handled (restored or discarded). */
  recoveryDone(): Promise<void>;
  /** Subscribes to menu commands, files opened by the OS, files changed on disk. Returns unsubscribe. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}
