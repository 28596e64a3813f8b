import { describe, expect, it } from 'vitest';
import { cli } from './capture.ts';

const cwd = process.cwd();

/** Each mistake: the command line, then what the message must say in French and in English. */
const CASES: readonly { argv: readonly string[]; fr: readonly string[]; en: readonly string[] }[] = [
  {
    argv: ['simulate', 'p.json', '--generat', '5'],
    fr: ['Option inconnue\u00a0: --generat.', 'Vouliez-vous dire --generate\u00a0?', 'flowbench simulate --help'],
    en: ['Unknown option: --generat.', 'Did you mean --generate?', 'flowbench simulate --help'],
  },
  {
    argv: ['validate', 'p.json', '--frob'],
    fr: ['Option inconnue\u00a0: --frob.', '--json'],
    en: ['Unknown option: --frob.', '--json'],
  },
  {
    argv: ['simulate', 'p.json', '--generate', 'abc'],
    fr: ['--generate abc\u00a0: attendu le nombre de contacts à générer, un nombre entier de 0 à 1\u202f000\u202f000, par exemple --generate 1000.'],
    en: ['--generate abc: expected how many contacts to generate, a whole number from 0 to 1,000,000, for example --generate 1000.'],
  },
  {
    argv: ['simulate', 'p.json', '--days', '-3'],
    fr: ['--days -3\u00a0: attendu la durée simulée en jours, un nombre entier de 1 à 3\u202f653'],
    en: ['--days -3: expected the simulated time in days, a whole number from 1 to 3,653'],
  },
  {
    argv: ['simulate', 'p.json', '--days', '1e9'],
    fr: ['--days 1e9\u00a0: attendu'],
    en: ['--days 1e9: expected'],
  },
  {
    argv: ['simulate', 'p.json', '--seed', '3.5'],
    fr: ['--seed 3.5\u00a0: attendu la graine du hasard'],
    en: ['--seed 3.5: expected the random seed'],
  },
  {
    argv: ['simulate', 'p.json', '--start', '2025-02-30'],
    fr: ['--start 2025-02-30\u00a0: attendu une date du calendrier au format AAAA-MM-JJ'],
    en: ['--start 2025-02-30: expected a calendar date as YYYY-MM-DD'],
  },
  {
    argv: ['simulate', 'p.json', '--days'],
    fr: ['--days attend une valeur, par exemple\u00a0: --days 90.'],
    en: ['--days needs a value, for example: --days 90.'],
  },
  {
    argv: ['simulate', 'p.json', '--days', '3', '--days', '4'],
    fr: ['--days est donné deux fois'],
    en: ['--days is given twice'],
  },
  {
    argv: ['validate', 'p.json', '--json=yes'],
    fr: ['--json ne prend pas de valeur'],
    en: ['--json takes no value'],
  },
  {
    argv: ['simulate', 'p.json', '--map', 'Email=email'],
    fr: ['--map associe les colonnes du fichier de --contacts'],
    en: ['--map maps the columns of the --contacts file'],
  },
  {
    argv: ['simulate'],
    fr: ['Quel projet simuler\u00a0?', 'flowbench simulate <projet.json>'],
    en: ['Which project to simulate?', 'flowbench simulate <project.json>'],
  },
  {
    argv: ['validate', 'a.json', 'b.json'],
    fr: ['Un seul fichier à la fois', 'b.json'],
    en: ['One file at a time', 'b.json'],
  },
  {
    argv: ['frobnicate'],
    fr: ['Commande inconnue\u00a0: frobnicate.', 'Utilisation\u00a0:'],
    en: ['Unknown command: frobnicate.', 'Usage:'],
  },
];

describe('command-line mistakes get a message in the user’s language saying what to write', () => {
  it.each(CASES.flatMap((c) => (['fr', 'en'] as const).map((lang) => [c.argv.join(' '), lang, c] as const)))('%s (%s)', async (_, lang, c) => {
    const run = await cli([...c.argv, '--lang', lang], cwd);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    for (const part of c[lang]) expect(run.err).toContain(part);
    // The other language's words stay out (its first expected phrase never shows up).
    expect(run.err).not.toContain(c[lang === 'fr' ? 'en' : 'fr'][0]);
  });
});
