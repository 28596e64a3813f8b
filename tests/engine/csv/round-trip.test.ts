import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allProperties,
  asContactId,
  asListId,
  asPersonaId,
  DEFAULT_PERSONAS,
  LIFECYCLE_STAGES,
  type Contact,
  type PropertyDefinition,
} from '../../../engine/model/index.ts';
import { autoMapColumns, contactsToCsv, decodeCsvBytes, parseContactsCsv, readCsvHeader } from '../../../engine/csv/index.ts';

const custom: PropertyDefinition[] = [
  { name: 'vip', type: 'boolean', label: { fr: 'VIP', en: 'VIP' } },
  { name: 'region', type: 'string', label: { fr: 'Région', en: 'Region' } },
];
const lists = [
  { id: asListId('newsletter'), name: 'Newsletter' },
  { id: asListId('to-delete'), name: 'À supprimer' },
];
const options = { custom, lists, personas: DEFAULT_PERSONAS };
const properties = allProperties(custom);

function reimport(csv: string, delimiter?: ';'): Contact[] {
  const header = readCsvHeader(csv);
  if ('fatal' in header) throw new Error(header.fatal.en);
  if (delimiter) expect(header.delimiter).toBe(';');
  const result = parseContactsCsv(csv, autoMapColumns(header.headers, custom), options);
  expect(result.errors).toEqual([]);
  return result.contacts;
}

const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', 'Z', '’', '«'), maxLength: 12 }).filter((s) => s.trim() === s);
const contactArb = (i: number) =>
  fc.record({
    firstname: fc.option(text, { nil: undefined }),
    company: fc.option(text, { nil: undefined }),
    lifecyclestage: fc.option(fc.constantFrom(...LIFECYCLE_STAGES), { nil: undefined }),
    hubspotscore: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
    createdate: fc.option(fc.integer({ min: 0, max: Date.UTC(2030, 0, 1) }), { nil: undefined }),
    vip: fc.option(fc.boolean(), { nil: undefined }),
    lists: fc.subarray(lists.map((l) => l.id)),
    persona: fc.constantFrom(null, ...DEFAULT_PERSONAS.map((p) => p.id)),
  }).map(({ lists: memberships, persona, ...values }): Contact => {
    const props: Record<string, string | number | boolean> = { email: `lead${i}@example.com` };
    for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') props[k] = Object.is(v, -0) ? 0 : v;
    return { id: asContactId(`c-${i}`), properties: props, lists: memberships, events: [], persona };
  });

describe('export then import gives the same contacts', () => {
  it('for hand-written contacts with every kind of value', () => {
    const contacts: Contact[] = [
      {
        id: asContactId('c-1'),
        properties: { email: 'helene@exemple.fr', firstname: 'Hélène', company: 'Société "Générale", SA', hubspotscore: 12.5, createdate: Date.UTC(2024, 2, 15), lastactivitydate: Date.UTC(2024, 3, 2, 14, 5, 7, 120), vip: true, lifecyclestage: 'customer', region: 'Île-de-France\nNord' },
        lists: [asListId('to-delete')],
        events: [],
        persona: asPersonaId('engaged'),
      },
      { id: asContactId('c-2'), properties: { email: 'bob@example.com' }, lists: [], events: [], persona: null },
    ];
    const csv = contactsToCsv(contacts, properties, options);
    expect(csv.split('\r\n')[0]).toBe(
      'Record ID,Email,First Name,Last Name,Company Name,Job Title,Contact Type,Lifecycle Stage,HubSpot Score,Create Date,Last Activity Date,Birthday,Renewal Date,VIP,Region,Static Lists,Persona',
    );
    expect(csv).toContain(',2024-03-15,2024-04-02T14:05:07.120Z,');
    expect(reimport(csv)).toEqual(contacts);
    expect(reimport(contactsToCsv(contacts, properties, { ...options, delimiter: ';' }), ';')).toEqual(contacts);
  });

  it('for random contacts, through UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.tuple(contactArb(1), contactArb(2), contactArb(3)), (contacts) => {
        const bytes = new TextEncoder().encode(contactsToCsv(contacts, properties, options));
        expect(reimport(decodeCsvBytes(bytes).text)).toEqual(contacts);
      }),
      { numRuns: 150 },
    );
  });
});

describe('names of segments and personas with line breaks and controls (review item 20)', () => {
  const hostileLists = [{ id: asListId('vip'), name: 'Seg\u2066ment\nVIP\u009b' }];
  const hostilePersonas = [{ ...DEFAULT_PERSONAS[0]!, name: 'Hot\u001b\r\nlead\u202e' }];
  const contact: Contact = { id: asContactId('c-1'), properties: { email: 'a@example.com', firstname: 'Line\nbreak' }, lists: [asListId('vip')], events: [], persona: hostilePersonas[0]!.id };

  it('writes them on one line with the controls taken out; a property value keeps its line break, quoted', () => {
    const csv = contactsToCsv([contact], properties, { lists: hostileLists, personas: hostilePersonas });
    const row = csv.slice(csv.indexOf('\r\n') + 2);
    expect(row.startsWith('c-1,a@example.com,"Line\nbreak",')).toBe(true);
    expect(row.endsWith(',Segment VIP,Hot lead\r\n')).toBe(true);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(csv.replace(/\r\n|"Line\nbreak"/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('reads them back as the same segment and persona', () => {
    const csv = contactsToCsv([contact], properties, { lists: hostileLists, personas: hostilePersonas });
    const header = readCsvHeader(csv);
    if ('fatal' in header) throw new Error(header.fatal.en);
    const result = parseContactsCsv(csv, autoMapColumns(header.headers), { lists: hostileLists, personas: hostilePersonas });
    expect(result.errors).toEqual([]);
    expect(result.contacts).toEqual([contact]);
  });
});
