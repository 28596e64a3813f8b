import Papa from 'papaparse';
import type { CsvDelimiter } from './decode.ts';

export interface CsvRow {
  readonly fields: readonly string[];
  /** Physical line where the row starts, counting line breaks inside quotes. */
  readonly line: number;
  readonly unclosedQuote: boolean;
}

/**
 * Walks the rows of a CSV text with papaparse, skipping blank lines (also `;;;` lines Excel
 * leaves), and tells each row's starting line from the parser's cursor.
 */
export function readRows(text: string, delimiter: CsvDelimiter, visit: (row: CsvRow) => void): void {
  // One line-break style, so the parser never leaves a stray \r in a last field.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let scanned = 0;
  let line = 1;
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    step(result) {
      const cursor = result.meta.cursor;
      // Blank lines papaparse skipped sit between the previous row's end and this row.
      let start = rowStart;
      while (start < body.length && body.charCodeAt(start) === 10) start++;
      for (; scanned < start; scanned++) if (body.charCodeAt(scanned) === 10) line++;
      rowStart = cursor;
      const fields = result.data;
      if (fields.every((f) => f.trim() === '')) return;
      const unclosedQuote = result.errors.some((e) => e.code === 'MissingQuotes');
      visit({ fields, line, unclosedQuote });
    },
  });
}
