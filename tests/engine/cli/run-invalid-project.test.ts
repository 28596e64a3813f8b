import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { cli, testFolder } from './capture.ts';

/** The nurturing template, clean, and a copy whose trigger reads a property the project does not have (one validate error). */
function projects(): string {
  const t = testFolder();
  const text = saveProject(buildTemplate('nurturing', 'en'));
  writeFileSync(join(t.dir, 'ok.json'), text);
  const bad = JSON.parse(text) as { project: { workflows: { enrollment: { triggers: { groups: { filters: unknown[] }[] } } }[] } };
  bad.project.workflows[0]!.enrollment.triggers.groups[0]!.filters.push({ kind: 'property', property: 'nosuchprop', type: 'string', operation: { op: 'is-known' } });
  writeFileSync(join(t.dir, 'bad.json'), JSON.stringify(bad));
  return t.dir;
}

const SMALL = ['--generate', '20', '--days', '5'];

describe('simulate, report and compare warn before running a project validate rejects', () => {
  it('validate itself counts one error in the fixture (what the warning must agree with)', async () => {
    const cwd = projects();
    const run = await cli(['validate', 'bad.json'], cwd);
    expect(run.code).toBe(1);
    expect(run.out).toContain('1 error, no warnings');
  });

  it.each([
    ['simulate', ['simulate', 'bad.json', ...SMALL]],
    ['report', ['report', 'bad.json', '--out', 'r.html', ...SMALL]],
  ])('%s: one warning on stderr naming the count and the command, and the run goes on with exit 0', async (_, argv) => {
    const cwd = projects();
    const en = await cli(argv, cwd);
    expect(en.code).toBe(0);
    expect(en.err).toBe('Warning: bad.json has 1 error (details: flowbench validate bad.json); simulating it anyway.\n');
    expect(en.out).not.toContain('Warning');
    const fr = await cli([...argv, '--lang', 'fr'], cwd);
    expect(fr.code).toBe(0);
    expect(fr.err).toBe('Attention\u00a0: bad.json contient 1 erreur (détails\u00a0: flowbench validate bad.json)\u00a0; le projet est simulé quand même.\n');
  });

  it('compare: names the variant that has errors, not the clean one', async () => {
    const cwd = projects();
    const run = await cli(['compare', 'ok.json', 'bad.json', ...SMALL, '--replications', '2', '--workers', '1'], cwd);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Warning: bad.json has 1 error');
    expect(run.err).not.toContain('ok.json');
  });

  it('says nothing about a clean project', async () => {
    const cwd = projects();
    const run = await cli(['simulate', 'ok.json', ...SMALL], cwd);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
  });
});
