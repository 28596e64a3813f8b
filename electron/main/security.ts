import type { Session, WebContents } from 'electron';

/** The app is served from this origin by the `app://` protocol handler (protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'flowbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

import { CONTENT_SECURITY_POLICY } from '../shared/csp.ts';

export { CONTENT_SECURITY_POLICY };

/** Schemes a request may use: the app's own files and in-memory data. Everything else is refused. */
export function isAllowedRequest(url: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN) return true;
  return url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}

/** Refuses every non-local request and every permission at the session level. */
export function installSessionGuards(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No navigation away from the app, no new windows, no webviews. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
