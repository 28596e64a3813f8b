/**
 * Flowbench's main process: one secure window showing the built renderer from app://flowbench,
 * a typed bridge, native menus, files. Nothing here touches the network.
 */
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { EVENTS, type UiLang } from '../shared/bridge.ts';
import { registerIpcHandlers } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { fileFromArgv, readOpenedFile } from './open-file.ts';
import { PRIVILEGED_SCHEME, registerAppProtocol } from './protocol.ts';
import { RecentFiles } from './recent.ts';
import { SessionMarker } from './recovery.ts';
import { APP_ORIGIN, guardWebContents, installSessionGuards } from './security.ts';
import { createMainWindow } from './window.ts';
import { createMainServices, type WindowSession } from './services.ts';
import { OpenFileWatcher } from './watcher.ts';
import { loadWindowState, saveWindowState } from './window-state.ts';

const rendererRoot = join(__dirname, '..', 'dist');
const preloadPath = join(__dirname, 'preload.cjs');

protocol.registerSchemesAsPrivileged([PRIVILEGED_SCHEME]);

let current: WindowSession | null = null;
let pendingFile: string | null = fileFromArgv(process.argv);
let lang: UiLang = 'en';
let forceClose = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const win = current?.window;
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const file = fileFromArgv(argv);
    if (file) void sendOpenedFile(file);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (current) void sendOpenedFile(path);
    else pendingFile = path;
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void current?.marker.endCleanly());
  void app.whenReady().then(start);
}

async function sendOpenedFile(path: string): Promise<void> {
  if (!current) return;
  try {
    const file = await readOpenedFile(path);
    current.grantedPaths.add(path);
    await current.recent.add(path);
    refreshMenu();
    await current.watcher.follow(path);
    current.window.webContents.send(EVENTS.fileOpened, file);
  } catch (error) {
    await dialog.showMessageBox(current.window, {
      type: 'error',
      message: lang === 'fr' ? `Impossible d'ouvrir ${path}` : `Cannot open ${path}`,
      detail: String(error),
      buttons: ['OK'],
    });
  }
}

function refreshMenu(): void {
  if (!current) return;
  const win = current.window;
  const template = buildMenuTemplate(lang, current.recent.list(), {
    command: (id) => win.webContents.send(EVENTS.command, id),
    openRecent: (path) => void sendOpenedFile(path),
    clearRecent: () => void current?.recent.clear().then(refreshMenu),
    toggleFullScreen: () => win.setFullScreen(!win.isFullScreen()),
    quit: () => app.quit(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  installSessionGuards(session.defaultSession);
  registerAppProtocol(protocol, rendererRoot);
  lang = app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en';

  const userData = app.getPath('userData');
  const statePath = join(userData, 'window-state.json');
  const state = await loadWindowState(statePath, screen.getAllDisplays().map((d) => d.workArea));
  const window = createMainWindow(state.bounds, preloadPath);
  if (state.maximized) window.maximize();

  const recent = new RecentFiles(join(userData, 'recent-files.json'));
  await recent.load();
  const marker = new SessionMarker(join(userData, 'session.lock'));
  await marker.begin();

  current = {
    window,
    recent,
    marker,
    watcher: new OpenFileWatcher((path) => window.webContents.send(EVENTS.fileChanged, path)),
    startup: { version: app.getVersion(), platform: process.platform, locale: app.getLocale(), documents: app.getPath('documents') },
    grantedPaths: new Set(),
    dirty: false,
    onLanguage: (next) => {
      lang = next;
      refreshMenu();
    },
    onRecentChanged: refreshMenu,
  };
  registerIpcHandlers(ipcMain, createMainServices(current));
  refreshMenu();

  const rememberBounds = () =>
    void saveWindowState(statePath, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }).catch(() => undefined);
  window.on('resize', rememberBounds);
  window.on('move', rememberBounds);
  window.on('close', (event) => {
    if (!current?.dirty || forceClose) return;
    event.preventDefault();
    void askBeforeClosing(window);
  });
  window.once('ready-to-show', () => {
    window.show();
    if (pendingFile) void sendOpenedFile(pendingFile).then(() => (pendingFile = null));
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

/** Unsaved changes: save (the page saves, then closes), close without saving, or stay. */
async function askBeforeClosing(window: BrowserWindow): Promise<void> {
  const fr = lang === 'fr';
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: fr ? 'Enregistrer les modifications avant de fermer ?' : 'Save your changes before closing?',
    detail: fr ? 'Sinon, elles resteront dans la sauvegarde automatique.' : 'Otherwise they stay in the autosave.',
    buttons: fr ? ['Enregistrer', 'Fermer sans enregistrer', 'Annuler'] : ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
  });
  if (response === 0) window.webContents.send(EVENTS.saveAndClose);
  if (response === 1) {
    forceClose = true;
    window.close();
  }
}
