import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { cli, tempDir } from './capture.ts';

const ARTICLE = '3 exemples simples de workflows à mettre en place sur HubSpot';
/** The seed article's three examples, in its order; the other two are not in it. */
const EXAMPLE: Readonly<Record<string, number | null>> = { nurturing: 1, lifecycle: 2, cleanup: 3, webinar: null, birthday: null };

let dir = '';
let cleanup = () => {};
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('templates and template agree', () => {
  it.each(TEMPLATE_IDS.flatMap((id) => (['fr', 'en'] as const).map((lang) => [id, lang] as const)))('%s (%s): one name, and the description says which article', async (id, lang) => {
    const listed = (await cli(['templates', '--lang', lang], dir)).out;
    const written = await cli(['template', id, `${id}-${lang}.json`, '--lang', lang], dir);
    const name = (JSON.parse(readFileSync(join(dir, `${id}-${lang}.json`), 'utf8')) as { project: { name: string } }).project.name;
    // The catalogue's line for the template shows the very name of the project it writes.
    expect(listed).toMatch(new RegExp(`^${id} +${name.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(written.out).toContain(lang === 'fr' ? `«\u00a0${name}\u00a0»` : `"${name}"`);
    const block = listed.split(/\n(?=\S)/).find((b) => b.startsWith(`${id} `))!.replace(/\s+/g, ' ');
    expect(block).toContain(lang === 'fr' ? `«\u00a0${ARTICLE}\u00a0»`.replace(/\s+/g, ' ') : `"${ARTICLE}"`);
    const n = EXAMPLE[id];
    if (n === null) expect(block).toContain(lang === 'fr' ? 'Hors de l’article' : 'Not in the article');
    else expect(block).toContain(lang === 'fr' ? `Exemple ${n} de l’article` : `Example ${n} of the article`);
  });
});
