import { describe, expect, it } from 'vitest';
import { looksLikeCsv, readOpenedFile } from '../../renderer/export/embed.ts';
import { en } from '../../renderer/i18n/en.ts';
import { fr } from '../../renderer/i18n/fr.ts';
import { SANDBOX_TEXTS } from '../../renderer/sandbox/i18n.ts';

/**
 * A contacts CSV opened with Open file: it said « Le fichier n’est pas du JSON valide : caractère
 * inattendu « E » (ligne 1, colonne 1) » (a review). It now says what the file looks like and
 * where contacts are loaded, with the sandbox's own words.
 */
const bytes = (text: string) => new TextEncoder().encode(text);

describe('opening a CSV as a project', () => {
  it('says it is a CSV of contacts and where to import it, and nothing of JSON', () => {
    const opened = readOpenedFile('contacts.csv', bytes('\ufeffEmail;Prénom;Phase\r\nlea@example.com;Léa;lead\r\nhugo@example.com;Hugo;subscriber\r\n'));
    expect(opened.kind).toBe('project');
    if (opened.kind !== 'project' || opened.result.ok) throw new Error('expected a refusal');
    expect(opened.result.details).toEqual(['app.csvNotProject']);
  });

  it('tells CSV from broken JSON and from a line of text', () => {
    expect(looksLikeCsv('Email,First name\nlea@example.com,Léa\n')).toBe(true);
    expect(looksLikeCsv('email\tname\nx@y.z\tX\n')).toBe(true);
    // A damaged project is JSON with a fault, not a CSV: its message keeps the place of the fault.
    expect(looksLikeCsv('{"format": "flowbench-project", "version": 3,,}')).toBe(false);
    expect(looksLikeCsv('[1, 2,')).toBe(false);
    expect(looksLikeCsv('hello world')).toBe(false);
    expect(looksLikeCsv('a,b\nno separator here\n')).toBe(false);
  });

  it('names the sandbox and its import button as the app does (EN, FR)', () => {
    expect(en.app.csvNotProject).toContain(`${SANDBOX_TEXTS.en.sandbox} › ${SANDBOX_TEXTS.en.import}`);
    expect(fr.app.csvNotProject).toContain(`${SANDBOX_TEXTS.fr.sandbox} › ${SANDBOX_TEXTS.fr.import}`);
  });
});
