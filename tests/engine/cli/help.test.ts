import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../engine/cli/commands.ts';
import { wrap } from '../../../engine/cli/help.ts';
import { langFromEnv } from '../../../engine/cli/lang.ts';
import { cli } from './capture.ts';

const cwd = process.cwd();
const LANGS = ['fr', 'en'] as const;
const longest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

describe('--help wraps to the terminal width', () => {
  it.each(LANGS)('general usage and every command’s help fit 80 columns when the width is unknown (%s)', async (lang) => {
    const runs = [await cli(['--help', '--lang', lang], cwd), ...(await Promise.all(COMMANDS.map((c) => cli([c.name, '--help', '--lang', lang], cwd))))];
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(longest(run.out)).toBeLessThanOrEqual(80);
    }
    // Nothing is lost by wrapping: the simulate help still names every option.
    const simulate = runs[1 + COMMANDS.findIndex((c) => c.name === 'simulate')]!.out;
    for (const option of ['--workflow', '--contacts', '--map', '--generate', '--days', '--start', '--seed', '--json', '--csv', '--lang']) expect(simulate).toContain(option);
  });

  it.each([50, 100, 132])('follows the terminal’s own width (%i columns), in both languages', async (columns) => {
    for (const lang of LANGS) {
      let out = '';
      const { runCli } = await import('../../../engine/cli/run.ts');
      await runCli(['simulate', '--help', '--lang', lang], { out: (t) => void (out += t), err: () => {}, env: {}, cwd, columns });
      expect(longest(out)).toBeLessThanOrEqual(columns);
      // A wide terminal is used: some line comes within 15 columns of its edge.
      expect(longest(out)).toBeGreaterThan(columns - 15);
    }
  });

  it('keeps the words and their order, and hangs an option’s continuation under its text', () => {
    const text = '  --days D  simulated time in days (1 to 3,650; default: the project’s own horizon from its settings).';
    const wrapped = wrap(text, 40);
    expect(wrapped.split(/\s+/).join(' ')).toBe(text.split(/\s+/).join(' '));
    const [first, ...rest] = wrapped.split('\n');
    expect(first!.startsWith('  --days D')).toBe(true);
    for (const line of rest) expect(line.startsWith('      ')).toBe(true);
  });

  it.each(LANGS)('says in --help which files are read: JSON in UTF-8 or UTF-16, PNG and SVG pictures (%s)', async (lang) => {
    for (const name of ['validate', 'simulate']) {
      const out = (await cli([name, '--help', '--lang', lang], cwd)).out.replace(/\s+/g, ' ');
      expect(out).toContain('UTF-16 LE');
      expect(out).toContain('PNG');
      expect(out).toContain('SVG');
      expect(out).toContain(lang === 'fr' ? 'avec ou sans BOM' : 'with or without BOM');
    }
  });
});

describe('the language of every message', () => {
  it('takes LC_ALL, then LC_MESSAGES, then LANG, then the system locale', () => {
    expect(langFromEnv({ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US' })).toBe('fr');
    expect(langFromEnv({ LC_MESSAGES: 'fr_BE', LANG: 'en_US' })).toBe('fr');
    expect(langFromEnv({ LANG: 'fr_CA.UTF-8' })).toBe('fr');
    expect(langFromEnv({}, () => 'fr-FR')).toBe('fr');
    expect(langFromEnv({}, () => 'en-US')).toBe('en');
    expect(langFromEnv({ LANG: 'C' }, () => 'fr-FR')).toBe('en');
  });

  it('speaks the --lang asked even about a mistake in the command line', async () => {
    const fr = await cli(['simulate', 'p.json', '--days', 'abc', '--lang', 'fr'], cwd, { LANG: 'en_US.UTF-8' });
    expect(fr.err).toContain('--days abc\u00a0: attendu la durée simulée en jours');
    const en = await cli(['simulate', 'p.json', '--days', 'abc', '--lang', 'en'], cwd, { LANG: 'fr_FR.UTF-8' });
    expect(en.err).toContain('--days abc: expected the simulated time in days');
  });
});
