import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built web app (`npm test` builds it before the end-to-end tests). elkjs is 1.4 MB.
 *
 * Re-pinned (session 4): it used to ship once, inlined in the layout worker. The programme map
 * and the report now lay out in the page too, and the simulator and expectations workers import
 * the programme code, which put a copy in the page's first chunk and in every worker (4 copies,
 * index 3.1 MB). ELK is now loaded on first use (`elkEngine()` imports it), so it sits in its own
 * chunk: one for the workers' build, one for the page's, each fetched only when a layout is
 * drawn. The page and the workers themselves must never inline it.
 */
describe('the built app', () => {
  it('keeps elkjs out of the page and the workers, in at most two chunks loaded on use', () => {
    const assets = join('dist', 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const withElk = scripts.filter((f) => readFileSync(join(assets, f), 'utf8').includes('org.eclipse.elk'));
    expect(withElk.length).toBeGreaterThanOrEqual(1);
    expect(withElk.length).toBeLessThanOrEqual(2);
    for (const file of withElk) expect(file).toMatch(/^elk\.bundled-/);
    const entries = scripts.filter((f) => /^(index|layout\.worker|sim\.worker|expect\.worker|whatif\.worker|csv\.worker)-/.test(f));
    expect(entries.length).toBeGreaterThanOrEqual(6);
    // The layout worker reaches ELK through its lazy chunk, not by carrying it.
    const layoutWorker = readFileSync(join(assets, scripts.find((f) => f.startsWith('layout.worker-'))!), 'utf8');
    expect(layoutWorker).toMatch(/import\(["'`][^"'`]*elk\.bundled-[^"'`]+\.js["'`]\)/);
  });
});
