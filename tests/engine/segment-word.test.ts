import { describe, expect, it } from 'vitest';
import { testCommand } from '../../engine/cli/commands/test.ts';
import { compareCommand } from '../../engine/cli/commands/compare.ts';
import { loadProject, saveProject } from '../../engine/io/index.ts';
import { END_LABELS } from '../../engine/results/index.ts';
import { buildTemplate, TEMPLATES, TEMPLATE_IDS } from '../../engine/templates/index.ts';

/**
 * A static list is a "segment statique" / "static segment" wherever a marketer reads it, as the
 * app's Resources, inspector and Simulate say (HubSpot's word since 2025): one name for one thing.
 * "Liste" / "list" stays only where it says the former name once ("segment (liste)").
 */

/** Every prose string (holding a space) of a value: ids such as "list-cleanup" are not read. */
const prose = (o: unknown): string[] => (typeof o === 'string' ? (o.includes(' ') ? [o] : []) : o && typeof o === 'object' ? Object.values(o).flatMap(prose) : []);
const LIST = { fr: /\blistes?\b/i, en: /\blists?\b/i } as const;

describe('a static list is called a segment', () => {
  it('in how an enrollment ended (the CLI summary, the results CSV): "segment de suppression"', () => {
    // It said "liste de suppression" beside the inspector's "Rejoindre un segment de suppression".
    expect(END_LABELS.suppressed).toEqual({ fr: 'segment de suppression', en: 'suppression segment' });
  });

  it.each(TEMPLATE_IDS.flatMap((id) => (['fr', 'en'] as const).map((lang) => [id, lang] as const)))('in the %s template’s texts (%s): descriptions, notes', (id, lang) => {
    // The cleanup template said "rejoignent la liste « Nettoyage »" and "ouvrir la liste « Nettoyage »";
    // every path end's note "terminez les branches par des listes statiques".
    const info = TEMPLATES.find((t) => t.id === id)!;
    expect([...prose(info.description), ...prose(buildTemplate(id, lang))].filter((s) => LIST[lang].test(s))).toEqual([]);
  });

  it('in the cleanup template’s description, FR and EN', () => {
    const info = TEMPLATES.find((t) => t.id === 'cleanup')!;
    expect(info.description.fr).toContain('rejoignent le segment «\u00a0Nettoyage\u00a0».');
    expect(info.description.en).toContain('join the "Cleanup" segment.');
  });

  it('in `flowbench test --help` and `flowbench compare --help`', () => {
    // test said "part d’inscrits dans une liste … une liste contient exactement certains contacts".
    for (const lang of ['fr', 'en'] as const) {
      expect(testCommand.help[lang].split('\n').filter((l) => !l.includes('--') && LIST[lang].test(l))).toEqual([]);
      expect(compareCommand.help[lang].split('\n').filter((l) => !l.includes('--') && LIST[lang].test(l))).toEqual([]);
    }
    expect(testCommand.help.fr).toContain('part d’inscrits dans un segment statique à un jour donné');
    expect(testCommand.help.fr).toContain('un segment statique contient exactement certains contacts');
  });

  it('in a project file’s errors: two segments with one id', () => {
    const project = buildTemplate('nurturing', 'en');
    const text = saveProject({ ...project, lists: [...project.lists, { ...project.lists[0]! }] });
    const loaded = loadProject(text);
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.errors.map((e) => e.message);
    expect(messages.some((m) => /déjà utilisé par le segment project\.lists\[0\]/.test(m.fr) && /already used by segment project\.lists\[0\]/.test(m.en))).toBe(true);
  });
});
