import { BrowserWindow, type Rectangle } from 'electron';

/**
 * The app window. The page is treated as an untrusted web page: isolated context, OS sandbox, no
 * Node anywhere, no webviews, no middle-click windows (the remote module is gone since Electron 14). The options are written
 * out here as a literal so the security scan (electronegativity) can read them.
 */
export function createMainWindow(bounds: Rectangle, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Flowbench',
    backgroundColor: '#f7f8fa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  });
}
