import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The type checker reads Electron's own definitions (electron/types/electron.d.ts, a verbatim
 * copy of the electron package's electron.d.ts; tsconfig maps `electron` to it). A copy, because
 * Electron is an optional dependency: without ELECTRON_SKIP_BINARY_DOWNLOAD and without network
 * its binary download fails and npm drops the whole package, definitions included, and the
 * typecheck must not depend on that.
 */
const VENDORED = 'electron/types/electron.d.ts';
const vendored = readFileSync(VENDORED, 'utf8');
const vendoredVersion = /^\/\/ Type definitions for Electron (\S+)$/m.exec(vendored)?.[1];
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string }> };
const installed = 'node_modules/electron/electron.d.ts';

describe("Electron's type definitions", () => {
  it('are those of the Electron version the lock file installs', () => {
    expect(vendoredVersion).toBe(lock.packages['node_modules/electron']?.version);
  });

  it.runIf(existsSync(installed))('are byte for byte the installed package’s (refresh: cp node_modules/electron/electron.d.ts electron/types/)', () => {
    expect(readFileSync(installed, 'utf8') === vendored).toBe(true);
  });

  it('make the checker refuse an option Electron removed (enableRemoteModule, gone in Electron 14)', () => {
    const dir = join('test-output', 'electron-types');
    mkdirSync(dir, { recursive: true });
    const snippet = join(dir, 'window.ts');
    writeFileSync(
      snippet,
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { sandbox: true, enableRemoteModule: false } });\n",
    );
    const program = ts.createProgram([snippet, VENDORED], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      skipLibCheck: true,
    });
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([expect.stringContaining("'enableRemoteModule' does not exist in type 'WebPreferences'")]);
  }, 60_000);
});
