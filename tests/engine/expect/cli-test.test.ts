import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import { asWorkflowId, type Project, type Workflow } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { cli, tempDir } from '../cli/capture.ts';
import { runTests } from '../../../engine/expect/index.ts';
import { testReport } from '../../../engine/cli/commands/test-report.ts';
import { CONTACTS, L, smallProject, STAGGERED_STEPS } from './fixture.ts';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

function write(name: string, project: Project): string {
  writeFileSync(join(dir, name), saveProject(project), 'utf8');
  return name;
}

/** The lifecycle template with the MQL workflow's student / competitor / partner exclusion removed, and a hostile name. */
function brokenLifecycle(): Project {
  const base = buildTemplate('lifecycle', 'en');
  const cut = (w: Workflow): Workflow => ({
    ...w,
    name: 'MQL \u001b[31mred\u202e',
    enrollment: { ...w.enrollment, triggers: { groups: [{ filters: w.enrollment.triggers.groups[0]!.filters.slice(0, 1) }] } },
  });
  return { ...base, workflows: base.workflows.map((w) => (w.id === 'wf-lifecycle-mql' ? cut(w) : w)) };
}

describe('flowbench test', () => {
  it('exits 0 when every expectation holds, and says so in English and French', async () => {
    const file = write('lifecycle.json', buildTemplate('lifecycle', 'en'));
    const en = await cli(['test', file], dir);
    expect(en.code).toBe(0);
    expect(en.err).toBe('');
    expect(en.out).toContain('300 sample contacts (seed 1), 1 run');
    expect(en.out).toContain('4 hold, 0 fail, 0 uncertain.');
    const fr = await cli(['test', file, '--lang', 'fr'], dir);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain('4 tiennent, 0 échoue, 0 incertaine.');
    expect(fr.out).toMatch(/^TIENT {5}Aucun contact/m);
  });

  it('exits 1 when one fails, naming offenders with user text escaped', async () => {
    const file = write('broken.json', brokenLifecycle());
    const run = await cli(['test', file], dir);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^FAILS {5}No contact \(Contact type is Student, Competitor or Partner\) becomes “Marketing qualified lead”/m);
    // Offender lines: "c-N First Last: moved to … by "<workflow>"", the workflow's escapes shown, not acted on.
    const offenders = run.out.split('\n').filter((l) => /^ {10}c-\d+ /.test(l));
    expect(offenders.length).toBe(10);
    expect(offenders[0]).toContain('by “MQL \\u001b[31mred\\u202e”');
    expect(run.out).not.toContain('\u001b');
    expect(run.out).not.toContain('\u202e');
    expect(run.out).toMatch(/^ {10}… and \d+ more$/m);
    expect(run.out).toContain('3 hold, 1 fails, 0 uncertain.');
  });

  it('over replications, prints the range when it varies', async () => {
    const file = write('broken-r.json', brokenLifecycle());
    const run = await cli(['test', file, '--replications', '3'], dir);
    expect(run.code).toBe(1);
    expect(run.out).toContain('3 runs');
  });

  it('gives the report of runTests, whether its replications run here or on 1 or 2 worker threads', async () => {
    const project = brokenLifecycle();
    const file = write('broken-w.json', project);
    // The one-thread way: engine/expect's runTests, every replication in turn.
    const run = runTests(project, project.tests!, 6);
    const expected = testReport(project, project.tests!.population, run, 'en');
    expect(run.outcomes.some((o) => o.interval && o.interval.low < o.interval.high)).toBe(true);
    for (const workers of [['--workers', '2'], ['--workers', '1'], []]) {
      const pooled = await cli(['test', file, '--replications', '6', ...workers], dir);
      expect([pooled.code, pooled.err]).toEqual([1, '']);
      expect(pooled.out).toBe(expected);
    }
    const refused = await cli(['test', file, '--replications', '6', '--workers', 'x', '--lang', 'fr'], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--workers x');
  });

  it('exits 2 on a file it cannot read, a bad option, or nothing to test', async () => {
    expect((await cli(['test', 'missing.json'], dir)).code).toBe(2);
    const file = write('ok.json', buildTemplate('cleanup', 'en'));
    const bad = await cli(['test', file, '--replications', '0'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--replications 0: a whole number from 1 to 200 is expected');
    const { tests: _, ...bare } = buildTemplate('cleanup', 'en');
    const none = await cli(['test', write('bare.json', bare)], dir);
    expect(none.code).toBe(2);
    expect(none.err).toContain('has no expectations to check');
  });

  it('prints an expectation’s day as a day number, the end of that day, and the offenders’ date as that day’s calendar date', async () => {
    // Day 1 is 5 Jan: at the end of day 2 (6 Jan) the student has been in L since noon, the prospect joins on day 3.
    const project: Project = {
      ...smallProject(STAGGERED_STEPS),
      tests: { expectations: [{ id: 's', kind: 'share-in-list', workflow: asWorkflowId('wf'), list: L, day: 2, bound: 'at-least', percent: 100 }], population: { kind: 'contacts', contacts: CONTACTS } },
    };
    const file = write('days.json', project);
    const en = await cli(['test', file], dir);
    expect(en.code).toBe(1);
    expect(en.out.split('\n').slice(1, 3)).toEqual(['FAILS     At the end of day 2, at least 100% of those enrolled in “Qualify” are in the segment “L” \u2014 50%', '          c1 Ada Lovelace: not in the segment on 6 Jan']);
    const fr = await cli(['test', file, '--lang', 'fr'], dir);
    expect(fr.out.split('\n').slice(1, 3)).toEqual([
      'ÉCHOUE    À la fin du jour 2, au moins 100\u00a0% des inscrits de «\u00a0Qualify\u00a0» sont dans le segment «\u00a0L\u00a0» \u2014 50\u00a0%',
      '          c1 Ada Lovelace\u00a0: pas dans le segment le 6 janv.',
    ]);
  });

  it('runs as a real process: exit codes 0, 1 and 2 reach the shell', () => {
    const run = (file: string) => spawnSync(process.execPath, [join(process.cwd(), 'engine/cli/bin.mjs'), 'test', file, '--lang', 'en'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(run(write('spawn-ok.json', buildTemplate('nurturing', 'en'))).status).toBe(0);
    const failing = run(write('spawn-broken.json', brokenLifecycle()));
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('FAILS');
    const unreadable = run('nothing-here.json');
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain('nothing-here.json');
  }, 60_000);
});
