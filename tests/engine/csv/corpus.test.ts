import { describe, expect, it } from 'vitest';
import { importFixture, lines, reasons } from './helpers.ts';

const at = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('a HubSpot export in English', () => {
  const result = importFixture('hubspot-export-en.csv');

  it('maps every HubSpot column and reads all three contacts', () => {
    expect(result.encoding).toBe('utf-8');
    expect(result.fatal).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.total).toBe(3);
    expect(result.contacts.map((c) => c.id)).toEqual(['101', '102', '103']);
  });

  it('reads HubSpot date-times as UTC, scores as numbers, and lower-cases emails', () => {
    const [emma, liam, sophie] = result.contacts;
    expect(emma!.properties).toEqual({
      firstname: 'Emma',
      lastname: 'Clarke',
      email: 'emma.clarke@northwind.co.uk',
      company: 'Northwind Traders',
      jobtitle: 'Marketing Manager',
      lifecyclestage: 'lead',
      hubspotscore: 12,
      createdate: at(2023, 4, 2, 9, 15),
      lastactivitydate: at(2024, 1, 20, 17, 45),
    });
    expect(liam!.properties.email).toBe('liam.obrien@contoso.com');
    expect(liam!.properties.company).toBe('Contoso, Ltd');
    expect(liam!.properties.lastactivitydate).toBeUndefined();
    expect(sophie!.properties.createdate).toBe(at(2021, 6, 15));
    expect(sophie!.properties.lastactivitydate).toBe(at(2024, 2, 1, 8, 30));
  });

  it('ignores columns the model has no property for (Phone Number) until mapped', () => {
    expect(Object.keys(result.contacts[0]!.properties)).not.toContain('phone');
  });
});

describe('French Excel files, in Windows-1252 and in UTF-8 with a BOM', () => {
  for (const [file, encoding] of [
    ['excel-fr-windows-1252.csv', 'windows-1252'],
    ['excel-fr-utf8-bom.csv', 'utf-8-bom'],
  ] as const) {
    it(`${file}: keeps accents, reads semicolons, French labels, dates and decimal commas`, () => {
      const result = importFixture(file);
      expect(result.encoding).toBe(encoding);
      expect(result.errors).toEqual([]);
      expect(result.contacts).toHaveLength(3);
      const [helene, francois, zoe] = result.contacts;
      expect(helene!.properties).toEqual({
        firstname: 'Hélène',
        lastname: 'Lefèvre',
        email: 'helene.lefevre@societe-generale.fr',
        company: 'Société Générale',
        jobtitle: 'Directrice générale',
        lifecyclestage: 'customer',
        hubspotscore: 12.5,
        createdate: at(2024, 3, 15, 14, 5),
        lastactivitydate: at(2024, 4, 2),
      });
      expect(francois!.properties.jobtitle).toBe('Chargé d’études');
      expect(francois!.properties.lifecyclestage).toBe('marketingqualifiedlead');
      expect(zoe!.properties.jobtitle).toBe('Responsable « marketing »');
      expect(zoe!.properties.lifecyclestage).toBe('subscriber');
      expect(zoe!.properties.createdate).toBe(at(2022, 12, 31, 23, 59));
    });
  }
});

describe('rows spanning several lines', () => {
  const result = importFixture('quoted-newlines.csv');

  it('counts physical lines, quoted line breaks and blank lines included', () => {
    expect(result.total).toBe(4);
    expect(result.contacts.map((c) => c.properties.firstname)).toEqual(['Ada', 'Carl']);
    expect(lines(result)).toEqual([5, 9]);
    expect(reasons(result)).toEqual(['Invalid email address: "bob@example".', 'Unknown lifecycle stage: "hot prospect".']);
    expect(result.errors[1]!.reason.fr).toBe('Phase du cycle de vie inconnue : « hot prospect ».');
  });
});

describe('files with missing columns and ragged rows', () => {
  const result = importFixture('missing-columns.csv');

  it('reads the columns present and rejects rows with too few or too many values', () => {
    expect(result.contacts.map((c) => c.properties)).toEqual([{ email: 'eve@example.com', firstname: 'Eve' }]);
    expect(lines(result)).toEqual([3, 4, 5]);
    expect(reasons(result)).toEqual([
      'This line has 1 value where the header has 2 columns (a missing separator or quote?).',
      'This line has 3 values where the header has 2 columns (a missing separator or quote?).',
      'Missing email address.',
    ]);
  });
});

describe('a file with 10 % bad rows', () => {
  const result = importFixture('ten-percent-bad.csv');

  it('keeps the 45 good rows and lists the 5 bad ones with their line and reason', () => {
    expect(result.total).toBe(50);
    expect(result.contacts).toHaveLength(45);
    expect(result.errors).toEqual([
      { line: 8, reason: { fr: 'Adresse e-mail invalide : « lead7-at-example.com ».', en: 'Invalid email address: "lead7-at-example.com".' } },
      { line: 15, reason: { fr: 'Adresse e-mail manquante.', en: 'Missing email address.' } },
      {
        line: 22,
        reason: {
          fr: 'Date de création : « 31/02/2024 » n’est pas une date valide (attendu : 2024-03-15 ou 15/03/2024).',
          en: 'Create date: "31/02/2024" is not a valid date (expected 2024-03-15, or 15/03/2024 with the day first).',
        },
      },
      { line: 29, reason: { fr: 'Phase du cycle de vie inconnue : « Prospect chaud ».', en: 'Unknown lifecycle stage: "Prospect chaud".' } },
      { line: 36, reason: { fr: 'Score HubSpot : « beaucoup » n’est pas un nombre.', en: 'HubSpot score: "beaucoup" is not a number.' } },
    ]);
  });
});

describe('files that hold no contacts', () => {
  it('says an empty file is empty', () => {
    expect(importFixture('empty.csv').fatal?.en).toBe('The file is empty.');
    expect(importFixture('blank-lines.csv').fatal?.fr).toBe('Le fichier est vide.');
  });

  it('says binary junk is not a CSV', () => {
    const result = importFixture('binary-junk.csv');
    expect(result.fatal?.en).toMatch(/not a CSV/);
    expect(result.contacts).toEqual([]);
  });
});
