import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/save.ts';
import { runStudy } from '../../../engine/study/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { cli, tempDir } from '../cli/capture.ts';
import { splitContacts, splitProject } from './split-project.ts';

/**
 * `flowbench simulate --replications` and `flowbench compare` on worker threads
 * (engine/cli/workers/): the same numbers whatever the number of workers, and the same as a
 * study in one thread; a variant identical to A differs by zero; bad options are named.
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);
const write = (name: string, percent: number) => {
  const project = { ...splitProject(percent), contacts: splitContacts(150) };
  writeFileSync(join(dir, name), saveProject(project));
  return project;
};
const a = write('a.json', 50);
write('same.json', 50);
write('b.json', 60);
{
  const longer = splitProject(50);
  writeFileSync(join(dir, 'longer.json'), saveProject({ ...longer, contacts: splitContacts(150), simulation: { ...longer.simulation, horizonDays: 9 } }));
}

describe('simulate --replications', () => {
  it('1 and 2 workers write the same JSON, equal to a study run in one thread', async () => {
    const one = await cli(['simulate', 'a.json', '--replications', '20', '--workers', '1', '--json', 'one.json', '--csv', 'one.csv', '--lang', 'fr'], dir);
    const two = await cli(['simulate', 'a.json', '--replications', '20', '--workers', '2', '--json', 'two.json', '--lang', 'fr'], dir);
    expect([one.code, two.code, one.err, two.err]).toEqual([0, 0, '', '']);
    const json = readFileSync(join(dir, 'two.json'), 'utf8');
    const fromOne = JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')) as { counts: { key: string; study: { mean: number[]; low: number[]; high: number[] } }[] };
    expect(JSON.parse(json).counts).toEqual(fromOne.counts);
    const study = runStudy(a, a.contacts, { replications: 20 });
    const k = study.layout.cells.findIndex((c) => c.key === 'step|split|to-a|entered');
    const row = fromOne.counts.find((c) => c.key === 'step|split|to-a|entered')!;
    const last = (study.summary.days - 1) * study.layout.cells.length + k;
    expect([row.study.mean.at(-1), row.study.low.at(-1), row.study.high.at(-1)]).toEqual([study.summary.mean[last], study.summary.lo[last], study.summary.hi[last]]);
    // The report prints it with French number formats; the CSV is French Excel's.
    const mean = study.summary.mean[last]!.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    expect(one.out).toContain(`(to-a)\u00a0: entrés\u00a0: ${mean} (${study.summary.lo[last]}–${study.summary.hi[last]})`);
    const csv = readFileSync(join(dir, 'one.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFJour;Type;Workflow;')).toBe(true);
    // One study: its three columns in French alone (the header said 'study moyenne;study bas 90 %').
    expect(csv.split('\r\n')[0]).toBe('\uFEFFJour;Type;Workflow;Objet;Mesure;Libellé;moyenne;bas 90 %;haut 90 %');
  }, 60_000);

  it('prints the programme map’s links under their own heading, each with its interval (the study’s, in one thread)', async () => {
    const project = buildTemplate('lifecycle', 'en');
    const contacts = generateContacts(project, 300, 6);
    writeFileSync(join(dir, 'lifecycle.json'), saveProject({ ...project, contacts, simulation: { ...project.simulation, horizonDays: 60 } }));
    const run = await cli(['simulate', 'lifecycle.json', '--replications', '8', '--workers', '1', '--lang', 'en'], dir);
    expect([run.code, run.err]).toEqual([0, '']);
    const study = runStudy({ ...project, simulation: { ...project.simulation, horizonDays: 60 } }, contacts, { replications: 8 });
    const C = study.layout.cells.length;
    const links = study.layout.cells.flatMap((c, k) => (c.kind === 'programme' ? [k] : []));
    expect(links).toHaveLength(2);
    const after = run.out.slice(run.out.indexOf('\nLinks between workflows (programme map)\n'));
    expect(after.length).toBeLessThan(run.out.length);
    const at = (k: number) => (study.summary.days - 1) * C + k;
    // "Link Lifecycle 1 … -> Lifecycle 2 …, via Stage “Lead” (trigger): 12.4 (9–15)"
    const first = at(links[0]!);
    const [from, to] = [project.workflows[0]!.name, project.workflows[1]!.name];
    const mean = study.summary.mean[first]!.toLocaleString('en-GB', { maximumFractionDigits: 1 });
    expect(study.summary.mean[first]).toBeGreaterThan(0);
    expect(after).toContain(`Link ${from} -> ${to}, via Stage “Lead” (trigger): ${mean} (${study.summary.lo[first]}–${study.summary.hi[first]})`);
  }, 60_000);

  it('names a bad option, in both languages', async () => {
    const fr = await cli(['simulate', 'a.json', '--replications', '0', '--lang', 'fr'], dir);
    expect(fr.code).toBe(2);
    expect(fr.err).toContain('--replications 0\u00a0: attendu le nombre de tirages, un nombre entier de 1 à 1\u202f000');
    const en = await cli(['simulate', 'a.json', '--replications', '5', '--workers', '0'], dir);
    expect(en.code).toBe(2);
    expect(en.err).toContain('--workers 0');
  });
});

describe('compare', () => {
  it('a variant identical to A: zero difference on every count', async () => {
    const run = await cli(['compare', 'a.json', 'same.json', '--replications', '19', '--workers', '2'], dir);
    expect(run.code).toBe(0);
    const rows = run.out.split('\n').filter((l) => l.startsWith('  ') && l.includes(' B − A '));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row).toMatch(/B − A 0 \(0 to 0\): the same in every run$/);
    expect(run.out).toContain('Clear differences (the interval of B − A excludes 0): 0.');
  }, 60_000);

  it('60/40 against 50/50: B sends more contacts to list A, in words', async () => {
    const run = await cli(['compare', 'a.json', 'b.json', '--replications', '19', '--lang', 'fr', '--csv', 'c.csv'], dir);
    expect(run.code).toBe(0);
    const row = run.out.split('\n').find((l) => l.includes('(to-a)') && l.includes('entrés'))!;
    expect(row).toMatch(/B en compte [\d,]+ de plus au jour 2 \(intervalle \d+ à \d+\)$/);
    expect(readFileSync(join(dir, 'c.csv'), 'utf8').split('\r\n')[0]).toContain('B-A moyenne;B-A bas 90 %;B-A haut 90 %');
    // B runs over A's days whatever its own horizon: every count lines up, nothing differs.
    const longer = await cli(['compare', 'a.json', 'longer.json', '--replications', '5'], dir);
    expect(longer.out).toContain('end of day 2.');
    expect(longer.out).toContain('Clear differences (the interval of B − A excludes 0): 0.');
    const wrong = await cli(['compare', 'a.json'], dir);
    expect(wrong.err).toContain('Two projects to compare, A then B: flowbench compare a.json b.json (got 1).');
  }, 60_000);
});
