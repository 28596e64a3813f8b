import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built web app (`npm test` builds it before the end-to-end tests). elkjs is 1.4 MB: it
 * ships once, in the layout worker. Before, the page's fallback for environments without
 * workers (jsdom) pulled a second copy into a chunk of its own.
 */
describe('the built app', () => {
  it('carries elkjs once, in the layout worker', () => {
    const assets = join('dist', 'assets');
    const withElk = readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('org.eclipse.elk'));
    expect(withElk).toHaveLength(1);
    expect(withElk[0]).toMatch(/^layout\.worker-/);
  });
});
