import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { runTests } from '../../../engine/expect/index.ts';
import { dayText } from '../../../engine/expect/day-dates.ts';
import type { RunView } from '../../../engine/expect/run-view.ts';
import { testReport } from '../../../engine/cli/commands/test-report.ts';
import type { ExpectState } from '../../../engine/expect/index.ts';
import { cli, testFolder } from './capture.ts';

function nurturing(): string {
  const t = testFolder();
  writeFileSync(join(t.dir, 'p.json'), saveProject(buildTemplate('nurturing', 'en')));
  return t.dir;
}

describe('one of a thing is singular, in both languages (model/text isPlural)', () => {
  it('simulate of one contact says "1 contact"', async () => {
    const cwd = nurturing();
    const en = await cli(['simulate', 'p.json', '--generate', '1', '--days', '3'], cwd);
    expect(en.out.split('\n')[0]).toMatch(/, seed 1, 1 contact\.$/);
    const fr = await cli(['simulate', 'p.json', '--generate', '1', '--days', '3', '--lang', 'fr'], cwd);
    expect(fr.out.split('\n')[0]).toMatch(/, graine 1, 1 contact\.$/);
  });

  it('a study of one run says "1 run" / "1 tirage", the app’s word for a run', async () => {
    const cwd = nurturing();
    const argv = ['simulate', 'p.json', '--generate', '30', '--days', '3', '--replications', '1', '--workers', '1'];
    const en = await cli(argv, cwd);
    expect(en.out.split('\n')[0]).toContain(': 1 run, seed 1, 30 contacts, end of day 3.');
    const fr = await cli([...argv, '--lang', 'fr'], cwd);
    expect(fr.out.split('\n')[0]).toContain('\u00a0: 1 tirage, graine 1, 30 contacts, fin du jour 3.');
  });

  it('test’s tally: the verb agrees with its count ("1 tient, 2 échouent", "1 holds, 2 fail")', () => {
    const project = buildTemplate('lifecycle', 'en');
    const run = runTests(project, project.tests!, 1);
    // The template's four outcomes, given the states to count: 1 holds, 2 fail, 1 uncertain.
    const states: ExpectState[] = ['holds', 'fails', 'fails', 'uncertain'];
    const outcomes = run.outcomes.map((o, k) => ({ ...o, state: states[k]! }));
    const tally = (lang: 'fr' | 'en') => testReport(project, project.tests!.population, { ...run, outcomes }, lang).trimEnd().split('\n').pop();
    expect(tally('fr')).toBe('1 tient, 2 échouent, 1 incertaine.');
    expect(tally('en')).toBe('1 holds, 2 fail, 1 uncertain.');
    expect(testReport(project, project.tests!.population, run, 'en').split('\n')[0]).toMatch(/, 1 run$/);
    expect(testReport(project, project.tests!.population, run, 'fr').split('\n')[0]).toMatch(/, 1 tirage$/);
  });

  it('validate calls it an SVG picture, not a SVG picture', async () => {
    const t = testFolder();
    writeFileSync(join(t.dir, 'x.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    const run = await cli(['validate', 'x.svg'], t.dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('x.svg is an SVG picture that holds no Flowbench project');
  });
});

describe('French writes the first of the month "1er" in the dates given with offenders', () => {
  const view = (iso: string) => ({ result: { timeZone: 'UTC', minuteToMs: (m: number) => Date.parse(iso) + m * 60_000 } }) as unknown as RunView;
  it('1er févr., 2 févr.; English unchanged', () => {
    expect(dayText(view('2026-02-01T10:00:00Z'), 0, 'fr')).toBe('1er févr.');
    expect(dayText(view('2026-02-02T10:00:00Z'), 0, 'fr')).toBe('2 févr.');
    expect(dayText(view('2026-02-01T10:00:00Z'), 0, 'en')).toBe('1 Feb');
    expect(dayText(view('2026-03-11T10:00:00Z'), 0, 'fr')).toBe('11 mars');
  });
});
