import { describe, expect, it } from 'vitest';
import { num, signedWithInterval } from '../../../engine/study/index.ts';
import { cli, nurturingFolder } from './capture.ts';

const RUN = ['--generate', '300', '--workers', '1'];

describe('study and comparison wording in the CLI', () => {
  it('never prints a signed zero: a mean of −0.02 or +0.02 at one decimal is 0', () => {
    // Rounded to one decimal, ±0.02 is 0: no sign, in either language (it printed "−0" and "+0").
    expect(signedWithInterval(-0.02, -1, 1, 'en')).toBe('0 (\u22121 to +1)');
    expect(signedWithInterval(0.02, -1, 1, 'fr')).toBe('0 (\u22121 à +1)');
    expect(signedWithInterval(0, 0, 0, 'en')).toBe('0 (0 to 0)');
    expect(num(-0.02, 'en', 1)).toBe('0');
    expect(num(-0.04, 'fr', 1)).toBe('0');
    // What is not zero once rounded keeps its sign.
    expect(signedWithInterval(-0.06, -2, 0, 'en')).toBe('\u22120.1 (\u22122 to 0)');
  });

  it('one replication: "One run: no interval" and then each count alone, not "76 (76–76)"', async () => {
    const run = await cli(['simulate', 'p.json', ...RUN, '--replications', '1'], nurturingFolder());
    expect(run.code).toBe(0);
    expect(run.out).toContain('One run: no interval');
    expect(run.out).toMatch(/\n {2}Enrolled: \d+\n/);
    expect(run.out).not.toMatch(/\(\d+\u2013\d+\)/);
  });

  it('one replication of a comparison: A, B and B − A alone, no verdict drawn from no interval', async () => {
    const dir = nurturingFolder();
    const run = await cli(['compare', 'p.json', 'p.json', ...RUN, '--replications', '1'], dir);
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(/\(\d+\u2013\d+\)/);
    expect(run.out).not.toMatch(/\(interval /);
    expect(run.out).toMatch(/Enrolled: A \d+, B \d+, B − A 0: one run, no verdict/);
  });

  it('names a path by its steps as the app does, not by their ids (it printed "Path step-set-lead -> step-list-leads")', async () => {
    const run = await cli(['simulate', 'p.json', ...RUN, '--replications', '2'], nurturingFolder());
    expect(run.code).toBe(0);
    const paths = run.out.split('\n').filter((l) => l.trim().startsWith('Path '));
    expect(paths.length).toBeGreaterThan(0);
    for (const line of paths) expect(line).not.toMatch(/step-/);
    // The nurturing template's first path: from enrollment to its first email, by the step's words.
    expect(run.out).toContain('Path enrollment -> “Send email Follow-up – ebook 1”');
    const fr = await cli(['simulate', 'p.json', ...RUN, '--replications', '2', '--lang', 'fr'], nurturingFolder());
    expect(fr.out).toContain('Chemin inscription -> ');
    expect(fr.out.split('\n').filter((l) => l.trim().startsWith('Chemin ')).every((l) => !/step-/.test(l))).toBe(true);
  });
});
