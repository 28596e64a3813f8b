import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate, saveProject } from '../../../engine/index.ts';
import { simulationBoundsIssues } from '../../../engine/schema/index.ts';
import { offsetDays } from '../../../engine/schema/primitives.ts';
import { cli, testFolder } from './capture.ts';

/** French groups thousands with a narrow no-break space, English with a comma. */
const NNBSP = '\u202f';

function dir(): string {
  const t = testFolder();
  return t.dir;
}

describe('numbers the CLI prints are in the locale’s format', () => {
  it('simulate over ten years says "3,650 days" / "3 650 jours"', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'p.json'), saveProject(buildTemplate('nurturing', 'en')));
    const en = await cli(['simulate', 'p.json', '--generate', '2', '--days', '3650'], cwd);
    expect(en.out.split('\n')[0]).toContain(' over 3,650 days (');
    const fr = await cli(['simulate', 'p.json', '--generate', '2', '--days', '3650', '--lang', 'fr'], cwd);
    expect(fr.out.split('\n')[0]).toContain(` sur 3${NNBSP}650 jours (`);
  });

  it('a delay over ten years is told the limit, 3,653 days / 3 653 jours', async () => {
    const cwd = dir();
    const file = JSON.parse(saveProject(buildTemplate('nurturing', 'en'))) as { project: { workflows: { steps: { kind: string; delay?: { mode: string; duration?: { amount: number } } }[] }[] } };
    const delay = file.project.workflows[0]!.steps.find((s) => s.kind === 'delay' && s.delay?.mode === 'duration')!;
    delay.delay!.duration!.amount = 4000;
    writeFileSync(join(cwd, 'p.json'), JSON.stringify(file));
    const en = await cli(['validate', 'p.json'], cwd);
    expect(en.code).toBe(2);
    expect(en.err).toContain('This span is over the 10-year limit (3,653 days): ');
    const fr = await cli(['validate', 'p.json', '--lang', 'fr'], cwd);
    expect(fr.err).toContain(`Cette durée dépasse la limite de 10 ans (3${NNBSP}653 jours)\u00a0: `);
  });
});

describe('the schema’s bounds in its messages are in the message’s language', () => {
  const project = buildTemplate('nurturing', 'en');

  it('the horizon: from 1 to 3,653 days / entre 1 et 3 653', () => {
    const [issue] = simulationBoundsIssues(project, { ...project.simulation, horizonDays: 5000 });
    expect(issue!.message.en).toContain('from 1 to 3,653 (10 years), not 5000.');
    expect(issue!.message.fr).toContain(`entre 1 et 3${NNBSP}653 (10 ans), pas 5000.`);
  });

  it('arrivals: from 0 to 10,000 / entre 0 et 10 000', () => {
    const [issue] = simulationBoundsIssues(project, { ...project.simulation, arrivals: { ...project.simulation.arrivals, perDay: 20_000 } });
    expect(issue!.message.en).toContain('from 0 to 10,000 new contacts a day');
    expect(issue!.message.fr).toContain(`entre 0 et 10${NNBSP}000 nouveaux contacts par jour`);
  });

  it('an offset in days: from -3,653 to 3,653 / entre -3 653 et 3 653', () => {
    const parsed = offsetDays.safeParse(5000);
    expect(parsed.success).toBe(false);
    const params = parsed.error!.issues[0] as unknown as { params: { expected: { fr: string; en: string } } };
    expect(params.params.expected.en).toBe('a whole number of days from -3,653 to 3,653 (10 years)');
    expect(params.params.expected.fr).toBe(`un nombre entier de jours entre -3${NNBSP}653 et 3${NNBSP}653 (10 ans)`);
  });
});
