import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli, nurturingFolder } from './capture.ts';

/** `simulate --contacts`: rows left out are counted after their messages; a file with none usable runs nothing. */

let dir = '';
beforeEach(() => {
  dir = nurturingFolder();
});

const csv = (name: string, rows: readonly string[]) => writeFileSync(join(dir, name), `Email\n${rows.join('\n')}\n`);
const good = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `c${from + i}@example.com`);
const bad = (n: number) => Array.from({ length: n }, (_, i) => `not-an-address-${i}`);
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('a contacts file with no usable row', () => {
  it.each(['fr', 'en'] as const)('exit 2 after the rows’ messages: nothing run, nothing written (%s)', async (lang) => {
    csv('c.csv', bad(3));
    const run = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--days', '3', '--json', 'out.json', '--csv', 'out.csv', '--lang', lang], dir);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    const err = lines(run.err);
    expect(err).toHaveLength(4);
    expect(err[0]).toContain(lang === 'fr' ? 'c.csv, ligne 2\u00a0: ' : 'c.csv, line 2: ');
    expect(err[2]).toContain(lang === 'fr' ? 'c.csv, ligne 4\u00a0: ' : 'c.csv, line 4: ');
    expect(err[3]).toBe(
      lang === 'fr'
        ? 'c.csv\u00a0: aucun contact utilisable, les 3 lignes sont écartées (voir ci-dessus). Rien n’a été simulé ni écrit.'
        : 'c.csv: no usable contact, all its 3 rows were left out (see above). Nothing was run or written.',
    );
    expect(readdirSync(dir).sort()).toEqual(['c.csv', 'p.json']);
  });

  it.each(['fr', 'en'] as const)('a file of one bad row says its only row (%s)', async (lang) => {
    csv('c.csv', bad(1));
    const run = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--lang', lang], dir);
    expect(run.code).toBe(2);
    expect(lines(run.err).at(-1)).toBe(
      lang === 'fr'
        ? 'c.csv\u00a0: aucun contact utilisable, la seule ligne est écartée (voir ci-dessus). Rien n’a été simulé ni écrit.'
        : 'c.csv: no usable contact, its only row was left out (see above). Nothing was run or written.',
    );
  });
});

describe('a contacts file with some rows left out', () => {
  it.each([
    ['fr', 2, 3, '2 lignes sur 5 écartées (voir ci-dessus)\u00a0; la simulation porte sur les 3 autres.'],
    ['en', 2, 3, '2 rows out of 5 left out (see above); the simulation runs on the other 3.'],
    ['fr', 1, 4, '1 ligne sur 5 écartée (voir ci-dessus)\u00a0; la simulation porte sur les 4 autres.'],
    ['en', 1, 4, '1 row out of 5 left out (see above); the simulation runs on the other 4.'],
    ['fr', 3, 1, '3 lignes sur 4 écartées (voir ci-dessus)\u00a0; la simulation porte sur la seule restante.'],
    ['en', 3, 1, '3 rows out of 4 left out (see above); the simulation runs on the remaining one.'],
  ] as const)('%s, %i bad and %i good rows: one line after the rows’ messages says how many of how many', async (lang, badRows, goodRows, expected) => {
    csv('c.csv', [...bad(badRows), ...good(goodRows)]);
    const run = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--days', '3', '--lang', lang], dir);
    expect(run.code).toBe(0);
    const err = lines(run.err);
    expect(err).toHaveLength(badRows + 1);
    expect(err.at(-1)).toBe(expected);
    expect(run.out).toContain(`${goodRows} contact`);
  });

  it.each([
    ['fr', '… et 990 autres lignes écartées.', '1\u202f000 lignes sur 2\u202f500 écartées (voir ci-dessus)\u00a0; la simulation porte sur les 1\u202f500 autres.'],
    ['en', '… and 990 more rows left out.', '1,000 rows out of 2,500 left out (see above); the simulation runs on the other 1,500.'],
  ] as const)('numbers in the locale’s format (%s)', async (lang, more, expected) => {
    csv('c.csv', [...bad(1000), ...good(1500)]);
    const run = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--days', '1', '--lang', lang], dir);
    expect(run.code).toBe(0);
    const err = lines(run.err);
    expect(err).toHaveLength(12);
    expect(err[10]).toBe(more);
    expect(err[11]).toBe(expected);
  });

  it.each([
    ['fr', '… et 1 autre ligne écartée.'],
    ['en', '… and 1 more row left out.'],
  ] as const)('one row beyond the ten shown is in the singular (%s)', async (lang, more) => {
    csv('c.csv', [...bad(11), ...good(2)]);
    const run = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--days', '1', '--lang', lang], dir);
    expect(lines(run.err)[10]).toBe(more);
  });
});
