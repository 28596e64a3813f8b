import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.ts';

/**
 * Launches the real desktop app with Playwright's Electron driver. Electron is an optional
 * dependency whose binary needs the internet to download: where it is missing, the test is
 * skipped and says so.
 */

const binary = electronBinary();
if (!binary) {
  console.warn('Electron smoke test skipped: the Electron binary is not installed (optional dependency; `npm install` with internet access downloads it).');
}

describe.skipIf(!binary)('Electron smoke test (real binary)', () => {
  it('opens the app in a secure window with the bridge and without Node', { timeout: 180_000 }, async () => {
    if (!existsSync('dist/index.html')) expect(spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status).toBe(0);
    expect(spawnSync('npx', ['tsx', 'scripts/build-electron.ts'], { stdio: 'inherit' }).status).toBe(0);
    const { _electron } = await import('playwright-core');
    const app = await _electron.launch({ executablePath: binary!, args: ['.', '--no-sandbox'] });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toBe('app://flowbench/index.html');
      expect(await page.evaluate(() => typeof (window as unknown as { flowbench?: { open?: unknown } }).flowbench?.open)).toBe('function');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
