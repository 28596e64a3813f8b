import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { cli, tempDir } from './capture.ts';

/**
 * An output that is also an input would destroy what was read (the project replaced by the
 * results, with exit 0): every command that writes files refuses it, exit 2, before anything is
 * run or written, whatever the spelling of the path (./a.json, a symlink, a hard link).
 */

let dir = '';
let cleanup = () => {};
const PROJECT = saveProject(buildTemplate('nurturing', 'en'));
const CONTACTS = 'Email\nada@example.com\nlin@example.com\n';

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'victim.json'), PROJECT);
  writeFileSync(join(dir, 'other.json'), PROJECT);
  writeFileSync(join(dir, 'c.csv'), CONTACTS);
});
afterEach(() => cleanup());

/** The folder as the test left it before the command: the inputs byte for byte, and no other file. */
function expectUntouched(extra: readonly string[] = []): void {
  expect(readFileSync(join(dir, 'victim.json'), 'utf8')).toBe(PROJECT);
  expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe(PROJECT);
  expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toBe(CONTACTS);
  expect(readdirSync(dir).sort()).toEqual(['c.csv', 'other.json', 'victim.json', ...extra].sort());
}

const SIM = ['--generate', '30', '--days', '3'];

describe('an output on an input file is refused, and nothing is written', () => {
  it.each(['fr', 'en'] as const)('simulate --json over the project: exit 2, the project keeps its bytes, said in the user’s language (%s)', async (lang) => {
    const run = await cli(['simulate', 'victim.json', ...SIM, '--json', 'victim.json', '--lang', lang], dir);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      lang === 'fr'
        ? '--json victim.json est aussi le projet lu\u00a0: choisissez un autre fichier de sortie (rien n’a été écrit).\n'
        : '--json victim.json is also the project read: choose another output file (nothing was written).\n',
    );
    expectUntouched();
  });

  it('simulate: ./victim.json, a symlink and a hard link are the same file as victim.json', async () => {
    symlinkSync('victim.json', join(dir, 'link.json'));
    linkSync(join(dir, 'victim.json'), join(dir, 'hard.json'));
    for (const [project, output] of [['victim.json', './victim.json'], ['./victim.json', 'link.json'], ['victim.json', 'hard.json'], [join(dir, 'victim.json'), 'victim.json']]) {
      const run = await cli(['simulate', project!, ...SIM, '--json', output!], dir);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`--json ${output} is also the project read`);
    }
    expectUntouched(['link.json', 'hard.json']);
  });

  it('simulate --csv over the --contacts file', async () => {
    const run = await cli(['simulate', 'victim.json', '--contacts', 'c.csv', '--days', '3', '--json', 'out.json', '--csv', './c.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe('--csv ./c.csv is also the contacts file read: choose another output file (nothing was written).\n');
    expectUntouched();
  });

  it('simulate --replications and a split run check before they start', async () => {
    const study = await cli(['simulate', 'victim.json', ...SIM, '--replications', '2', '--workers', '1', '--csv', 'victim.json'], dir);
    expect(study.code).toBe(2);
    expect(study.err).toContain('--csv victim.json is also the project read');
    const split = await cli(['simulate', 'victim.json', ...SIM, '--workers', '2', '--json', 'victim.json'], dir);
    expect(split.code).toBe(2);
    expect(split.err).toContain('--json victim.json is also the project read');
    expectUntouched();
  });

  it.each(['fr', 'en'] as const)('report --out over the project (%s)', async (lang) => {
    const run = await cli(['report', 'victim.json', '--out', 'victim.json', ...SIM, '--lang', lang], dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      lang === 'fr'
        ? '--out victim.json est aussi le projet lu\u00a0: choisissez un autre fichier de sortie (rien n’a été écrit).\n'
        : '--out victim.json is also the project read: choose another output file (nothing was written).\n',
    );
    expectUntouched();
  });

  it.each(['fr', 'en'] as const)('compare --json over A, --csv over B (%s)', async (lang) => {
    const overA = await cli(['compare', 'victim.json', 'other.json', ...SIM, '--replications', '2', '--workers', '1', '--json', 'victim.json', '--lang', lang], dir);
    expect(overA.code).toBe(2);
    expect(overA.err).toBe(
      lang === 'fr'
        ? '--json victim.json est aussi le projet A lu\u00a0: choisissez un autre fichier de sortie (rien n’a été écrit).\n'
        : '--json victim.json is also project A, read for the comparison: choose another output file (nothing was written).\n',
    );
    const overB = await cli(['compare', 'victim.json', 'other.json', ...SIM, '--replications', '2', '--workers', '1', '--json', 'out.json', '--csv', 'other.json', '--lang', lang], dir);
    expect(overB.code).toBe(2);
    expect(overB.err).toContain(lang === 'fr' ? '--csv other.json est aussi le projet B lu' : '--csv other.json is also project B, read for the comparison');
    expectUntouched();
  });

  it('hubspot export --out or --sheet over the project', async () => {
    for (const option of ['--out', '--sheet']) {
      const run = await cli(['hubspot', 'export', 'victim.json', option, './victim.json'], dir);
      expect(run.code).toBe(2);
      expect(run.err).toBe(`${option} ./victim.json is also the project read: choose another output file (nothing was written).\n`);
    }
    expectUntouched();
  });

  it.each(['fr', 'en'] as const)('hubspot import onto the flow it reads (%s)', async (lang) => {
    const run = await cli(['hubspot', 'import', 'victim.json', 'victim.json', '--lang', lang], dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      lang === 'fr'
        ? 'victim.json est aussi le workflow HubSpot lu\u00a0: choisissez un autre fichier de sortie (rien n’a été écrit).\n'
        : 'victim.json is also the HubSpot workflow read: choose another output file (nothing was written).\n',
    );
    expectUntouched();
  });
});

describe('two outputs on one file are one file however the path is written', () => {
  it('a new file reached through a symlinked folder is the same as its plain path', async () => {
    mkdirSync(join(dir, 'out'));
    symlinkSync('out', join(dir, 'alias'));
    const run = await cli(['simulate', 'victim.json', ...SIM, '--json', 'out/x.json', '--csv', 'alias/x.json', '--lang', 'fr'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe('alias/x.json est demandé pour deux sorties (--json out/x.json, --csv alias/x.json)\u00a0: donnez deux fichiers différents (rien n’a été écrit).\n');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
});
