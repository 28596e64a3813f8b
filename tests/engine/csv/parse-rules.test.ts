import { describe, expect, it } from 'vitest';
import { allProperties, asProjectId, emptyProject, type Contact } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { autoMapColumns, contactsToCsv, parseContactsCsv, readCsvHeader, type CsvImport } from '../../../engine/csv/index.ts';

function parse(text: string, options = {}): CsvImport {
  const header = readCsvHeader(text);
  if ('fatal' in header) throw new Error(header.fatal.en);
  return parseContactsCsv(text, autoMapColumns(header.headers), options);
}
const errorsOf = (r: CsvImport) => r.errors.map((e) => `${e.line}: ${e.reason.en}`);

describe('row rules', () => {
  it('rejects a second row with the same email or the same record ID, naming the first line', () => {
    const result = parse('Record ID,Email\n1,a@example.com\n2,A@Example.com\n1,b@example.com\n');
    // Compared in lower case, quoted as the file writes it.
    expect(errorsOf(result)).toEqual(['3: The address "A@Example.com" already appears on line 2.', '4: The record ID "1" already appears on line 2.']);
  });

  it('names every problem of a row, each value as the file writes it', () => {
    const result = parse('Email,Score HubSpot,Create Date,Lifecycle Stage\nAnn@Example.com,12,2024-03-15,lead\n=HYPERLINK("x"),abc,2024-13-45,nowhere\n');
    expect(result.contacts).toHaveLength(1);
    const [only] = errorsOf(result);
    // The score, the date and the stage, then the email: four sentences on line 3, none lower-cased.
    expect(only!.startsWith('3: ')).toBe(true);
    expect(only).toContain('"abc"');
    expect(only).toContain('"2024-13-45"');
    expect(only).toContain('"nowhere"');
    expect(only).toContain('"=HYPERLINK("x")"');
    expect(only!.indexOf('"abc"')).toBeLessThan(only!.indexOf('"2024-13-45"'));
    expect(only!.indexOf('"nowhere"')).toBeLessThan(only!.indexOf('HYPERLINK'));
  });

  it('keeps a row without email when it has a record ID, as HubSpot does', () => {
    const result = parse('Record ID,Email,First Name\n7,,Anne\n,,Bruno\n');
    expect(result.contacts.map((c) => [c.id, c.properties])).toEqual([['7', { firstname: 'Anne' }]]);
    expect(errorsOf(result)).toEqual(['3: Missing email address.']);
  });

  it('says when no column can identify a contact', () => {
    const result = parse('First Name,Company\nAnne,Acme\n');
    expect(result.fatal?.en).toMatch(/No column is mapped to the email address/);
    expect(result.contacts).toEqual([]);
  });

  it('names unknown lists and personas, and resolves known ones by name or id', () => {
    const lists = [{ id: 'l1', name: 'Clients VIP' }];
    const personas = emptyProject(asProjectId('p'), 'p').personas;
    const result = parse('Email;Static Lists;Persona\na@example.com;clients vip;Cold\nb@example.com;l1;engaged\nc@example.com;Inconnue;\nd@example.com;;Tiède\n', { lists, personas });
    expect(result.contacts.map((c) => [c.lists, c.persona])).toEqual([
      [['l1'], 'cold'],
      [['l1'], 'engaged'],
    ]);
    expect(errorsOf(result)).toEqual(['4: Static segment unknown in this project: "Inconnue".', '5: Persona unknown in this project: "Tiède".']);
  });

  it('reports an unclosed quote at its line, leaves that line out and reads the next ones (they used to be swallowed)', () => {
    // The quote of line 3 would close at line 4's first quote and take line 4 into its row.
    const result = parse('Email,Company\na@example.com,ok\nb@example.com,"never closed\nc@example.com,"kept, quoted"\n\nd@example.com,last\n');
    expect(result.contacts.map((c) => [c.properties.email, c.properties.company])).toEqual([
      ['a@example.com', 'ok'],
      ['c@example.com', 'kept, quoted'],
      ['d@example.com', 'last'],
    ]);
    expect(errorsOf(result)).toEqual(['3: A quote in this line is not closed (or is followed by more than the separator): the line is left out, the next ones are read.']);
    // Four rows: three read, one left out (the blank line is no row).
    expect(result.total).toBe(4);
  });

  it('names each faulty line among many, in order, beside multi-line quoted fields and blank lines', () => {
    // Line 2 good; 3 to 5 each a formula pasted unquoted; 6 blank; 7-8 one row with a quoted line break; 9 faulty; 10 good.
    const formula = (k: number) => `f${k}@example.com;=HYPERLINK("http://x.example";"clic")`;
    const text = `Email;Company\na@example.com;Acme\n${formula(3)}\n${formula(4)}\n${formula(5)}\n\nb@example.com;"Two\nlines"\n${formula(9)}\nc@example.com;"Quoted ; fine"  \n`;
    const result = parse(text);
    expect(result.contacts.map((c) => [c.properties.email, c.properties.company])).toEqual([
      ['a@example.com', 'Acme'],
      ['b@example.com', 'Two\nlines'],
      ['c@example.com', 'Quoted ; fine'],
    ]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 9]);
    expect(result.total).toBe(7);
  });

  it('reads the rows after a formula pasted unquoted into a semicolon file, counting all of them', () => {
    const text = 'Email;Company\na@example.com;Acme\nb@example.com;=HYPERLINK("http://x.example";"clic")\nc@example.com;Beta\nd@example.com;Gamma\n';
    const result = parse(text);
    expect(result.contacts.map((c) => c.properties.email)).toEqual(['a@example.com', 'c@example.com', 'd@example.com']);
    expect(result.errors.map((e) => e.line)).toEqual([3]);
    expect(result.total).toBe(4);
  });

  it('says a header without rows has no contact', () => {
    expect(parse('Email,First Name\r\n').fatal?.en).toBe('The file only has a header line, no contact.');
  });

  it('reports progress every 5,000 rows', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `l${i}@example.com`).join('\n');
    const seen: number[] = [];
    parse(`Email\n${rows}\n`, { onProgress: (n: number) => seen.push(n) });
    expect(seen).toEqual([5000, 10000]);
  });
});

/** `null` and absent both mean "unknown" in the model; a CSV cell cannot tell them apart. */
const withoutUnknowns = (contacts: readonly Contact[]) =>
  contacts.map((c) => ({ ...c, properties: Object.fromEntries(Object.entries(c.properties).filter(([, v]) => v !== null)) }));

describe('generated sample leads', () => {
  it('survive an export and an import unchanged (unknown values stay unknown)', () => {
    const project = emptyProject(asProjectId('p'), 'p');
    const contacts = generateContacts(project, 3000, 42);
    const csv = contactsToCsv(contacts, allProperties([]), { personas: project.personas });
    const result = parse(csv, { personas: project.personas });
    expect(result.errors).toEqual([]);
    expect(result.contacts).toEqual(withoutUnknowns(contacts));
    expect(contacts.some((c) => c.properties.birthday === null)).toBe(true);
  });
});
