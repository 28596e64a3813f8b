import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import type { Project, Step } from '../../../engine/model/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { cli, tempDir } from './capture.ts';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** The nurturing template with its "wait 3 days" turned into a wait for a date before the simulation starts. */
function nurturingWithPastDate(): Project {
  const project = buildTemplate('nurturing', 'en');
  const [workflow] = project.workflows;
  const steps = workflow!.steps.map((s): Step =>
    s.id === 'step-wait-articles' && s.kind === 'delay' ? { ...s, delay: { mode: 'until-date', date: '2020-03-01', time: '09:00' } } : s,
  );
  return { ...project, workflows: [{ ...workflow!, steps }] };
}

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text, 'utf8');
  return name;
}

describe('flowbench template', () => {
  it('writes a template that validates clean', async () => {
    const made = await cli(['template', 'nurturing', 'nurturing.json', '--lang', 'fr'], dir);
    expect(made.code).toBe(0);
    expect(made.out).toContain('nurturing.json');
    const saved = JSON.parse(readFileSync(join(dir, 'nurturing.json'), 'utf8')) as { format: string; project: Project };
    expect(saved.format).toBe('flowbench-project');
    expect(saved.project.workflows[0]?.name).toBe('Nurturing – ebook sujet Y');
    const checked = await cli(['validate', 'nurturing.json'], dir);
    expect(checked.err).toBe('');
    expect(checked.out).toContain('No problems found.');
    expect(checked.code).toBe(0);
  });

  it('refuses an unknown template with exit 2 and lists the ids', async () => {
    const run = await cli(['template', 'newsletter', 'out.json'], dir);
    expect(run.code).toBe(2);
    for (const id of TEMPLATE_IDS) expect(run.err).toContain(id);
  });

  it('needs both an id and an output file', async () => {
    expect((await cli(['template', 'nurturing'], dir)).code).toBe(2);
  });

  it('reports an output it cannot write with exit 2', async () => {
    const run = await cli(['template', 'cleanup', join('missing-folder', 'out.json')], dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Cannot write .*no such file or directory/);
  });
});

describe('flowbench validate', () => {
  it.each([
    ['nurturing', 0],
    ['lifecycle', 0],
    ['cleanup', 0],
    ['webinar', 0],
    ['birthday', 0],
  ] as const)('exits with the expected code on the %s template', async (id, code) => {
    const file = write(`${id}.json`, saveProject(buildTemplate(id, 'en')));
    expect((await cli(['validate', file], dir)).code).toBe(code);
  });

  it('prints one line per finding with severity, workflow name, steps and message, and exits 1', async () => {
    const file = write('past.json', saveProject(nurturingWithPastDate()));
    const run = await cli(['validate', file], dir);
    expect(run.code).toBe(1);
    const line = run.out.split('\n').find((l) => l.startsWith('error: '));
    expect(line).toMatch(/^error: Nurturing – topic Y ebook \[step-wait-articles\]: .+/);
    expect(run.out).toContain('1 error, no warnings, no suggestions.');
  });

  it('prints the findings in French with --lang fr', async () => {
    const file = write('past.json', saveProject(nurturingWithPastDate()));
    const run = await cli(['validate', file, '--lang', 'fr'], dir);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^erreur\u00a0: Nurturing – topic Y ebook \[step-wait-articles\]\u00a0: /m);
  });

  it('writes { ok, errors, findings } with --json', async () => {
    const file = write('past.json', saveProject(nurturingWithPastDate()));
    const run = await cli(['validate', file, '--json'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as { ok: boolean; errors: unknown[]; findings: { rule: string; severity: string; workflow: string; steps: string[]; message: { fr: string; en: string } }[] };
    expect(Object.keys(report).sort()).toEqual(['errors', 'findings', 'ok']);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', workflow: 'wf-nurturing', steps: ['step-wait-articles'], message: { fr: expect.any(String), en: expect.any(String) } }),
    );

    const clean = await cli(['validate', write('clean.json', saveProject(buildTemplate('cleanup', 'fr'))), '--json'], dir);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out)).toMatchObject({ ok: true, errors: [] });
  });

  it('exits 2 on broken JSON, naming where it breaks', async () => {
    const file = write('broken.json', '{ "format": "flowbench-project", "version": 1,, }');
    const run = await cli(['validate', file], dir);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('broken.json cannot be loaded');
    expect(run.err.split('\n').length).toBeGreaterThan(2);

    const json = await cli(['validate', file, '--json'], dir);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.out) as { ok: boolean; errors: { path: string; message: { en: string } }[]; findings: unknown[] };
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([]);
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors[0]?.message.en.length).toBeGreaterThan(0);
  });

  it('exits 2 on a file that does not match the project schema, printing each error path', async () => {
    const project = buildTemplate('cleanup', 'en');
    const text = saveProject(project).replace('"kind": "add-to-list"', '"kind": "teleport"');
    const run = await cli(['validate', write('invalid.json', text)], dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/project\.workflows\[0\]\.steps\[0\]/);
  });

  it('exits 2 when the file does not exist', async () => {
    const run = await cli(['validate', 'nowhere.json'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Cannot read nowhere\.json: no such file or directory/);
  });

  it('exits 2 without a file argument', async () => {
    expect((await cli(['validate'], dir)).code).toBe(2);
  });
});
