import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject, type Project } from '../../../engine/index.ts';
import { cli, testFolder } from './capture.ts';

function write(dir: string, name: string, project: Project): void {
  writeFileSync(join(dir, name), saveProject(project));
}

/** A: the nurturing template (wf-nurturing); B: the webinar one (wf-webinar), no workflow id in common. */
function unrelated(renameA?: string): string {
  const t = testFolder();
  const a = buildTemplate('nurturing', 'en');
  write(t.dir, 'a.json', renameA === undefined ? a : { ...a, workflows: a.workflows.map((w) => ({ ...w, name: renameA })) });
  write(t.dir, 'b.json', buildTemplate('webinar', 'en'));
  return t.dir;
}

const RUN = ['--generate', '20', '--days', '5', '--replications', '2', '--workers', '1'];

describe('compare refuses two projects with no workflow in common', () => {
  it('says so in English, naming each side’s workflows, exit 2 and nothing on stdout', async () => {
    const cwd = unrelated();
    const run = await cli(['compare', 'a.json', 'b.json', ...RUN], cwd);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('A and B have no workflow in common');
    expect(run.err).toContain('A (a.json) has "Nurturing – topic Y ebook" (wf-nurturing); B (b.json) has "Webinar – invitation, reminder and replay" (wf-webinar).');
  });

  it('says so in French, with guillemets and no-break spaces', async () => {
    const cwd = unrelated();
    const run = await cli(['compare', 'a.json', 'b.json', ...RUN, '--lang', 'fr'], cwd);
    expect(run.code).toBe(2);
    expect(run.err).toContain('A et B n’ont aucun workflow en commun');
    expect(run.err).toContain('A (a.json) a «\u00a0Nurturing – topic Y ebook\u00a0» (wf-nurturing)\u00a0; B (b.json) a «\u00a0Webinar – invitation, reminder and replay\u00a0» (wf-webinar).');
  });

  it('shows a workflow name’s control characters escaped, as all user text', async () => {
    const cwd = unrelated('Evil\u001b[31m\nname');
    const run = await cli(['compare', 'a.json', 'b.json', ...RUN], cwd);
    expect(run.code).toBe(2);
    expect(run.err).toContain('"Evil\\u001b[31m\\u000aname" (wf-nurturing)');
    expect(run.err).not.toContain('\u001b');
  });

  it('--workflow does not get round it: the workflow must be in both', async () => {
    const cwd = unrelated();
    const run = await cli(['compare', 'a.json', 'b.json', ...RUN, '--workflow', 'wf-nurturing'], cwd);
    expect(run.code).toBe(2);
    expect(run.err).toContain('no workflow in common');
  });

  it('still compares a variant that shares its workflows with A', async () => {
    const t = testFolder();
    write(t.dir, 'a.json', buildTemplate('nurturing', 'en'));
    write(t.dir, 'b.json', buildTemplate('nurturing', 'en'));
    const run = await cli(['compare', 'a.json', 'b.json', ...RUN], t.dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Nurturing – topic Y ebook (wf-nurturing)');
  });
});
