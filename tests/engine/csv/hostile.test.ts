import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  autoMapColumns,
  contactsToCsv,
  csvCell,
  decodeCsvBytes,
  parseContactsCsv,
  readCsvHeader,
  unguardCell,
} from '../../../engine/csv/index.ts';
import { LEAD_STATUS_NAMES, LIFECYCLE_NAMES } from '../../../engine/csv/hubspot-labels.ts';
import { allProperties, asContactId, LIFECYCLE_STAGES, type Contact, type PropertyDefinition } from '../../../engine/model/index.ts';

/** What the import screen does with text: header, automatic mapping, parse. */
function importText(text: string, custom: readonly PropertyDefinition[] = []) {
  const header = readCsvHeader(text);
  if ('fatal' in header) throw new Error(header.fatal.en);
  return parseContactsCsv(text, autoMapColumns(header.headers, custom), { custom });
}

describe('CSV injection: no cell of an export starts a formula', () => {
  // OWASP's list: = + - @, tab and carriage return; and text already starting with quotes.
  const HOSTILE = ['=1+1', '=HYPERLINK("http://x.example","clic")', '+33 6 12 34 56 78', '-2+3', '@SUM(A1:A9)', '\t=cmd|/c calc', '\r=1', "'=already", "''+twice", '=', '-'];
  const contacts: Contact[] = HOSTILE.map((text, i) => ({
    id: asContactId(`c${i}`),
    properties: { email: `c${i}@example.fr`, firstname: text, company: `Société ${i}`, hubspotscore: -5 - i },
    lists: [],
    events: [],
    persona: null,
  }));
  const properties = allProperties([]);

  it.each([',', ';'] as const)('writes every hostile text as text, with separator %s', (delimiter) => {
    const csv = contactsToCsv(contacts, properties, { delimiter });
    const cells = Papa.parse<string[]>(csv.trim(), { delimiter }).data.flat();
    for (const cell of cells.filter((c) => !/^-\d+$/.test(c))) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    const firstnames = Papa.parse<string[]>(csv.trim(), { delimiter }).data.slice(1).map((row) => row[2]);
    expect(firstnames).toEqual(HOSTILE.map((t) => `'${t}`));
  });

  it('keeps negative numbers as numbers (a number is not a formula)', () => {
    const csv = contactsToCsv(contacts.slice(0, 1), properties);
    expect(csv.split('\r\n')[1]).toContain(',-5,');
  });

  it('reads its own export back to the same values', () => {
    const csv = contactsToCsv(contacts, properties, { delimiter: ';' });
    const result = importText(csv);
    expect(result.errors).toEqual([]);
    expect(result.contacts.map((c) => c.properties.firstname)).toEqual(HOSTILE.map((t) => t.trim()));
    expect(result.contacts.map((c) => c.properties.hubspotscore)).toEqual(HOSTILE.map((_, i) => -5 - i));
  });

  it('quotes what needs quoting, and guards before quoting', () => {
    expect(csvCell('=1;2', ';')).toBe(`"'=1;2"`);
    expect(csvCell('a"b', ',')).toBe('"a""b"');
    expect(csvCell('\r=1', ',')).toBe(`"'\r=1"`);
    expect(csvCell(' padded ', ',')).toBe('" padded "');
    expect(csvCell(-3.5, ',')).toBe('-3.5');
    expect(csvCell(null, ',')).toBe('');
    expect(csvCell('Hélène', ',')).toBe('Hélène');
    expect(unguardCell("'=1")).toBe('=1');
    expect(unguardCell("'plain")).toBe("'plain");
  });

  it('leaves a negative number written as text a number, in either decimal style, and still guards what computes', () => {
    // A French file writes decimals with a comma, so its figures reach csvCell as text: "-45,4" is
    // the number -45.4 to a French spreadsheet, not a formula. It used to get the guard quote.
    expect(csvCell('-45,4', ';')).toBe('-45,4');
    expect(csvCell('-45.4', ',')).toBe('-45.4');
    expect(csvCell('-46', ',')).toBe('-46');
    // The separator inside still quotes it: "-45,4" in a comma file.
    expect(csvCell('-45,4', ',')).toBe('"-45,4"');
    // Anything that computes keeps its guard.
    expect(csvCell('-2+3', ',')).toBe("'-2+3");
    expect(csvCell('-A1', ',')).toBe("'-A1");
    expect(csvCell('-1e5', ',')).toBe("'-1e5");
    expect(csvCell('--5', ',')).toBe("'--5");
  });
});

describe('HubSpot’s French and English lifecycle stage and lead status names', () => {
  const row = (stage: string) => `E-mail;Phase du cycle de vie\r\nx@example.fr;${stage}\r\n`;
  const stageOf = (name: string) => {
    const result = importText(row(name));
    expect(result.errors.map((e) => e.reason.en), name).toEqual([]);
    return result.contacts[0]!.properties.lifecyclestage;
  };
  const shout = (s: string) => s.toUpperCase();
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

  it('has names for every lifecycle stage of the model', () => {
    expect(Object.keys(LIFECYCLE_NAMES).sort()).toEqual([...LIFECYCLE_STAGES].sort());
  });

  it.each(Object.entries(LIFECYCLE_NAMES))('reads %s from its value and every name, in any case, with or without accents', (value, names) => {
    for (const name of [value, ...names]) for (const written of [name, shout(name), plain(name), plain(name).toLowerCase()]) expect(stageOf(written), written).toBe(value);
  });

  it('reads the names from the issue’s French HubSpot export', () => {
    expect(stageOf('Lead qualifié marketing')).toBe('marketingqualifiedlead');
    expect(stageOf('Lead qualifié pour la vente')).toBe('salesqualifiedlead');
    expect(stageOf('Évangéliste')).toBe('evangelist');
    expect(stageOf("Lead qualifié par l'équipe commerciale")).toBe('salesqualifiedlead');
  });

  it('still refuses a stage no one writes, naming it', () => {
    const result = importText(row('Prospect chaud'));
    expect(result.errors.map((e) => e.reason.fr)).toEqual(['Phase du cycle de vie inconnue : « Prospect chaud ».']);
  });

  const leadStatus = (options: boolean): PropertyDefinition => ({
    name: 'hs_lead_status',
    type: 'enumeration',
    label: { fr: 'Statut du lead', en: 'Lead status' },
    ...(options ? { options: Object.keys(LEAD_STATUS_NAMES).map((value) => ({ value, label: { fr: value, en: value } })) } : {}),
  });

  it.each([true, false])('reads every lead status name into HubSpot’s value (project lists the options: %s)', (withOptions) => {
    const property = leadStatus(withOptions);
    for (const [value, names] of Object.entries(LEAD_STATUS_NAMES))
      for (const name of [value, ...names, ...names.map(shout), ...names.map(plain)]) {
        const result = importText(`Email,Statut du lead\r\nx@example.fr,${name}\r\n`, [property]);
        expect(result.errors, name).toEqual([]);
        expect(result.contacts[0]!.properties.hs_lead_status, name).toBe(value);
      }
  });
});

describe('Excel’s sep= first line', () => {
  it('takes the separator from it, drops it, and counts lines as the file has them', () => {
    const text = 'sep=;\r\nE-mail;Prénom;Nombre\r\nanne@example.fr;Anne;1,5\r\nbad-address;Bob;2\r\n';
    const header = readCsvHeader(text);
    expect(header).toMatchObject({ headers: ['E-mail', 'Prénom', 'Nombre'], delimiter: ';' });
    const result = importText(text);
    expect(result.contacts.map((c) => c.properties.firstname)).toEqual(['Anne']);
    expect(result.errors.map((e) => e.line)).toEqual([4]);
    expect(result.total).toBe(2);
  });

  it('honours a quoted sep line after a BOM, and a separator other than the header’s majority', () => {
    const text = '\uFEFF"sep=,"\nEmail,Note;with;semicolons\nanne@example.fr,a;b;c\n';
    const header = readCsvHeader(text);
    expect(header).toMatchObject({ headers: ['Email', 'Note;with;semicolons'], delimiter: ',' });
    expect(importText(text).contacts).toHaveLength(1);
  });
});

describe('mixed encodings in one file', () => {
  const utf8 = (s: string) => [...new TextEncoder().encode(s)];
  const cp1252 = (s: string) => [...s].map((ch) => ({ é: 0xe9, è: 0xe8, ç: 0xe7, '’': 0x92 })[ch] ?? ch.charCodeAt(0));
  const bytes = (...lines: number[][]) => new Uint8Array(lines.flatMap((l, i) => (i === 0 ? l : [0x0a, ...l])));

  it('reads mostly UTF-8 with a few Windows-1252 rows, saying which lines', () => {
    const decoded = decodeCsvBytes(
      bytes(utf8('Email,Prénom'), utf8('a@example.fr,Hélène'), cp1252('b@example.fr,Hélène'), utf8('c@example.fr,François'), cp1252('d@example.fr,Zoé l’aînée'.replace('î', 'i'))),
    );
    expect(decoded.encoding).toBe('mixed');
    expect(decoded.windows1252Lines).toEqual([3, 5]);
    expect(decoded.text.split('\n')).toEqual(['Email,Prénom', 'a@example.fr,Hélène', 'b@example.fr,Hélène', 'c@example.fr,François', 'd@example.fr,Zoé l’ainée']);
    expect(decoded.note!.fr).toBe('Encodages mélangés : 2 lignes lues en Windows-1252 (3, 5), 3 lignes accentuées en UTF-8.');
    expect(decoded.note!.en).toBe('Mixed encodings: 2 lines read as Windows-1252 (3, 5), 3 lines with accents as UTF-8.');
  });

  it('reads mostly Windows-1252 with one UTF-8 row', () => {
    const decoded = decodeCsvBytes(bytes(cp1252('E-mail;Prénom'), cp1252('a@example.fr;Hélène'), utf8('b@example.fr;Hélène'), cp1252('c@example.fr;Gaëlle'.replace('ë', 'e'))));
    expect(decoded.encoding).toBe('mixed');
    expect(decoded.windows1252Lines).toEqual([1, 2]);
    expect(decoded.text).not.toContain('Ã');
    expect(decoded.text.split('\n')[2]).toBe('b@example.fr;Hélène');
  });

  it('keeps a plain Windows-1252 file a Windows-1252 file (no note)', () => {
    const decoded = decodeCsvBytes(bytes(cp1252('E-mail;Prénom'), cp1252('a@example.fr;Hélène')));
    expect(decoded).toEqual({ text: 'E-mail;Prénom\na@example.fr;Hélène', encoding: 'windows-1252' });
  });
});

describe('a French HubSpot export pasted from two tools (fixtures/mixed-encodings.csv)', () => {
  it('imports every row: French stage names, Windows-1252 and UTF-8 lines alike', async () => {
    const { importFixture } = await import('./helpers.ts');
    const result = importFixture('mixed-encodings.csv');
    expect(result.encoding).toBe('mixed');
    expect(result.errors).toEqual([]);
    expect(result.contacts.map((c) => [c.properties.firstname, c.properties.lifecyclestage])).toEqual([
      ['Hélène', 'marketingqualifiedlead'],
      ['François', 'evangelist'],
      ['Zoé', 'salesqualifiedlead'],
      ['Gaël', 'subscriber'],
    ]);
  });
});

// A review imported a company "ACME\u202Eevil": the table showed "ACMElive", and the override ran
// on through the preview's next cells. Writing-direction controls are removed as the file is read
// (and counted for the report); marks that only hint a direction stay.
describe('writing-direction controls in a CSV', () => {
  it('are removed from values, headers and the preview, and counted by cell', () => {
    const text = 'Email,Company,Firstname\r\nlea@example.com,ACME\u202eevil,L\u2066éa\u2069\r\nhugo@example.com,\u200fشركة,Hugo\r\n';
    const header = readCsvHeader(text);
    if ('fatal' in header) throw new Error('expected a header');
    expect(header.preview[0]).toEqual(['lea@example.com', 'ACMEevil', 'Léa']);
    const read = parseContactsCsv(text, autoMapColumns(header.headers));
    expect(read.contacts.map((c) => c.properties['company'])).toEqual(['ACMEevil', '\u200fشركة']);
    expect(read.contacts[0]!.properties['firstname']).toBe('Léa');
    // Two cells of the first row held controls (the isolate pair is one cell); the RLM is kept.
    expect(read.bidiRemoved).toBe(2);
  });
});
