import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { MAX_SPAN_DAYS } from '../../../engine/schema/index.ts';
import { cli, testFolder } from './capture.ts';

/** A project whose own horizon is the schema's longest, ten years of days with their leap days. */
function longProject(): string {
  const t = testFolder();
  const project = buildTemplate('nurturing', 'en');
  writeFileSync(join(t.dir, 'p.json'), saveProject({ ...project, simulation: { ...project.simulation, horizonDays: 3653 } }));
  return t.dir;
}

describe('--days and a project’s horizon have one limit: ten years of 3,653 days', () => {
  it('the schema’s limit is 3,653 days (10 × 365.25, rounded up)', () => {
    expect(MAX_SPAN_DAYS).toBe(Math.ceil(10 * 365.25));
  });

  it('a project of 3,653 days validates, and --days 3653 is accepted as its horizon is', async () => {
    const cwd = longProject();
    expect((await cli(['validate', 'p.json'], cwd)).code).toBe(0);
    const run = await cli(['simulate', 'p.json', '--generate', '2', '--days', '3653'], cwd);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toContain(' over 3,653 days (');
  });

  it('--days 3654 is refused, naming the same limit, formatted (FR/EN)', async () => {
    const cwd = longProject();
    const en = await cli(['simulate', 'p.json', '--days', '3654'], cwd);
    expect(en.code).toBe(2);
    expect(en.err).toContain('a whole number from 1 to 3,653,');
    const fr = await cli(['report', 'p.json', '--out', 'r.html', '--days', '3654', '--lang', 'fr'], cwd);
    expect(fr.code).toBe(2);
    expect(fr.err).toContain('un nombre entier de 1 à 3\u202f653,');
  });

  it.each([
    ['simulate', 'en', '(1 to 3,653;'],
    ['report', 'en', '(1 to 3,653;'],
    ['simulate', 'fr', '(1 à 3\u202f653\u00a0;'],
    ['report', 'fr', '(1 à 3\u202f653\u00a0;'],
  ])('%s --help says the limit formatted (%s)', async (command, lang, text) => {
    const run = await cli([command, '--help', '--lang', lang], process.cwd());
    const days = run.out.replace(/\n {6}/g, ' ').split('\n').find((l) => l.startsWith('  --days D '));
    expect(days).toContain(text);
  });
});
