import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli, nurturingFolder } from './capture.ts';

let dir = '';
beforeEach(() => {
  dir = nurturingFolder();
});

const SIM = ['simulate', 'p.json', '--generate', '30', '--days', '5'];

describe('simulate --json A --csv B writes both or neither', () => {
  it.each(['fr', 'en'] as const)('B in a folder that does not exist: A is not created, nothing is left behind (%s)', async (lang) => {
    const run = await cli([...SIM, '--json', 'a.json', '--csv', 'missing/b.csv', '--lang', lang], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(lang === 'fr' ? 'Impossible d’écrire missing/b.csv\u00a0: fichier ou dossier introuvable.' : 'Cannot write missing/b.csv: no such file or directory.');
    expect(run.err).toContain(lang === 'fr' ? 'Aucun fichier écrit' : 'No file written');
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['p.json']);
  });

  it.each(['fr', 'en'] as const)('B is a folder: an existing A keeps its bytes (%s)', async (lang) => {
    writeFileSync(join(dir, 'a.json'), 'previous run\n');
    mkdirSync(join(dir, 'b.csv'));
    const run = await cli([...SIM, '--json', 'a.json', '--csv', 'b.csv', '--lang', lang], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(lang === 'fr' ? 'Impossible d’écrire b.csv\u00a0: c’est un dossier.' : 'Cannot write b.csv: it is a directory.');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('previous run\n');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.csv', 'p.json']);
    expect(readdirSync(join(dir, 'b.csv'))).toEqual([]);
  });

  it('the same file for both outputs is refused before anything is written', async () => {
    const run = await cli([...SIM, '--json', 'x.out', '--csv', './x.out'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('./x.out is asked for two outputs');
    expect(existsSync(join(dir, 'x.out'))).toBe(false);
  });

  it('when both can be written, both are there, complete, with no temporary file left', async () => {
    writeFileSync(join(dir, 'a.json'), 'previous run\n');
    const run = await cli([...SIM, '--json', 'a.json', '--csv', 'b.csv'], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as { contacts: number }).contacts).toBe(30);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toMatch(/^\uFEFFContact ID,Name,Email,Workflow,/);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.csv', 'p.json']);
    expect(run.out).toContain(`Written: ${join(dir, 'a.json')}`);
    expect(run.out).toContain(`Written: ${join(dir, 'b.csv')}`);
  });
});
