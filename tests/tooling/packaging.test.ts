import { readFileSync } from 'node:fs';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

/** The packaging config as electron-builder reads and validates it (a misspelt key fails its schema). */
async function packagingConfig(): Promise<Configuration> {
  const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('the desktop package', () => {
  it('flips the Electron fuses that close the ways around the app’s own code', async () => {
    const config = await packagingConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  }, 60_000);

  it('packs only built output, and no build tool among the dependencies it copies', async () => {
    const config = await packagingConfig();
    expect(config.files).toEqual([{ filter: ['dist/**/*', 'dist-electron/**/*', 'assets/icon.png', 'package.json', '!**/*.map'] }]);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; bin: Record<string, string> };
    // electron-builder copies the production dependencies into the package.
    for (const tool of ['tsx', 'esbuild', 'typescript', 'vite', 'electron-builder']) expect(pkg.dependencies).not.toHaveProperty(tool);
    expect(pkg.bin.flowbench).toBe('dist-cli/flowbench.mjs');
  }, 60_000);
});
