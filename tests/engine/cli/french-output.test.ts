import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, loadProject, saveProject } from '../../../engine/index.ts';
import { asStepId, asWorkflowId, type Project } from '../../../engine/model/index.ts';
import { fullMapping } from '../hubspot/helpers.ts';
import { cli, testFolder } from './capture.ts';

/**
 * What the CLI prints for a French user (LANG=fr_FR.UTF-8 or --lang fr) reads as French: dates as
 * the app writes them, words agreeing with their number, no "(s)", no English name.
 */

const FR_ENV = { LANG: 'fr_FR.UTF-8' };

function folder(files: Record<string, Project>): string {
  const { dir } = testFolder();
  for (const [name, project] of Object.entries(files)) writeFileSync(join(dir, name), saveProject(project));
  return dir;
}

describe('flowbench simulate', () => {
  // The template starts on 2026-01-05, a Monday, as DEFAULT_SIMULATION says.
  it('writes the start date in full as Simulate does, not as ISO', async () => {
    const dir = folder({ 'fr.json': buildTemplate('cleanup', 'fr'), 'en.json': buildTemplate('cleanup', 'en') });
    const fr = await cli(['simulate', 'fr.json', '--generate', '20', '--days', '30'], dir, FR_ENV);
    expect(fr.out.split('\n')[0]).toMatch(/^Simulation «\u00a0Nettoyage de la base .*\u00a0» du lundi 5 janvier 2026 sur 30 jours \(Europe\/Paris\), graine 1, 20 contacts\.$/);
    const en = await cli(['simulate', 'en.json', '--generate', '20', '--days', '30', '--lang', 'en'], dir);
    expect(en.out.split('\n')[0]).toMatch(/^Simulation ".*" from Monday, 5 January 2026 over 30 days /);
  });

  it('says the lost contacts “terminés”, agreeing with “Perdus”', async () => {
    const dir = folder({ 'fr.json': buildTemplate('cleanup', 'fr') });
    const fr = await cli(['simulate', 'fr.json', '--generate', '20', '--days', '30', '--lang', 'fr'], dir);
    expect(fr.out).toContain('  Perdus\u00a0: 0 (terminés sur un chemin qui ne les ajoute à aucun segment statique\u00a0: impossible de les retrouver ensuite)');
  });
});

describe('flowbench validate', () => {
  /** The cleanup template with its list step turned into a delay: its one path ends in no segment (lost-contacts, a warning), nothing else. */
  function oneWarning(lang: 'fr' | 'en'): Project {
    const base = buildTemplate('cleanup', lang);
    const [w] = base.workflows;
    return { ...base, workflows: [{ ...w!, steps: [{ id: asStepId('step-list-cleanup'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: null }] }] };
  }
  /** And a second workflow with no trigger (an info finding, which the app calls a suggestion). */
  function withSuggestion(lang: 'fr' | 'en'): Project {
    const p = oneWarning(lang);
    const [w] = p.workflows;
    return { ...p, workflows: [...p.workflows, { ...w!, id: asWorkflowId('wf-second'), name: 'Second', enrollment: { ...w!.enrollment, triggers: { groups: [] } } }] };
  }

  it('counts in real plurals, zero in words: "Aucune erreur, 1 avertissement, aucune suggestion."', async () => {
    const dir = folder({ 'fr.json': oneWarning('fr'), 'en.json': oneWarning('en') });
    const fr = await cli(['validate', 'fr.json'], dir, FR_ENV);
    expect(fr.code).toBe(1);
    expect(fr.out.trimEnd().split('\n').pop()).toBe('Aucune erreur, 1 avertissement, aucune suggestion.');
    const en = await cli(['validate', 'en.json'], dir);
    expect(en.out.trimEnd().split('\n').pop()).toBe('No errors, 1 warning, no suggestions.');
  });

  it('names an info finding a suggestion, as the Problems panel does, on its line and in the tally', async () => {
    const dir = folder({ 'fr.json': withSuggestion('fr'), 'en.json': withSuggestion('en') });
    const fr = await cli(['validate', 'fr.json', '--lang', 'fr'], dir);
    const frLines = fr.out.trimEnd().split('\n');
    // Both workflows end in no segment: two warnings; the second has no trigger: one suggestion.
    expect(frLines.pop()).toBe('Aucune erreur, 2 avertissements, 1 suggestion.');
    expect(frLines.filter((l) => l.startsWith('suggestion\u00a0: Second'))).toHaveLength(1);
    expect(fr.out).not.toMatch(/\(s\)|^info/m);
    const en = await cli(['validate', 'en.json'], dir);
    expect(en.out.trimEnd().split('\n').pop()).toBe('No errors, 2 warnings, 1 suggestion.');
  });
});

describe('flowbench hubspot import', () => {
  it('names the new project "Import HubSpot" in French, "HubSpot import" in English', async () => {
    const project = buildTemplate('nurturing', 'en');
    const dir = folder({ 'p.json': { ...project, hubspot: fullMapping(project) } });
    expect((await cli(['hubspot', 'export', 'p.json', '--workflow', 'wf-nurturing', '--out', 'flow.json'], dir)).code).toBe(0);
    const nameOf = (file: string) => {
      const loaded = loadProject(readFileSync(join(dir, file), 'utf8'));
      return loaded.ok ? loaded.project.name : null;
    };
    expect((await cli(['hubspot', 'import', 'flow.json', 'fr.flowbench.json', '--lang', 'fr'], dir)).code).toBe(0);
    expect(nameOf('fr.flowbench.json')).toBe('Import HubSpot');
    expect((await cli(['hubspot', 'import', 'flow.json', 'env.flowbench.json'], dir, FR_ENV)).code).toBe(0);
    expect(nameOf('env.flowbench.json')).toBe('Import HubSpot');
    expect((await cli(['hubspot', 'import', 'flow.json', 'en.flowbench.json'], dir)).code).toBe(0);
    expect(nameOf('en.flowbench.json')).toBe('HubSpot import');
  });
});
