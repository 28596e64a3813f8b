import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, EMPTY_HUBSPOT_MAPPING, saveProject } from '../../../engine/index.ts';
import { fullMapping } from '../hubspot/helpers.ts';
import { cli, testFolder } from './capture.ts';

function dir(): string {
  const t = testFolder();
  const project = buildTemplate('nurturing', 'en');
  writeFileSync(join(t.dir, 'p.json'), saveProject({ ...project, hubspot: fullMapping(project) }));
  writeFileSync(join(t.dir, 'life.json'), saveProject({ ...buildTemplate('lifecycle', 'en'), hubspot: EMPTY_HUBSPOT_MAPPING }));
  return t.dir;
}

/** Each mistake: what the first line must say (FR, EN); the second line is the usage. */
const CASES: readonly { argv: readonly string[]; fr: string; en: string }[] = [
  { argv: ['hubspot'], fr: 'Quelle opération\u00a0? hubspot prend export, check ou import.', en: 'Which operation? hubspot takes export, check or import.' },
  { argv: ['hubspot', 'frob'], fr: 'Sous-commande inconnue\u00a0: frob. hubspot prend export, check ou import.', en: 'Unknown subcommand: frob. hubspot takes export, check or import.' },
  { argv: ['hubspot', 'exprot', 'p.json'], fr: 'Sous-commande inconnue\u00a0: exprot. Vouliez-vous dire export\u00a0?', en: 'Unknown subcommand: exprot. Did you mean export?' },
  { argv: ['hubspot', 'export'], fr: 'Quel projet\u00a0? Écrivez\u00a0: flowbench hubspot export <projet>.', en: 'Which project? Write: flowbench hubspot export <project>.' },
  { argv: ['hubspot', 'check'], fr: 'Quel projet\u00a0? Écrivez\u00a0: flowbench hubspot check <projet>.', en: 'Which project? Write: flowbench hubspot check <project>.' },
  { argv: ['hubspot', 'import'], fr: 'Quel workflow HubSpot importer\u00a0?', en: 'Which HubSpot workflow to import?' },
  { argv: ['hubspot', 'import', 'flow.json'], fr: 'Où écrire le projet importé\u00a0? Ajoutez le fichier de sortie\u00a0: flowbench hubspot import flow.json <sortie.flowbench.json>.', en: 'Where to write the imported project? Add the output file: flowbench hubspot import flow.json <out.flowbench.json>.' },
  { argv: ['hubspot', 'check', 'a.json', 'b.json'], fr: 'Argument en trop\u00a0: b.json.', en: 'Unexpected argument: b.json.' },
  { argv: ['hubspot', 'import', 'flow.json', 'y.json', '--out', 'z.json'], fr: '--out\u00a0: option inutile pour hubspot import (le projet importé s’écrit dans le fichier donné en second argument).', en: '--out: not used by hubspot import (the imported project is written to the file given as its second argument).' },
  { argv: ['hubspot', 'check', 'p.json', '--sheet', 's.md'], fr: '--sheet\u00a0: option inutile pour hubspot check (elle prend --workflow).', en: '--sheet: not used by hubspot check (it takes --workflow).' },
  { argv: ['template'], fr: 'Quel modèle\u00a0? Modèles\u00a0: nurturing,', en: 'Which template? Templates: nurturing,' },
  { argv: ['template', 'nurturing'], fr: 'Où écrire le projet\u00a0? Ajoutez le fichier de sortie\u00a0: flowbench template nurturing <sortie.json>.', en: 'Where to write the project? Add the output file: flowbench template nurturing <out.json>.' },
  { argv: ['template', 'nurturing', 'a.json', 'b.json'], fr: 'Argument en trop\u00a0: b.json.', en: 'Unexpected argument: b.json.' },
];

describe('hubspot and template say what is wrong with the command line, then the usage', () => {
  it.each(CASES.flatMap((c) => (['fr', 'en'] as const).map((lang) => [c.argv.join(' '), lang, c] as const)))('%s (%s)', async (_, lang, c) => {
    const run = await cli([...c.argv, '--lang', lang], dir());
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    const [first, second, ...rest] = run.err.split('\n');
    expect(first).toContain(lang === 'fr' ? c.fr : c.en);
    expect(second).toMatch(lang === 'fr' ? new RegExp(`^Utilisation\u00a0: flowbench ${c.argv[0]} `) : new RegExp(`^Usage: flowbench ${c.argv[0]} `));
    expect(rest.join('')).toBe('');
  });

  it('import refuses --out before reading or writing anything', async () => {
    const cwd = dir();
    expect((await cli(['hubspot', 'export', 'p.json', '--workflow', 'wf-nurturing', '--out', 'flow.json'], cwd)).code).toBe(0);
    const run = await cli(['hubspot', 'import', 'flow.json', 'y.json', '--out', 'z.json'], cwd);
    expect(run.code).toBe(2);
    expect(existsSync(join(cwd, 'y.json'))).toBe(false);
    expect(existsSync(join(cwd, 'z.json'))).toBe(false);
  });
});

describe('hubspot check --workflow checks that workflow only', () => {
  it('lists the problems of the workflow named, none of the others', async () => {
    const cwd = dir();
    const all = await cli(['hubspot', 'check', 'life.json'], cwd);
    const one = await cli(['hubspot', 'check', 'life.json', '--workflow', 'wf-lifecycle-lead'], cwd);
    expect(all.code).toBe(1);
    expect(one.code).toBe(1);
    const named = (text: string) => new Set(text.split('\n').filter((l) => /^(blocking|warning|info): /.test(l)).map((l) => l.split(': ')[1]!.replace(/ \[.*$/, '')));
    const lead = buildTemplate('lifecycle', 'en').workflows.find((w) => w.id === 'wf-lifecycle-lead')!.name;
    expect(named(all.err + all.out).size).toBeGreaterThan(1);
    expect([...named(one.err + one.out)]).toEqual([lead]);
  });

  it('an unknown workflow is named, with the project’s workflows, exit 2', async () => {
    const run = await cli(['hubspot', 'check', 'p.json', '--workflow', 'nope'], dir());
    expect(run.code).toBe(2);
    expect(run.err).toBe('No workflow "nope". Workflows: wf-nurturing.\n');
  });
});
