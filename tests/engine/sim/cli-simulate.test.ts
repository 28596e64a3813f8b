import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/capture.ts';

describe('flowbench simulate', () => {
  let dir = '';
  let cleanup = () => {};
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    expect((await cli(['template', 'nurturing', 'nurturing.json'], dir)).code).toBe(0);
    expect((await cli(['template', 'lifecycle', 'lifecycle.json', '--lang', 'fr'], dir)).code).toBe(0);
  });
  afterAll(() => cleanup());

  it('prints a summary per workflow, lists, stages and email totals from generated contacts', async () => {
    const run = await cli(['simulate', 'nurturing.json', '--generate', '800', '--days', '30', '--seed', '3'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('800 contacts');
    expect(run.out).toMatch(/Enrolled: \d+/);
    expect(run.out).toMatch(/Completed at step “Add to segment Nurturing – articles sent” \(step-list-articles\): \d+/);
    expect(run.out).toContain('Nurturing – articles sent:');
    expect(run.out).toMatch(/Emails sent: \d+/);
    expect(run.out).toMatch(/Still in progress: \d+/);
  });

  it('speaks French and writes the JSON summary and one CSV row per enrollment', async () => {
    const run = await cli(['simulate', 'lifecycle.json', '--generate', '500', '--days', '20', '--json', 'out.json', '--csv', 'out.csv', '--lang', 'fr'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Inscrits\u00a0:');
    const summary = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { workflows: { enrolled: number }[]; contacts: number };
    expect(summary.contacts).toBe(500);
    const enrolled = summary.workflows.reduce((s, w) => s + w.enrolled, 0);
    const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
    // --lang fr: the results CSV of engine/results, French headers, ";" and a BOM for French Excel.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.trim().split(/\r?\n/);
    expect(rows[0]).toBe('ID du contact;Nom;E-mail;Workflow;Fin;Dernière étape;Parcours;Inscrit le;Sorti le;Perdu (aucun segment statique)');
    expect(rows).toHaveLength(enrolled + 1);
  });

  it('is deterministic for a seed', async () => {
    const a = await cli(['simulate', 'nurturing.json', '--generate', '300', '--seed', '9'], dir);
    const b = await cli(['simulate', 'nurturing.json', '--generate', '300', '--seed', '9'], dir);
    expect(a.out).toBe(b.out);
  });

  it('reads contacts from a HubSpot CSV export and runs one workflow', async () => {
    writeFileSync(
      join(dir, 'contacts.csv'),
      'Email,First Name,Last Name,Lifecycle Stage,Contact type,HubSpot Score,Last Activity Date\n' +
        'a@example.com,Ana,Martin,lead,prospect,95,2026-01-01\n' +
        'b@example.com,Bob,Smith,lead,student,20,2026-01-01\n',
    );
    const run = await cli(['simulate', 'lifecycle.json', '--contacts', 'contacts.csv', '--workflow', 'wf-lifecycle-mql', '--days', '2'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('2 contacts');
    expect(run.out).toMatch(/Enrolled: 1\n/);
    expect(run.out).not.toContain('wf-lifecycle-sql');
  });

  it('rejects bad options with the usage exit code', async () => {
    expect((await cli(['simulate'], dir)).code).toBe(2);
    expect((await cli(['simulate', 'nurturing.json', '--days', 'soon'], dir)).code).toBe(2);
    expect((await cli(['simulate', 'nurturing.json', '--workflow', 'nope'], dir)).code).toBe(2);
    expect((await cli(['simulate', 'missing.json'], dir)).code).toBe(2);
  });
});

describe('flowbench simulate, workflows that enroll each other (issue #21)', () => {
  let dir = '';
  let cleanup = () => {};
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    expect((await cli(['template', 'nurturing', 'nurturing.json'], dir)).code).toBe(0);
    // The template with two workflows of its own: A enrolls everyone in B, B enrolls them in A.
    const file = JSON.parse(readFileSync(join(dir, 'nurturing.json'), 'utf8')) as { project: { workflows: Record<string, unknown>[] } };
    const project = file.project;
    const base = project.workflows[0]!;
    const step = (id: string, target: string) => ({ id, kind: 'enroll-in-workflow', workflow: target, next: null });
    project.workflows = [
      { ...base, id: 'wf-a', name: 'Alpha', start: 'a1', steps: [step('a1', 'wf-b')], goal: null, suppressionLists: [] },
      { ...base, id: 'wf-b', name: 'Beta', start: 'b1', steps: [step('b1', 'wf-a')], goal: null, suppressionLists: [], enrollment: { triggers: { groups: [] }, enrollExisting: false, reenroll: false, unenrollWhenNotMatching: false } },
    ];
    writeFileSync(join(dir, 'mutual.json'), JSON.stringify(file));
  });
  afterAll(() => cleanup());

  it('ends and reports the loop with its chain and the contacts concerned, in English and French', async () => {
    // Every contact matching Alpha's trigger enters Alpha at start, then Beta, which is cut: each
    // contact enrolled in Beta is one unenrolled by the loop.
    const en = await cli(['simulate', 'mutual.json', '--generate', '200', '--days', '5'], dir);
    expect(en.code).toBe(0);
    const enrolled = Number(/Beta \(wf-b\)\n {2}Enrolled: ([\d,]+)/.exec(en.out)![1]!.replace(/,/g, ''));
    expect(enrolled).toBeGreaterThan(0);
    expect(en.out).toContain(`Unenrolled (loop across workflows): ${enrolled.toLocaleString('en-GB')}`);
    expect(en.out).toContain(`Unenrolled: loop across workflows Alpha -> Beta -> Alpha: ${enrolled.toLocaleString('en-GB')} contacts`);
    const fr = await cli(['simulate', 'mutual.json', '--generate', '200', '--days', '5', '--lang', 'fr'], dir);
    expect(fr.out).toContain(`Désinscrits\u00a0: boucle entre workflows Alpha -> Beta -> Alpha\u00a0: ${enrolled.toLocaleString('fr-FR')} contacts`);
  });
});
