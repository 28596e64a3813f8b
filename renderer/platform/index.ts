import { createContext, useContext } from 'react';
import { createBrowserPlatform } from './browser.ts';
import type { Platform } from './types.ts';

export type { OpenedFile, Platform } from './types.ts';
export { createBrowserPlatform } from './browser.ts';

/** The host's facade: the browser one unless a test or Electron provides another. */
export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  return useContext(PlatformContext) ?? fallback();
}

let browser: Platform | null = null;
function fallback(): Platform {
  browser ??= createBrowserPlatform();
  return browser;
}
