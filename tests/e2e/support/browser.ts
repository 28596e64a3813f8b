import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join('test-output', 'screenshots');

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile (so IndexedDB starts empty), offline-friendly flags. */
export async function openChromium(options: { locale?: string; width?: number; height?: number } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'flowbench-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: options.locale ?? 'fr-FR',
    acceptDownloads: true,
    // Pans and zooms happen at once (the app honours reduced motion): no animation can be cut
    // half-way by another move, which left a fit's promise pending forever (CI, stop 22).
    reducedMotion: 'reduce',
  });
  // Playwright's waits (waitFor, click, waitForSelector...) give up after 30 s by default; a loaded
  // machine took 13 s to generate 10,000 contacts, so the bound is doubled. No test waits on time.
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
