import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssuesToLoadIssues } from '../../../engine/io/issue-messages.ts';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

/** A schema's bounds as a file's reader says them: numbers in the language's format, counted nouns. */
describe('bounds in a load message', () => {
  const messages = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [] : zodIssuesToLoadIssues(parsed.error.issues).map((i) => i.message);
  };

  it('writes a bound as the language writes numbers', () => {
    expect(messages(z.object({ perDay: z.number().max(10_000) }), { perDay: 20_000 })).toEqual([
      { fr: 'Le champ «\u00a0perDay\u00a0» doit être inférieur ou égal à 10\u202f000.', en: 'The field "perDay" must be at most 10,000.' },
    ]);
    expect(messages(z.object({ share: z.number().gt(-1_500.5) }), { share: -2000 })[0]!.fr).toBe('Le champ «\u00a0share\u00a0» doit être strictement supérieur à -1\u202f500,5.');
  });

  it('says a whole number’s own limit in words, not as 9007199254740991', () => {
    const [tooBig] = messages(z.object({ seed: z.int() }), { seed: 2 ** 60 });
    expect(tooBig).toEqual({ fr: 'Le champ «\u00a0seed\u00a0» doit être un nombre entier d’au plus 15\u00a0chiffres.', en: 'The field "seed" must be a whole number of at most 15 digits.' });
  });

  it('counts characters and items with the plural each number takes', () => {
    expect(messages(z.object({ name: z.string().max(1) }), { name: 'ab' })[0]).toEqual({
      fr: 'Le champ «\u00a0name\u00a0» doit compter au plus 1 caractère.',
      en: 'The field "name" must have at most 1 character.',
    });
    expect(messages(z.object({ tags: z.array(z.string()).min(2) }), { tags: [] })[0]).toEqual({
      fr: 'Le champ «\u00a0tags\u00a0» doit contenir au moins 2 éléments.',
      en: 'The field "tags" must hold at least 2 items.',
    });
  });
});

describe('a run’s start date', () => {
  it('is refused before the year 1000, where the run’s dates came out wrong, with the range in words', () => {
    const project = buildTemplate('nurturing', 'en');
    const at = (startDate: string) => loadProject(saveProject({ ...project, simulation: { ...project.simulation, startDate } }));
    const early = at('0999-12-31');
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.errors.map((e) => [e.path, e.message.en])).toEqual([['project.simulation.startDate', 'The field "startDate" must be a start date from 1000-01-01 to 9999-12-31.']]);
    expect(at('1000-01-01').ok).toBe(true);
  });
});
