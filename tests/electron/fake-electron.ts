/**
 * A fake `electron` module for tests (vitest aliases `electron` here for tests/electron/). It
 * records what the main process asks for, so tests check security options, IPC handlers and
 * menus without the Electron binary.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly listeners = new Map<string, Listener[]>();
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = 'app://flowbench/index.html';
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  getURL() {
    return this.url;
  }
}

export class BrowserWindow {
  static created: BrowserWindow[] = [];
  readonly id: number;
  readonly webContents = new FakeWebContents();
  destroyed = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    this.id = this.webContents.id;
    BrowserWindow.created.push(this);
  }
  static getAllWindows() {
    return BrowserWindow.created;
  }
  loadURL() {
    return Promise.resolve();
  }
  on() {
    return this;
  }
  once() {
    return this;
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {}
  focus() {}
  close() {}
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener) {
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

export const ipcRenderer = {
  invoked: [] as { channel: string; args: unknown[] }[],
  listeners: new Map<string, Listener[]>(),
  invoke(channel: string, ...args: unknown[]) {
    this.invoked.push({ channel, args });
    return Promise.resolve(null);
  },
  on(channel: string, listener: Listener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  },
  removeListener(channel: string, listener: Listener) {
    this.listeners.set(channel, (this.listeners.get(channel) ?? []).filter((l) => l !== listener));
    return this;
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api);
  },
};

export const Menu = {
  applied: null as unknown,
  buildFromTemplate: (template: unknown) => ({ items: template as unknown[] }),
  setApplicationMenu(menu: unknown) {
    this.applied = menu;
  },
};

export const protocol = {
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  privileged: [] as unknown[],
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    this.handlers.set(scheme, handler);
  },
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
};

export function createFakeSession() {
  const s = {
    beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    headersReceived: null as null | Listener,
    permissionRequest: null as null | ((c: unknown, p: string, cb: (granted: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    protocol,
    webRequest: {
      onBeforeRequest: (l: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) => {
        s.beforeRequest = l;
      },
      onHeadersReceived: (l: Listener) => {
        s.headersReceived = l;
      },
    },
    setPermissionRequestHandler: (h: (c: unknown, p: string, cb: (granted: boolean) => void) => void) => {
      s.permissionRequest = h;
    },
    setPermissionCheckHandler: (h: () => boolean) => {
      s.permissionCheck = h;
    },
  };
  return s;
}

export const session = { defaultSession: createFakeSession() };
export const dialog = {
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showSaveDialog: () => Promise.resolve({ canceled: true }),
  showMessageBox: () => Promise.resolve({ response: 0 }),
};
export const shell = { showItemInFolder: () => undefined };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const app = {
  isPackaged: false,
  getVersion: () => '0.0.0-test',
  getLocale: () => 'fr-FR',
  getPath: () => '/tmp',
  requestSingleInstanceLock: () => true,
  whenReady: () => new Promise<void>(() => undefined),
  quit: () => undefined,
  exit: () => undefined,
  on: () => undefined,
};
