import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import type { Project, Step } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { cli, testFolder } from './capture.ts';

/**
 * A comparison's rows are the steps A and B share; a row named after A alone read « Délai de 5
 * jours » for B's 2-day delay (a review). Where B's step reads otherwise, its label follows A's.
 */
/** The project with its first workflow's first delay set to `days` days (the nurturing template's waits 5). */
function withDelayDays(project: Project, days: number): Project {
  const [first, ...rest] = project.workflows;
  const delay = first!.steps.find((s) => s.kind === 'delay')!;
  const steps = first!.steps.map((s): Step => (s === delay && s.kind === 'delay' ? { ...s, delay: { mode: 'duration', duration: { amount: days, unit: 'days' } } } : s));
  return { ...project, workflows: [{ ...first!, steps }, ...rest] };
}

describe('compare names B’s step where it reads otherwise', () => {
  it('says A’s and B’s delay, in English and French; a step the same in both is named once', async () => {
    const { dir } = testFolder();
    const a = withDelayDays(buildTemplate('nurturing', 'en'), 5);
    writeFileSync(join(dir, 'a.json'), saveProject(a));
    writeFileSync(join(dir, 'b.json'), saveProject(withDelayDays(a, 2)));
    const argv = ['compare', 'a.json', 'b.json', '--generate', '40', '--replications', '2', '--workers', '1'];
    const en = await cli(argv, dir);
    expect(en.code).toBe(0);
    // The first delay: entered and passed rows, each naming both.
    const changed = en.out.split('\n').filter((l) => l.includes('(B: '));
    expect(changed.length).toBeGreaterThan(0);
    for (const row of changed) expect(row).toContain('Step “Delay of 5 days” (B: “Delay of 2 days”) (');
    // The template's second 5-day delay is the same in B: named once.
    expect(en.out).toMatch(/Step “Delay of 5 days” \(step-[a-z0-9-]+\): entered/);
    const fr = await cli([...argv, '--lang', 'fr'], dir);
    expect(fr.out).toContain('Étape «\u00a0Délai de 5 jours\u00a0» (B\u00a0: «\u00a0Délai de 2 jours\u00a0») (');
  });
});
