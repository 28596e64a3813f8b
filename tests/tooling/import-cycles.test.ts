import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles } from './import-cycles.ts';

// No import circle anywhere in engine/ (issue #19). The check is proved to bite on fixtures.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('import circles', () => {
  it('there is none in engine/', () => {
    expect(importCycles(here('../../engine'))).toEqual([]);
  });

  it('the check finds a circle of three files', () => {
    expect(importCycles(here('./fixtures/cycle'))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('the check leaves out type-only imports, erased at run time', () => {
    expect(importCycles(here('./fixtures/no-cycle'))).toEqual([]);
  });
});
