import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { fullMapping } from '../hubspot/helpers.ts';
import { cli, testFolder } from './capture.ts';

function dir(): string {
  const t = testFolder();
  const project = buildTemplate('nurturing', 'en');
  writeFileSync(join(t.dir, 'p.json'), saveProject({ ...project, hubspot: fullMapping(project) }));
  return t.dir;
}

const READ = { fr: 'Impossible de lire\u00a0: aucun nom de fichier n’est donné (le chemin est vide).\n', en: 'Cannot read: no file name given (the path is empty).\n' };
const WRITE = { fr: 'Impossible d’écrire\u00a0: aucun nom de fichier n’est donné (le chemin est vide).\n', en: 'Cannot write: no file name given (the path is empty).\n' };

describe("an empty path ('') is told it names no file, not that it is a directory", () => {
  it.each(['fr', 'en'] as const)('reading: validate, simulate, report (%s)', async (lang) => {
    const cwd = dir();
    for (const argv of [['validate', ''], ['simulate', ''], ['report', '', '--out', 'r.html']]) {
      const run = await cli([...argv, '--lang', lang], cwd);
      expect(run.code).toBe(2);
      expect(run.err).toBe(READ[lang]);
    }
  });

  it.each(['fr', 'en'] as const)('writing: template, hubspot import (%s)', async (lang) => {
    const cwd = dir();
    expect((await cli(['hubspot', 'export', 'p.json', '--workflow', 'wf-nurturing', '--out', 'flow.json'], cwd)).code).toBe(0);
    for (const argv of [['template', 'nurturing', ''], ['hubspot', 'import', 'flow.json', '']]) {
      const run = await cli([...argv, '--lang', lang], cwd);
      expect(run.code).toBe(2);
      expect(run.err).toBe(WRITE[lang]);
    }
  });
});
