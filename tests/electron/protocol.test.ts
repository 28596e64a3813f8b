import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Protocol } from 'electron';
import { registerAppProtocol, resolveAppFile } from '../../electron/main/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security.ts';
import { protocol } from './fake-electron.ts';

describe('app:// protocol', () => {
  const root = '/opt/flowbench/dist';

  it('maps app URLs into the built renderer', () => {
    expect(resolveAppFile(root, 'app://flowbench/')).toBe('/opt/flowbench/dist/index.html');
    expect(resolveAppFile(root, 'app://flowbench/assets/index-abc.js')).toBe('/opt/flowbench/dist/assets/index-abc.js');
  });

  it.each(['app://flowbench/../../etc/passwd', 'app://flowbench/%2e%2e/%2e%2e/etc/passwd', 'app://flowbench/assets/..%2f..%2f..%2fetc/passwd'])(
    'never resolves %s outside the renderer folder',
    (url) => {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(`${root}/`)).toBe(true);
      expect(file).not.toBe('/etc/passwd');
    },
  );

  it.each([
    'app://flowbench/..%2f..%2fetc/passwd',
    'app://other/index.html',
    'https://flowbench/index.html',
    'app://flowbench/a%00b',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('serves files with the CSP and refuses what is outside', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flowbench-dist-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Flowbench</title>');
    registerAppProtocol(protocol as unknown as Protocol, dir);
    const handler = protocol.handlers.get('app')!;
    const ok = await handler(new Request('app://flowbench/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Type')).toContain('text/html');
    expect(ok.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('Flowbench');
    expect((await handler(new Request('app://flowbench/missing.js'))).status).toBe(404);
  });
});
