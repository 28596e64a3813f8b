import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { cli, tempDir } from './capture.ts';
import { SPLIT_FROM, splitWorkers } from '../../../engine/cli/commands/simulate-split.ts';
import { POOL_FROM, replicationWorkers } from '../../../engine/cli/commands/study-options.ts';
import { splitProject } from '../study/split-project.ts';

/**
 * The cleanup template with its trigger replaced by two text filters: company is Acme AND job
 * title contains CEO. Text properties do not move during a run, so who meets the trigger is
 * known by hand from the CSV below:
 *   ada  Acme  CEO  -> enrolled
 *   bob  Beta  CEO  -> company fails
 *   cy   Beta  Dev  -> company and job title fail
 *   dee  Gamma CEO  -> company fails
 * Not enrolled 3, all 3 failing the trigger; company fails for 3, job title for 1.
 */
function project(lang: 'fr' | 'en'): Project {
  const base = buildTemplate('cleanup', lang);
  const [workflow] = base.workflows;
  return {
    ...base,
    workflows: [
      {
        ...workflow!,
        enrollment: {
          ...workflow!.enrollment,
          enrollExisting: true,
          triggers: {
            groups: [
              {
                filters: [
                  { kind: 'property', property: 'company', type: 'string', operation: { op: 'eq', value: 'Acme' } },
                  { kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: 'CEO' } },
                ],
              },
            ],
          },
        },
      },
    ],
  };
}

const CSV = 'Email,Company,Job Title\nada@example.com,Acme,CEO\nbob@example.com,Beta,CEO\ncy@example.com,Beta,Dev\ndee@example.com,Gamma,CEO\n';

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'fr.json'), saveProject(project('fr')));
  writeFileSync(join(dir, 'en.json'), saveProject(project('en')));
  writeFileSync(join(dir, 'c.csv'), CSV);
});
afterAll(() => cleanup());

describe('the simulate summary says why contacts were not enrolled', () => {
  it('in English: how many, how many fail the trigger, and the filter failing most often', async () => {
    const run = await cli(['simulate', 'en.json', '--contacts', 'c.csv', '--days', '3', '--lang', 'en'], dir);
    expect(run.err).toBe('');
    expect(run.out).toContain('  Enrolled: 1\n  Not enrolled: 3, of whom 3 do not meet the trigger at the horizon\n    Filter failing most often: ');
    const top = /Filter failing most often: (.*) \((\d+) contacts\)/.exec(run.out);
    expect(top?.[2]).toBe('3');
    expect(top?.[1]).toContain('Acme');
    expect(run.out).toMatch(/ {2}Lost: \d+ \(ended on a path that added them to no static segment, so they cannot be found again\)/);
  });

  it('in French, the same counts', async () => {
    const run = await cli(['simulate', 'fr.json', '--contacts', 'c.csv', '--days', '3', '--lang', 'fr'], dir);
    expect(run.err).toBe('');
    expect(run.out).toContain('  Inscrits\u00a0: 1\n  Non inscrits\u00a0: 3, dont 3 ne remplissent pas le déclencheur à l’horizon\n    Filtre le plus souvent non rempli\u00a0: ');
    const top = /Filtre le plus souvent non rempli\u00a0: (.*) \((\d+) contacts\)/.exec(run.out);
    expect(top?.[2]).toBe('3');
    expect(top?.[1]).toContain('Acme');
    expect(run.out).toMatch(/ {2}Perdus\u00a0: \d+ \(terminés sur un chemin qui ne les ajoute à aucun segment statique\u00a0: impossible de les retrouver ensuite\)/);
  });

  it.each(['fr', 'en'] as const)('a workflow with no trigger says only other workflows enroll into it (%s)', async (lang) => {
    const p = project(lang);
    writeFileSync(join(dir, 'manual.json'), saveProject({ ...p, workflows: [{ ...p.workflows[0]!, enrollment: { ...p.workflows[0]!.enrollment, triggers: { groups: [] } } }] }));
    const run = await cli(['simulate', 'manual.json', '--contacts', 'c.csv', '--days', '3', '--lang', lang], dir);
    expect(run.out).toContain(
      lang === 'fr' ? 'Non inscrits\u00a0: 4 (pas de déclencheur\u00a0: seuls d’autres workflows peuvent les inscrire)' : 'Not enrolled: 4 (no trigger: only other workflows can enroll them)',
    );
  });

  it('counts contacts who arrived during the run in the header, so enrolled + not enrolled adds up', async () => {
    const p = project('en');
    writeFileSync(join(dir, 'arrivals.json'), saveProject({ ...p, simulation: { ...p.simulation, arrivals: { ...p.simulation.arrivals, perDay: 20 } } }));
    const run = await cli(['simulate', 'arrivals.json', '--contacts', 'c.csv', '--days', '3', '--lang', 'en'], dir);
    const arrived = Number(/4 contacts \(\+(\d+) arrived during the run\)/.exec(run.out)?.[1]);
    expect(arrived).toBeGreaterThan(0);
    const enrolled = Number(/Enrolled: (\d+)/.exec(run.out)?.[1]);
    const notEnrolled = Number(/Not enrolled: (\d+)/.exec(run.out)?.[1]);
    // The workflow does not re-enroll, so each contact is counted once, enrolled or not.
    expect(enrolled + notEnrolled).toBe(4 + arrived);
  });
});

describe('a run split across worker threads (--workers without --replications)', () => {
  it('says what the single run says, hand counts included, on 2 threads and in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const one = await cli(['simulate', `${lang}.json`, '--contacts', 'c.csv', '--days', '3', '--lang', lang, '--json', `one-${lang}.json`], dir);
      const two = await cli(['simulate', `${lang}.json`, '--contacts', 'c.csv', '--days', '3', '--lang', lang, '--workers', '2', '--json', `two-${lang}.json`], dir);
      expect([two.code, two.err]).toEqual([0, '']);
      expect(two.out.replace(`two-${lang}.json`, `one-${lang}.json`)).toBe(one.out);
      expect(readFileSync(join(dir, `two-${lang}.json`), 'utf8')).toBe(readFileSync(join(dir, `one-${lang}.json`), 'utf8'));
    }
    const split = await cli(['simulate', 'en.json', '--contacts', 'c.csv', '--days', '3', '--lang', 'en', '--workers', '2'], dir);
    // The hand counts of the top of this file, from the parts' tallies added up.
    expect(split.out).toContain('  Enrolled: 1\n  Not enrolled: 3, of whom 3 do not meet the trigger at the horizon\n    Filter failing most often: ');
    expect(/Filter failing most often: .*Acme.* \((\d+) contacts\)/.exec(split.out)?.[1]).toBe('3');
    const en = readFileSync(join(dir, 'two-en.json'), 'utf8');
    expect(JSON.parse(en).workflows[0].enrolled).toBe(1);
  }, 60_000);

  it('with arrivals (run by the last part) and generated contacts, on 3 threads', async () => {
    const p = project('en');
    writeFileSync(join(dir, 'arrive.json'), saveProject({ ...p, simulation: { ...p.simulation, arrivals: { ...p.simulation.arrivals, perDay: 15 } } }));
    const args = ['simulate', 'arrive.json', '--generate', '500', '--days', '5', '--lang', 'en'];
    const one = await cli(args, dir);
    const three = await cli([...args, '--workers', '3'], dir);
    expect([three.code, three.err]).toEqual([0, '']);
    expect(one.out).toMatch(/500 contacts \(\+\d+ arrived during the run\)/);
    expect(three.out).toBe(one.out);
  }, 60_000);

  it('writes the enrollments CSV of the single run, byte for byte, arrivals named as they ended (FR and EN)', async () => {
    // Everyone with an email is enrolled, arrivals too (the 50/50 split of the study tests).
    const p = splitProject(50);
    writeFileSync(join(dir, 'csv-arrivals.json'), saveProject({ ...p, simulation: { ...p.simulation, horizonDays: 6, arrivals: { ...p.simulation.arrivals, perDay: 12 } } }));
    for (const [lang, contacts] of [
      ['fr', ['--contacts', 'c.csv']],
      ['en', ['--generate', '300']],
    ] as const) {
      const args = ['simulate', 'csv-arrivals.json', ...contacts, '--days', '6', '--lang', lang];
      const one = await cli([...args, '--csv', `one-${lang}.csv`], dir);
      const two = await cli([...args, '--workers', '2', '--csv', `two-${lang}.csv`], dir);
      expect([one.code, two.code, two.err]).toEqual([0, 0, '']);
      const csv = readFileSync(join(dir, `two-${lang}.csv`), 'utf8');
      expect(csv).toBe(readFileSync(join(dir, `one-${lang}.csv`), 'utf8'));
      // Not vacuous: arrivals were enrolled, and their rows carry their names.
      expect(csv).toMatch(/arrival-\d+[;,][^;,\r\n]+ [^;,\r\n]+[;,]/);
      expect(two.out.replace(`two-${lang}.csv`, `one-${lang}.csv`)).toBe(one.out);
    }
  }, 60_000);

  it('is split unasked from SPLIT_FROM generated contacts on a machine of several cores, never for given contacts or a CSV', () => {
    const at = (q: Partial<Parameters<typeof splitWorkers>[0]>, cores = 4) => splitWorkers({ workers: undefined, generated: true, count: SPLIT_FROM, csv: false, ...q }, cores);
    expect(at({})).toBe(4);
    expect(at({ count: SPLIT_FROM - 1 })).toBe(0);
    expect(at({}, 1)).toBe(0);
    expect(at({ generated: false, count: 10 * SPLIT_FROM })).toBe(0);
    expect(at({ csv: true })).toBe(0);
    expect(at({ workers: 3, generated: false, count: 10, csv: true })).toBe(3);
  });

  it('runs report and test replications on every core only when asked or worth it', () => {
    // 100 replications x 2,000 contacts x 300 days = POOL_FROM exactly.
    const at = (q: Partial<Parameters<typeof replicationWorkers>[0]>, cores = 4) =>
      replicationWorkers({ workers: undefined, replications: 100, contacts: 2_000, days: 300, ...q }, cores);
    expect(100 * 2_000 * 300).toBe(POOL_FROM);
    expect(at({})).toBe(4);
    expect(at({ days: 299 })).toBe(0);
    expect(at({}, 1)).toBe(0);
    expect(at({ replications: 1, contacts: 10 * POOL_FROM })).toBe(0);
    expect(at({ workers: 2, replications: 2, contacts: 1 })).toBe(2);
  });
});
