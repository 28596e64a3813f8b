import Papa from 'papaparse';
import type { CsvDelimiter } from './decode.ts';

export interface CsvRow {
  readonly fields: readonly string[];
  /** Physical line where the row starts, counting line breaks inside quotes. */
  readonly line: number;
  /** A quote of this line never closes, or closes badly: the row is that line alone, split as it stands. */
  readonly unclosedQuote: boolean;
}

/**
 * Walks the rows of a CSV text with papaparse, skipping blank lines (also `;;;` lines Excel
 * leaves), and tells each row's starting line from the parser's cursor.
 *
 * A quote that never closes, or closes with more than a separator after it, makes papaparse read
 * on in search of a closing quote: the row swallows the lines under it, up to the whole file (a
 * formula pasted unquoted, `=HYPERLINK("a";"b")`, opens one at `"b"`). The row is then that
 * physical line alone, marked `unclosedQuote`, and reading goes on at the next line: the other
 * rows are read and counted, none silently lost or merged into another.
 */
export function readRows(text: string, delimiter: CsvDelimiter, visit: (row: CsvRow) => void): void {
  // One line-break style, so the parser never leaves a stray \r in a last field.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let from: { offset: number; line: number } | null = { offset: 0, line: 1 };
  while (from !== null && from.offset < body.length) from = readFrom(body, from.offset, from.line, delimiter, visit);
}

/** Reads rows from `offset` (physical line `line`); where a quote never closes, returns where to go on (the next line), else null. */
function readFrom(body: string, offset: number, first: number, delimiter: CsvDelimiter, visit: (row: CsvRow) => void): { offset: number; line: number } | null {
  const text = body.slice(offset);
  let scanned = 0;
  let line = first;
  let rowStart = 0;
  let resume: { offset: number; line: number } | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step(result, parser) {
      const cursor = result.meta.cursor;
      // Blank lines papaparse skipped sit between the previous row's end and this row.
      let start = rowStart;
      while (start < text.length && text.charCodeAt(start) === 10) start++;
      for (; scanned < start; scanned++) if (text.charCodeAt(scanned) === 10) line++;
      rowStart = cursor;
      // A quote never closed, or closed then followed by more than a separator: papaparse goes on
      // looking for a closing quote, lines later (the row swallows the lines under it).
      if (result.errors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')) {
        const end = text.indexOf('\n', start);
        const own = end < 0 ? text.slice(start) : text.slice(start, end);
        visit({ fields: own.split(delimiter), line, unclosedQuote: true });
        resume = end < 0 ? null : { offset: offset + end + 1, line: line + 1 };
        parser.abort();
        return;
      }
      const fields = result.data;
      if (fields.every((f) => f.trim() === '')) return;
      visit({ fields, line, unclosedQuote: false });
    },
  });
  return resume;
}
