import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built web app (`npm test` builds it before the end-to-end tests). elkjs is 1.4 MB.
 *
 * Re-pinned twice. Session 4: the programme map and the report laid out in the page, which put
 * ELK in the page's first chunk and in every worker; ELK became a lazy chunk, one for the page's
 * build and one for the workers'. Session 5: everything that draws takes an `ElkLayout` and the
 * app passes its layout worker's (renderer/canvas/layoutClient.ts), so only the layout worker
 * references ELK: one chunk, loaded by that worker alone. The page and the other workers neither
 * carry it nor name it.
 */
describe('the built app', () => {
  it('ships elkjs once, in a chunk only the layout worker loads', () => {
    const assets = join('dist', 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const withElk = scripts.filter((f) => readFileSync(join(assets, f), 'utf8').includes('org.eclipse.elk'));
    expect(withElk).toHaveLength(1);
    expect(withElk[0]).toMatch(/^elk\.bundled-/);
    const entries = scripts.filter((f) => /^(index|layout\.worker|sim\.worker|expect\.worker|whatif\.worker|csv\.worker)-/.test(f));
    expect(entries.length).toBeGreaterThanOrEqual(6);
    const naming = scripts.filter((f) => f !== withElk[0] && readFileSync(join(assets, f), 'utf8').includes(withElk[0]!));
    expect(naming).toHaveLength(1);
    expect(naming[0]).toMatch(/^layout\.worker-/);
  });
});
