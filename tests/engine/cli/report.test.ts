// @vitest-environment jsdom
// The report is parsed by the browser's own HTML parser (jsdom's DOMParser).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { elkInThisThread } from '../../../engine/layout/index.ts';
import { buildReportHtml, checkedExpectations, reportRun } from '../../../engine/report/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { replicationSeed } from '../../../engine/study/index.ts';
import { cli, testFolder } from './capture.ts';

function projectDir(): string {
  const t = testFolder();
  writeFileSync(join(t.dir, 'p.json'), saveProject(buildTemplate('lifecycle', 'fr')));
  return t.dir;
}

describe('flowbench report', () => {
  it('writes one self-contained HTML report in the language asked, with the replications’ ranges', async () => {
    const cwd = projectDir();
    const run = await cli(['report', 'p.json', '--out', 'r.html', '--lang', 'en', '--generate', '60', '--days', '10', '--replications', '3', '--seed', '5'], cwd);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toBe('Report written: r.html\n');
    const doc = new DOMParser().parseFromString(readFileSync(join(cwd, 'r.html'), 'utf8'), 'text/html');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelectorAll('section[data-section=workflow]')).toHaveLength(3);
    expect(doc.querySelector('[data-field=intervals]')!.textContent).toContain('the means of 3 runs with seeds derived from 5, diagrams included; in brackets, the 90% interval');
    expect(doc.querySelector('[data-figure=settings]')!.textContent).toContain('Population: 60 contacts');
  });

  it('gives the report of every run kept, whether its replications run here or on 1 or 2 worker threads', async () => {
    const cwd = projectDir();
    const args = ['report', 'p.json', '--lang', 'en', '--generate', '80', '--days', '20', '--replications', '5', '--seed', '9'];
    const today = () => new Date().toISOString().slice(0, 10);
    const dates = [today()];
    const two = await cli([...args, '--out', 'two.html', '--workers', '2'], cwd);
    const one = await cli([...args, '--out', 'one.html', '--workers', '1'], cwd);
    // 80 x 20 x 5 is far below POOL_FROM: one run at a time in this thread.
    const here = await cli([...args, '--out', 'here.html'], cwd);
    dates.push(today());
    expect([two.code, one.code, here.code, two.err, one.err, here.err]).toEqual([0, 0, 0, '', '', '']);
    // The slow way, as the command did before the pool: every run whole, in this thread, kept until the end.
    const project = buildTemplate('lifecycle', 'fr');
    const contacts = generateContacts(project, 80, 9);
    const results = Array.from({ length: 5 }, (_, r) => simulate(project, contacts, { horizonDays: 20, seed: replicationSeed(9, r) }));
    const expected = await Promise.all(dates.map((date) => buildReportHtml({ project, lang: 'en', elk: elkInThisThread, date, run: reportRun(project, results, 80), ...checkedExpectations(project) })));
    expect(results.map((r) => r.workflows[0]!.enrolled).some((n, _, all) => n !== all[0])).toBe(true);
    expect(expected).toContain(readFileSync(join(cwd, 'two.html'), 'utf8'));
    expect(expected).toContain(readFileSync(join(cwd, 'one.html'), 'utf8'));
    expect(expected).toContain(readFileSync(join(cwd, 'here.html'), 'utf8'));
  });

  it('refuses a bad replication count or a missing --out in the user’s language, writing nothing', async () => {
    const cwd = projectDir();
    const zero = await cli(['report', 'p.json', '--out', 'r.html', '--replications', '0', '--lang', 'fr'], cwd);
    expect(zero.code).toBe(2);
    expect(zero.err).toContain('--replications 0\u00a0: attendu le nombre de tirages, un nombre entier de 1 à 200');
    const workers = await cli(['report', 'p.json', '--out', 'r.html', '--replications', '3', '--workers', '0', '--lang', 'fr'], cwd);
    expect(workers.code).toBe(2);
    expect(workers.err).toContain('--workers 0');
    const noOut = await cli(['report', 'p.json'], cwd);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toBe('Where to write the report? Add --out report.html.\n');
    expect(existsSync(join(cwd, 'r.html'))).toBe(false);
  });
});
