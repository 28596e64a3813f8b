import { createContext, useContext } from 'react';
import { createBrowserPlatform } from './browser.ts';
import { createDesktopPlatform, desktopBridge } from './desktop.ts';
import type { Platform } from './types.ts';

export type { OpenedFile, Platform } from './types.ts';
export { createBrowserPlatform } from './browser.ts';
export { createDesktopPlatform, desktopBridge } from './desktop.ts';

/** The host's facade: the desktop bridge inside Electron, the browser one elsewhere, or a test's. */
export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  return useContext(PlatformContext) ?? fallback();
}

let host: Platform | null = null;
function fallback(): Platform {
  const bridge = desktopBridge();
  host ??= bridge ? createDesktopPlatform(bridge) : createBrowserPlatform();
  return host;
}
