import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../engine/templates/index.ts';
import { cli } from './capture.ts';

const cwd = process.cwd();

describe('flowbench command line', () => {
  it('prints the usage and exits 2 on an unknown command', async () => {
    const run = await cli(['frobnicate'], cwd);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Unknown command: frobnicate');
    expect(run.err).toMatch(/flowbench validate <file>/);
    expect(run.err).toMatch(/flowbench templates/);
    expect(run.out).toBe('');
  });

  it('exits 2 with the usage when no command is given, 0 for --help', async () => {
    expect((await cli([], cwd)).code).toBe(2);
    const help = await cli(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage:/);
  });

  it('gives each command its own --help', async () => {
    for (const name of ['validate', 'templates', 'template']) {
      const run = await cli([name, '--help'], cwd);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`flowbench ${name} `);
    }
    expect((await cli(['validate', '--help'], cwd)).out).toMatch(/--json/);
  });

  it('refuses an option the command does not know', async () => {
    const run = await cli(['templates', '--frob'], cwd);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--frob/);
  });

  it('lists every template with its name and description in the chosen language', async () => {
    const en = await cli(['templates', '--lang', 'en'], cwd);
    const fr = await cli(['templates', '--lang=fr'], cwd);
    expect(en.code).toBe(0);
    // Descriptions wrap to the terminal's width: compare with runs of spaces and breaks as one space.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const t of TEMPLATES) {
      expect(en.out).toContain(t.id);
      expect(en.out).toContain(t.name.en);
      expect(flat(en.out)).toContain(flat(t.description.en));
      expect(fr.out).toContain(t.name.fr);
      expect(flat(fr.out)).toContain(flat(t.description.fr));
    }
  });

  it('speaks French when the locale says so and --lang does not', async () => {
    const fr = await cli(['templates'], cwd, { LANG: 'fr_FR.UTF-8' });
    expect(fr.out).toContain(TEMPLATES[0]!.name.fr);
    const overridden = await cli(['templates'], cwd, { LANG: 'en_US.UTF-8', LC_ALL: 'fr_CA.UTF-8' });
    expect(overridden.out).toContain(TEMPLATES[0]!.name.fr);
    const english = await cli(['templates'], cwd, { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' });
    expect(english.out).toContain(TEMPLATES[0]!.name.en);
    const flag = await cli(['templates', '--lang', 'en'], cwd, { LANG: 'fr_FR.UTF-8' });
    expect(flag.out).toContain(TEMPLATES[0]!.name.en);
  });

  it('tells a user who passes an id to `templates` to use `template`', async () => {
    const run = await cli(['templates', 'nurturing'], cwd);
    expect(run.code).toBe(2);
    expect(run.err).toContain('flowbench template <id> <out.json>');
    expect(run.out).toBe('');
  });

  it('rejects an unknown language with exit 2', async () => {
    const run = await cli(['templates', '--lang', 'de'], cwd);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Unknown language "de"');
  });
});
