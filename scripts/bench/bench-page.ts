import type { Page } from 'playwright-core';
import { openChromium, type Session } from '../../tests/e2e/support/browser.ts';

/**
 * Chromium on a page of the served app, for the browser benchmarks. tsx keeps function names with
 * an `__name` helper that page.evaluate'd code would miss, so the page gets a no-op one.
 */
export async function openBenchPage(url: string): Promise<Session & { page: Page }> {
  const session = await openChromium();
  await session.context.addInitScript('globalThis.__name = (f) => f');
  session.page.on('pageerror', (e) => console.error('page error:', e.message));
  await session.page.goto(url);
  return session;
}
