import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { buildCli } from '../../../scripts/build-cli.ts';
import { fullMapping } from '../hubspot/helpers.ts';
import { cli, testFolder } from './capture.ts';

const cwd = process.cwd();

/** The page with its wrapped lines joined back: an option line is "  --name ..." up to the next one. */
async function page(argv: readonly string[]): Promise<string> {
  const run = await cli([...argv, '--help'], cwd);
  expect(run.code).toBe(0);
  return run.out.replace(/\n {6}/g, ' ');
}
const optionLine = (text: string, option: string) => text.split('\n').find((l) => l.startsWith(`  ${option} `));

describe('hubspot --help has an Options section that says what each option does', () => {
  it.each(['en', 'fr'] as const)('%s', async (lang) => {
    const text = await page(['hubspot', '--lang', lang]);
    expect(text).toContain(lang === 'fr' ? '\nOptions\u00a0:\n' : '\nOptions:\n');
    const workflow = optionLine(text, '--workflow id');
    expect(workflow).toContain(lang === 'fr' ? 'sans, le premier workflow du projet' : 'without it, the project’s first workflow');
    expect(workflow).toContain(lang === 'fr' ? 'check\u00a0: ne vérifie que ce workflow' : 'check: checks this workflow only');
    expect(optionLine(text, '--out flow.json')).toContain(lang === 'fr' ? 'sans, sur la sortie standard' : 'without it, to the standard output');
    expect(optionLine(text, lang === 'fr' ? '--sheet fiche.md' : '--sheet sheet.md')).toBeDefined();
  });

  it('export without --out writes the body alone on stdout (its warnings on stderr): it parses as JSON', async () => {
    const t = testFolder();
    const project = buildTemplate('nurturing', 'en');
    writeFileSync(join(t.dir, 'p.json'), saveProject({ ...project, hubspot: fullMapping(project) }));
    const run = await cli(['hubspot', 'export', 'p.json'], t.dir);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/^warning: /m);
    expect((JSON.parse(run.out) as { type?: unknown }).type).toBeDefined();
  });
});

describe('report --help documents every option and its bounds, as the checks apply them', () => {
  it.each(['en', 'fr'] as const)('%s', async (lang) => {
    const text = await page(['report', '--lang', lang]);
    for (const option of ['--generate N', '--days D', '--seed S', '--replications N', '--workers K']) expect(optionLine(text, option), option).toBeDefined();
    expect(optionLine(text, '--replications N')).toContain(lang === 'fr' ? '(1 à 200)' : '(1 to 200)');
  });

  it('the bound said is the one refused past: report 1 to 200, simulate and compare 1 to 1,000', async () => {
    expect(optionLine(await page(['simulate']), '--replications N')).toContain('(1 to 1,000)');
    // Its default now names A's runs first (the project's Runs field), then 50.
    expect(optionLine(await page(['compare']), '--replications N')).toContain('(1 to 1,000; default: A’s when it asks for more than one, else 50)');
    expect((await cli(['report', 'p.json', '--out', 'r.html', '--replications', '201'], cwd)).err).toContain('from 1 to 200,');
    expect((await cli(['simulate', 'p.json', '--replications', '1001'], cwd)).err).toContain('from 1 to 1,000,');
  });
});

describe('unknown commands get a "did you mean", as options do', () => {
  it.each([
    ['en', 'Unknown command: simulat. Did you mean simulate?'],
    ['fr', 'Commande inconnue\u00a0: simulat. Vouliez-vous dire simulate\u00a0?'],
  ] as const)('%s', async (lang, message) => {
    const run = await cli(['simulat', '--lang', lang], cwd);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')[0]).toBe(message);
  });

  it('and none when nothing is close', async () => {
    const run = await cli(['frobnicate'], cwd);
    expect(run.err.split('\n')[0]).toBe('Unknown command: frobnicate.');
  });
});

describe('--version prints package.json’s version', () => {
  const version = (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { version: string }).version;

  it.each(['--version', '-v'])('%s, from the sources', async (flag) => {
    const run = await cli([flag], cwd);
    expect(run).toEqual({ code: 0, out: `flowbench ${version}\n`, err: '' });
  });

  it('from the bundle, run by Node alone in a folder without package.json', async () => {
    const t = testFolder();
    const bundle = join(t.dir, 'flowbench.mjs');
    await buildCli(bundle);
    const run = spawnSync(process.execPath, [bundle, '--version'], { cwd: t.dir, encoding: 'utf8', timeout: 60_000 });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `flowbench ${version}\n`, '']);
  }, 90_000);
});
