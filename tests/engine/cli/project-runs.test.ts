import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { cli, testFolder } from './capture.ts';

/**
 * The runs a project holds (`simulation.replications`, Simulate's Runs field): saved with the file
 * and read by the commands when the command line does not say. Before, the field was the app's
 * session alone: `flowbench simulate` on the file of a 20-run study printed one run's counts.
 */
const withRuns = (runs: number | undefined): Project => {
  const project = buildTemplate('nurturing', 'en');
  return { ...project, simulation: { ...project.simulation, ...(runs === undefined ? {} : { replications: runs }) } };
};

function folderWith(project: Project): string {
  const { dir } = testFolder();
  writeFileSync(join(dir, 'p.json'), saveProject(project));
  return dir;
}

const RUN = ['--generate', '40', '--days', '5', '--workers', '1'];

describe('a project file’s runs', () => {
  it('load and save as written; 0, 2.5 and 1,001 are refused at their path', () => {
    const loaded = loadProject(saveProject(withRuns(20)));
    expect(loaded.ok && loaded.project.simulation.replications).toBe(20);
    for (const bad of [0, 2.5, 1001]) {
      const refused = loadProject(saveProject(withRuns(bad)));
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.errors.map((e) => e.path)).toEqual(['project.simulation.replications']);
    }
    // A project that never had a study holds no field: its file is as before.
    expect(saveProject(withRuns(undefined))).not.toContain('replications');
  });

  it('simulate runs the project’s study when --replications is not given, and --replications still wins', async () => {
    const dir = folderWith(withRuns(3));
    const study = await cli(['simulate', 'p.json', ...RUN], dir);
    expect(study.code).toBe(0);
    expect(study.out.split('\n')[0]).toContain(': 3 runs, seed ');
    // Every count with its interval, as the app shows a study's.
    expect(study.out).toMatch(/Enrolled: [\d.]+ \(\d+\u2013\d+\)/);
    const one = await cli(['simulate', 'p.json', ...RUN, '--replications', '1'], dir);
    expect(one.out.split('\n')[0]).toContain(': 1 run, seed ');
    // A project without runs: one plain run, as before.
    const plain = await cli(['simulate', 'p.json', ...RUN], folderWith(withRuns(undefined)));
    expect(plain.out).not.toMatch(/\bruns?\b, seed/);
    expect(plain.out).not.toMatch(/\(\d+\u2013\d+\)/);
  });

  it('compare takes A’s runs, else its default of 50', async () => {
    const dir = folderWith(withRuns(4));
    const run = await cli(['compare', 'p.json', 'p.json', ...RUN], dir);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toContain('4 runs');
  });

  it('report makes at most its limit of runs and says so when the project asks for more (FR and EN)', async () => {
    const dir = folderWith(withRuns(500));
    const en = await cli(['report', 'p.json', '--out', 'r.html', '--generate', '5', '--days', '2', '--workers', '1'], dir);
    expect(en.code).toBe(0);
    expect(en.err).toContain('The project asks for 500 runs; a report makes at most 200: 200 runs');
    const fr = await cli(['report', 'p.json', '--out', 'r2.html', '--generate', '5', '--days', '2', '--workers', '1', '--lang', 'fr'], dir);
    expect(fr.err).toContain('Le projet demande 500\u00a0tirages\u00a0; un rapport en fait au plus 200\u00a0: 200\u00a0tirages');
  }, 60_000);
});
