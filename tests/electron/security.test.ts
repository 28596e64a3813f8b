import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  guardWebContents,
  installSessionGuards,
  isAllowedRequest,
} from '../../electron/main/security.ts';
import type { Session, WebContents } from 'electron';
import { FakeWebContents, createFakeSession, type BrowserWindow as FakeWindow } from './fake-electron.ts';
import { createMainWindow } from '../../electron/main/window.ts';

describe('window security options', () => {
  it('isolates the page: context isolation, sandbox, no Node anywhere', () => {
    const window = createMainWindow({ x: 0, y: 0, width: 1200, height: 800 }, '/app/preload.cjs') as unknown as FakeWindow;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    });
    expect(prefs.preload).toBe('/app/preload.cjs');
    // Removed in Electron 14: Electron's own types refuse it (tests/tooling/electron-types.test.ts).
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });
});

describe('network guard', () => {
  it.each([
    ['https://example.com/x.js', false],
    ['http://127.0.0.1:8080/', false],
    ['ws://localhost/', false],
    ['file:///etc/passwd', false],
    ['app://evil/index.html', false],
    [`${APP_ORIGIN}/index.html`, true],
    [`${APP_ORIGIN}/assets/app.js`, true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://flowbench/123', true],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedRequest(url)).toBe(allowed);
  });

  it('cancels remote requests at the session level and denies every permission', () => {
    const session = createFakeSession();
    installSessionGuards(session as unknown as Session);
    const decisions: boolean[] = [];
    session.beforeRequest!({ url: 'https://tracker.example/pixel.gif' }, (r) => decisions.push(r.cancel));
    session.beforeRequest!({ url: `${APP_ORIGIN}/index.html` }, (r) => decisions.push(r.cancel));
    expect(decisions).toEqual([true, false]);

    let granted: boolean | null = null;
    session.permissionRequest!({}, 'geolocation', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(session.permissionCheck!()).toBe(false);
  });

  it('adds the strict CSP to every response', () => {
    const session = createFakeSession();
    installSessionGuards(session as unknown as Session);
    let headers: Record<string, string[]> = {};
    session.headersReceived!({ url: `${APP_ORIGIN}/`, responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('navigation guard', () => {
  function guarded() {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents);
    return contents;
  }
  const navigate = (contents: FakeWebContents, event: string, url: string) => {
    let prevented = false;
    contents.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  };

  it('blocks navigation and redirects away from the app', () => {
    const contents = guarded();
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
