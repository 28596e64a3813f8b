import { describe, expect, it } from 'vitest';
import { cli } from './capture.ts';

const cwd = process.cwd();

describe('--lang without a value is told so, as any other option is', () => {
  it.each([
    ['last on the line', ['validate', 'p.json', '--lang']],
    ['written --lang=', ['validate', 'p.json', '--lang=']],
    ['followed by another option', ['validate', '--lang', '--json', 'p.json']],
  ])('%s', async (_, argv) => {
    const en = await cli(argv, cwd, { LANG: 'en_US.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.out).toBe('');
    // The very wording args.ts gives every option (`--days needs a value, for example: --days 90.`).
    expect(en.err).toBe('--lang needs a value, for example: --lang fr.\n');
    const fr = await cli(argv, cwd, { LANG: 'fr_FR.UTF-8' });
    expect(fr.err).toBe('--lang attend une valeur, par exemple\u00a0: --lang fr.\n');
  });

  it('the wording is the same as for another option', async () => {
    const days = await cli(['simulate', 'p.json', '--days'], cwd);
    expect(days.err).toBe('--days needs a value, for example: --days 90.\n');
  });

  it('an unknown language is still named', async () => {
    const run = await cli(['validate', 'p.json', '--lang', 'de'], cwd);
    expect(run.err).toBe('Unknown language "de": write --lang fr or --lang en.\n');
  });
});
