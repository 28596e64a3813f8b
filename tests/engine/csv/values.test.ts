import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STANDARD_PROPERTIES } from '../../../engine/model/index.ts';
import { decodeCsvBytes, detectDelimiter, looksBinary, parseDate, parseNumber, parseValue } from '../../../engine/csv/index.ts';

const prop = (name: string) => STANDARD_PROPERTIES.find((p) => p.name === name)!;

describe('dates', () => {
  it('reads ISO dates, date-times with seconds, milliseconds and offsets', () => {
    expect(parseDate('2024-03-15')).toBe(Date.UTC(2024, 2, 15));
    expect(parseDate('2024-03-15 10:20')).toBe(Date.UTC(2024, 2, 15, 10, 20));
    expect(parseDate('2024-03-15T10:20:30.5Z')).toBe(Date.UTC(2024, 2, 15, 10, 20, 30, 500));
    expect(parseDate('2024-03-15T10:20:00+02:00')).toBe(Date.UTC(2024, 2, 15, 8, 20));
  });

  it('reads French dates day first, with an optional time', () => {
    expect(parseDate('05/03/2024')).toBe(Date.UTC(2024, 2, 5));
    expect(parseDate('5/3/2024 9h30')).toBe(Date.UTC(2024, 2, 5, 9, 30));
    expect(parseDate('29/02/2024')).toBe(Date.UTC(2024, 1, 29));
  });

  it('refuses days that do not exist and other text', () => {
    for (const bad of ['31/02/2024', '29/02/2023', '2024-13-01', '2024-04-31', '15/03/24', 'demain', '2024-03-15 25:00']) {
      expect(parseDate(bad), bad).toBeNull();
    }
  });

  it('reads back every instant it could write as ISO', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(parseDate(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });
});

describe('numbers and other values', () => {
  it('reads decimal commas, spaces as thousands separators and plain numbers', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1\u202f234')).toBe(1234);
    expect(parseNumber('-3.25')).toBe(-3.25);
    expect(parseNumber('1,234,5')).toBeNull();
    expect(parseNumber('12abc')).toBeNull();
  });

  it('reads lifecycle stages by internal value, French or English label, and HubSpot short names', () => {
    const stage = prop('lifecyclestage');
    expect(parseValue(stage, 'Opportunité')).toEqual({ ok: true, value: 'opportunity' });
    expect(parseValue(stage, 'marketing qualified lead')).toEqual({ ok: true, value: 'marketingqualifiedlead' });
    expect(parseValue(stage, 'SQL')).toEqual({ ok: true, value: 'salesqualifiedlead' });
    expect(parseValue(stage, 'EVANGELIST')).toEqual({ ok: true, value: 'evangelist' });
    expect(parseValue(stage, 'chaud')).toMatchObject({ ok: false });
  });

  it('reads contact types in both languages and treats empty cells as unknown', () => {
    expect(parseValue(prop('contacttype'), 'Étudiant')).toEqual({ ok: true, value: 'student' });
    expect(parseValue(prop('company'), '   ')).toEqual({ ok: true, value: null });
  });
});

describe('bytes and separators', () => {
  it('tells UTF-8, UTF-8 with BOM, UTF-16 and Windows-1252 apart', () => {
    const utf8 = new TextEncoder().encode('Prénom');
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'Prénom', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Prénom', encoding: 'utf-8-bom' });
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x72, 0xe9, 0x20, 0x92, 0x80]))).toEqual({ text: 'Pré ’€', encoding: 'windows-1252' });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toEqual({ text: 'Aé', encoding: 'utf-16le' });
  });

  it('picks the separator of the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('Email;"Nom, prénom";Score\na,b,c,d,e')).toBe(';');
    expect(detectDelimiter('Email,First Name\n')).toBe(',');
    expect(detectDelimiter('Email\tName\tScore')).toBe('\t');
    expect(detectDelimiter('Email')).toBe(',');
  });

  it('flags binary content but not accented text', () => {
    expect(looksBinary('Email\n\u0000\u0001')).toBe(true);
    expect(looksBinary('Prénom;Nom\nHélène;Lefèvre\n')).toBe(false);
  });
});
