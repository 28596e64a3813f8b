import { chmodSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crc32 } from '../../../engine/io/crc32.ts';
import { saveProject } from '../../../engine/io/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { cli, tempDir } from './capture.ts';

let dir = '';
let cleanup = () => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const PROJECT = buildTemplate('cleanup', 'en');
const JSON_TEXT = saveProject(PROJECT);

/** A PNG chunk written by hand from the PNG specification: length, type, data, CRC of type + data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 1x1 PNG carrying the project in an uncompressed iTXt chunk under the keyword `flowbench`. */
function pngWithProject(text: string): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const itxt = Buffer.concat([Buffer.from('flowbench\0\0\0\0\0', 'latin1'), Buffer.from(text, 'utf8')]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('iTXt', itxt), chunk('IEND', new Uint8Array())]);
}

function svgWithProject(text: string): string {
  const base64 = Buffer.from(text, 'utf8').toString('base64');
  return `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><metadata><flowbench:project xmlns:flowbench="https://flowbench.app/ns/project" workflow="wf-cleanup" encoding="base64">${base64}</flowbench:project></metadata></svg>`;
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** Every kind of file the app opens, as bytes. */
const KINDS: readonly [string, () => Buffer][] = [
  ['plain.json', () => Buffer.from(JSON_TEXT, 'utf8')],
  ['bom.json', () => Buffer.from(`\ufeff${JSON_TEXT}`, 'utf8')],
  ['utf16le-bom.json', () => Buffer.from(`\ufeff${JSON_TEXT}`, 'utf16le')],
  ['utf16be-bom.json', () => utf16be(`\ufeff${JSON_TEXT}`)],
  ['utf16le.json', () => Buffer.from(JSON_TEXT, 'utf16le')],
  ['utf16be.json', () => utf16be(JSON_TEXT)],
  ['picture.png', () => pngWithProject(JSON_TEXT)],
  ['picture.svg', () => Buffer.from(svgWithProject(JSON_TEXT), 'utf8')],
];

describe('validate and simulate read files as the app reads them', () => {
  it.each(KINDS)('%s', async (name, bytes) => {
    writeFileSync(join(dir, name), bytes());
    const checked = await cli(['validate', name], dir);
    expect(checked.err).toBe('');
    expect(checked.out).toContain('No problems found.');
    const run = await cli(['simulate', name, '--generate', '20', '--days', '5', '--lang', 'fr'], dir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Simulation «\u00a0${PROJECT.name}\u00a0»`);
  });

  it.each(['fr', 'en'] as const)('says a picture without a project holds none, and what to give instead (%s)', async (lang) => {
    writeFileSync(join(dir, 'bare.png'), pngWithProject('').subarray(0, 8 + 25));
    writeFileSync(join(dir, 'bare.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    for (const [file, kind] of [['bare.png', 'PNG'], ['bare.svg', 'SVG']] as const) {
      const run = await cli(['validate', file, '--lang', lang], dir);
      expect(run.code).toBe(2);
      expect(run.err).toContain(
        lang === 'fr' ? `${file} est une image ${kind} qui ne contient pas de projet Flowbench` : `${file} is ${kind === 'SVG' ? 'an' : 'a'} ${kind} picture that holds no Flowbench project`,
      );
    }
  });
});

describe('a contacts file that cannot be used', () => {
  beforeEach(() => writeFileSync(join(dir, 'p.json'), JSON_TEXT));

  it.each(['fr', 'en'] as const)('missing: the same precise message as a missing project file (%s)', async (lang) => {
    const contacts = await cli(['simulate', 'p.json', '--contacts', 'nope.csv', '--lang', lang], dir);
    const project = await cli(['simulate', 'nope.json', '--lang', lang], dir);
    const expected = (file: string) => (lang === 'fr' ? `Impossible de lire ${file}\u00a0: fichier ou dossier introuvable.` : `Cannot read ${file}: no such file or directory.`);
    expect(contacts.code).toBe(2);
    expect(contacts.err.trim()).toBe(expected('nope.csv'));
    expect(project.err.trim()).toBe(expected('nope.json'));
  });

  it.each(['fr', 'en'] as const)('a folder, or a file it may not read (%s)', async (lang) => {
    mkdirSync(join(dir, 'folder.csv'));
    const folder = await cli(['simulate', 'p.json', '--contacts', 'folder.csv', '--lang', lang], dir);
    expect(folder.err).toContain(lang === 'fr' ? 'Impossible de lire folder.csv\u00a0: c’est un dossier.' : 'Cannot read folder.csv: it is a directory.');
    // root reads every file whatever its mode: the permission case only means something for other users.
    if (process.getuid?.() !== 0) {
      writeFileSync(join(dir, 'locked.csv'), 'Email\na@b.fr\n');
      chmodSync(join(dir, 'locked.csv'), 0o000);
      const locked = await cli(['simulate', 'p.json', '--contacts', 'locked.csv', '--lang', lang], dir);
      expect(locked.err).toContain(lang === 'fr' ? 'accès refusé' : 'permission denied');
    }
  });

  it.each(['fr', 'en'] as const)('a project file (JSON or picture) says it is a project, not a contacts CSV (%s)', async (lang) => {
    writeFileSync(join(dir, 'p.png'), pngWithProject(JSON_TEXT));
    for (const file of ['p.json', 'p.png']) {
      const run = await cli(['simulate', 'p.json', '--contacts', file, '--lang', lang], dir);
      expect(run.code).toBe(2);
      expect(run.err).toContain(lang === 'fr' ? `${file} est un fichier projet Flowbench, pas un CSV de contacts.` : `${file} is a Flowbench project file, not a contacts CSV.`);
      expect(run.err).not.toMatch(/mapping step|étape d’association/);
    }
  });

  it.each(['fr', 'en'] as const)('without an email column: names the columns recognised and offers --map, which then works (%s)', async (lang) => {
    writeFileSync(join(dir, 'c.csv'), 'Nom;Courriel pro\nAda;ada@example.com\nLin;lin@example.com\n');
    const run = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--lang', lang], dir);
    expect(run.code).toBe(2);
    for (const name of ['"Email"', '"E-mail"', '"Adresse e-mail"', '"Courriel"', '"Record ID"', '"Nom", "Courriel pro"']) expect(run.err).toContain(name);
    expect(run.err).toContain('--map "Courriel pro=email"');
    expect(run.err).not.toMatch(/mapping step|étape d’association/);
    const mapped = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--map', 'courriel pro=email', '--map', 'Nom=firstname', '--days', '3', '--lang', lang], dir);
    expect(mapped.err).toBe('');
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain('2 contacts');
  });

  it('a --map takes the property from the column that held it automatically', async () => {
    // "Email" would be mapped by itself; its values are not addresses, so only the move makes the rows valid.
    writeFileSync(join(dir, 'two.csv'), 'Email,Work email\nnot an address,ada@example.com\nnone,lin@example.com\n');
    const auto = await cli(['simulate', 'p.json', '--contacts', 'two.csv', '--days', '2'], dir);
    expect(auto.err).toContain('two.csv, line 2: Invalid email address');
    const moved = await cli(['simulate', 'p.json', '--contacts', 'two.csv', '--map', 'Work email=email', '--days', '2'], dir);
    expect(moved.err).toBe('');
    expect(moved.out).toContain('2 contacts');
  });

  it.each(['fr', 'en'] as const)('a --map naming no column or no property says which exist (%s)', async (lang) => {
    writeFileSync(join(dir, 'c.csv'), 'Nom,Courriel pro\nAda,ada@example.com\n');
    const column = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--map', 'Mail=email', '--lang', lang], dir);
    expect(column.err).toContain(lang === 'fr' ? 'le fichier n’a pas de colonne «\u00a0Mail\u00a0». Ses colonnes\u00a0: "Nom", "Courriel pro".' : 'the file has no column "Mail". Its columns: "Nom", "Courriel pro".');
    const property = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--map', 'Courriel pro=mail', '--lang', lang], dir);
    expect(property.err).toContain(lang === 'fr' ? 'propriété inconnue «\u00a0mail\u00a0»' : 'unknown property "mail"');
    expect(property.err).toContain('email, firstname, lastname');
    const shape = await cli(['simulate', 'p.json', '--contacts', 'c.csv', '--map', 'email', '--lang', lang], dir);
    expect(shape.err).toContain(lang === 'fr' ? '--map email\u00a0: attendu colonne=propriété' : '--map email: expected column=property');
  });
});

describe('a project file over the 40 MB limit', () => {
  // A sparse file: 40 MB + 1 byte on disk by its size, nothing written. The limit is the app's
  // (MAX_PROJECT_BYTES = 40 × 1024 × 1024), so the size in the message rounds up to 41 MB.
  const oversized = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, '');
    truncateSync(path, 40 * 1024 * 1024 + 1);
    return name;
  };

  it('is refused by its size, in the user’s language, for validate and hubspot import alike', async () => {
    const fr = await cli(['validate', oversized('big.json')], dir, { LANG: 'fr_FR.UTF-8' });
    expect(fr.code).toBe(2);
    expect(fr.err).toContain('big.json est trop volumineux (41 Mo)');
    expect(fr.err).toContain('la limite est de 40 Mo');
    const en = await cli(['hubspot', 'import', oversized('flow.json'), 'out.json'], dir);
    expect(en.code).toBe(2);
    expect(en.err).toContain('flow.json is too large (41 MB): the limit is 40 MB. Nothing was read.');
  });

  it('a file of exactly 40 MB is read (and then judged on its content)', async () => {
    const path = join(dir, 'edge.json');
    writeFileSync(path, '');
    truncateSync(path, 40 * 1024 * 1024);
    const run = await cli(['validate', 'edge.json'], dir);
    expect(run.err).not.toContain('too large (');
  });
});
