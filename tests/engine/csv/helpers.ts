import { readFileSync } from 'node:fs';
import { autoMapColumns, decodeCsvBytes, parseContactsCsv, readCsvHeader, type CsvImport, type ParseOptions } from '../../../engine/csv/index.ts';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

/** What the import screen does: decode, read the header, map automatically, parse. */
export function importFixture(name: string, options: ParseOptions = {}): CsvImport & { encoding: string } {
  const { text, encoding } = decodeCsvBytes(fixtureBytes(name));
  const header = readCsvHeader(text);
  if ('fatal' in header) return { contacts: [], errors: [], total: 0, fatal: header.fatal, unknownLists: [], bidiRemoved: 0, encoding };
  return { ...parseContactsCsv(text, autoMapColumns(header.headers), options), encoding };
}

export const lines = (result: CsvImport) => result.errors.map((e) => e.line);
export const reasons = (result: CsvImport) => result.errors.map((e) => e.reason.en);
