/**
 * The subset of Electron's API that Flowbench uses, typed by hand. Electron is an optional
 * dependency (its binary cannot be downloaded everywhere), so its own typings are not always
 * installed; tsconfig maps `electron` here for type checking. At run time the real module is used
 * (bundles keep `electron` external) and tests alias it to tests/electron/fake-electron.ts.
 */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  experimentalFeatures?: boolean;
  enableBlinkFeatures?: string;
  disableBlinkFeatures?: string;
  /** Gone from modern Electron; set false anyway so older runtimes and scanners agree. */
  enableRemoteModule?: boolean;
  webviewTag?: boolean;
  navigateOnDragDrop?: boolean;
  spellcheck?: boolean;
  safeDialogs?: boolean;
}

export interface BrowserWindowConstructorOptions extends Partial<Rectangle> {
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  icon?: string;
  backgroundColor?: string;
  webPreferences?: WebPreferences;
}

export interface WebFrameMain {
  readonly url: string;
  readonly parent: WebFrameMain | null;
}

export interface Event {
  preventDefault(): void;
}

export interface WebContents {
  readonly id: number;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Event, url: string) => void): this;
  on(event: 'will-attach-webview', listener: (event: Event) => void): this;
  on(event: 'render-process-gone', listener: (event: Event, details: { reason: string }) => void): this;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void;
  send(channel: string, ...args: unknown[]): void;
  getURL(): string;
}

export interface BrowserWindow {
  readonly id: number;
  readonly webContents: WebContents;
  loadURL(url: string): Promise<void>;
  on(event: 'close', listener: (event: Event) => void): this;
  on(event: 'closed' | 'ready-to-show' | 'resize' | 'move', listener: () => void): this;
  once(event: 'ready-to-show', listener: () => void): this;
  show(): void;
  focus(): void;
  close(): void;
  restore(): void;
  isMinimized(): boolean;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  maximize(): void;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  getNormalBounds(): Rectangle;
}

export const BrowserWindow: {
  new (options?: BrowserWindowConstructorOptions): BrowserWindow;
  getAllWindows(): BrowserWindow[];
};

export interface IpcMainInvokeEvent {
  readonly sender: WebContents;
  readonly senderFrame: WebFrameMain | null;
}

export interface IpcMain {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}
export const ipcMain: IpcMain;

export interface IpcRendererEvent {
  readonly sender: unknown;
}
export interface IpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): this;
  removeListener(channel: string, listener: (...args: never[]) => void): this;
}
export const ipcRenderer: IpcRenderer;

export const contextBridge: {
  exposeInMainWorld(apiKey: string, api: unknown): void;
};

export interface MenuItemConstructorOptions {
  id?: string;
  label?: string;
  sublabel?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  role?: string;
  click?: () => void;
  submenu?: MenuItemConstructorOptions[];
}
export interface Menu {
  readonly items: unknown[];
}
export const Menu: {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
};

export interface Protocol {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: Record<string, boolean> }[],
  ): void;
}
export const protocol: Protocol;

export interface Session {
  readonly protocol: Protocol;
  readonly webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(handler: (contents: WebContents, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}
export const session: { readonly defaultSession: Session };

export interface OpenDialogReturnValue {
  canceled: boolean;
  filePaths: string[];
}
export interface SaveDialogReturnValue {
  canceled: boolean;
  filePath?: string;
}
export interface FileFilter {
  name: string;
  extensions: string[];
}
export const dialog: {
  showOpenDialog(
    window: BrowserWindow,
    options: { properties: string[]; filters?: FileFilter[] },
  ): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BrowserWindow, options: { defaultPath?: string; filters?: FileFilter[] }): Promise<SaveDialogReturnValue>;
  showMessageBox(
    window: BrowserWindow,
    options: { type?: string; message: string; detail?: string; buttons: string[]; defaultId?: number; cancelId?: number },
  ): Promise<{ response: number }>;
};

export const shell: {
  showItemInFolder(path: string): void;
};

export const screen: {
  getAllDisplays(): { workArea: Rectangle }[];
};

export const app: {
  readonly isPackaged: boolean;
  getVersion(): string;
  getLocale(): string;
  getPath(name: 'userData' | 'documents'): string;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  exit(code?: number): void;
  on(event: 'second-instance', listener: (event: Event, argv: string[]) => void): void;
  on(event: 'open-file', listener: (event: Event, path: string) => void): void;
  on(event: 'web-contents-created', listener: (event: Event, contents: WebContents) => void): void;
  on(event: 'window-all-closed' | 'before-quit' | 'will-quit', listener: () => void): void;
  on(event: 'activate', listener: () => void): void;
};
