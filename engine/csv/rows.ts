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
 * formula pasted unquoted, `=HYPERLINK("a";"b")`, opens one at `"b"`). So such rows are found
 * first (`quoteFaults`, one pass): each is that physical line alone, marked `unclosedQuote`,
 * blanked for papaparse, which then reads the other rows in one pass; none is silently lost or
 * merged into another, and the work stays linear in the file (parsing again after each faulty
 * line took 13 s for 8,000 of them).
 */
export function readRows(text: string, delimiter: CsvDelimiter, visit: (row: CsvRow) => void): void {
  // One line-break style, so the parser never leaves a stray \r in a last field.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const faults = faultyLines(body, delimiter);
  let next = 0;
  const flushBefore = (line: number) => {
    for (; next < faults.length && faults[next]!.line < line; next++) visit(faults[next]!);
  };
  let scanned = 0;
  let line = 1;
  let rowStart = 0;
  const clean = faults.length === 0 ? body : blank(body, faults);
  Papa.parse<string[]>(clean, {
    delimiter,
    newline: '\n',
    step(result) {
      const cursor = result.meta.cursor;
      const from = rowStart;
      rowStart = cursor;
      const fields = result.data;
      // A blank row is passed over before the newlines before it are looked at: after many blanked
      // lines in a row, each would look at all the rest again.
      if (fields.every((f) => f.trim() === '')) return;
      // Blank lines sit between the previous row's end and this row.
      let start = from;
      while (start < clean.length && clean.charCodeAt(start) === 10) start++;
      for (; scanned < start; scanned++) if (clean.charCodeAt(scanned) === 10) line++;
      flushBefore(line);
      // quoteFaults reads quotes as papaparse does; should they ever differ, the row still says so.
      visit({ fields, line, unclosedQuote: result.errors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') });
    },
  });
  flushBefore(Infinity);
}

interface Fault extends CsvRow {
  /** Where its physical line starts and ends (the line break excluded). */
  readonly from: number;
  readonly to: number;
}

/** The text with each faulty line's characters taken out, its line break kept (line numbers hold). */
function blank(body: string, faults: readonly Fault[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const f of faults) {
    parts.push(body.slice(at, f.from));
    at = f.to;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

/**
 * The rows whose quotes papaparse would read past, each as its first physical line: a field
 * starting with a quote that never closes, or closes with more than spaces before the separator or
 * the line's end ("" is a quote inside). Scanning goes on at the line after such a row's start.
 */
function faultyLines(body: string, delimiter: CsvDelimiter): Fault[] {
  const faults: Fault[] = [];
  const n = body.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const rowStart = i;
    const rowLine = line;
    let fieldStart = true;
    let bad = false;
    while (i < n) {
      const c = body[i]!;
      if (c === '\n') {
        i++;
        line++;
        break;
      }
      if (c === delimiter) {
        fieldStart = true;
        i++;
        continue;
      }
      if (!(fieldStart && c === '"')) {
        fieldStart = false;
        i++;
        continue;
      }
      // A quoted field: up to the quote that closes it.
      const end = closingQuote(body, i + 1, delimiter);
      if (end < 0) {
        bad = true;
        break;
      }
      for (let k = i; k < end; k++) if (body.charCodeAt(k) === 10) line++;
      i = end;
      fieldStart = false;
    }
    if (bad) {
      const eol = body.indexOf('\n', rowStart);
      const to = eol < 0 ? n : eol;
      faults.push({ from: rowStart, to, line: rowLine, fields: body.slice(rowStart, to).split(delimiter), unclosedQuote: true });
      i = eol < 0 ? n : eol + 1;
      line = rowLine + 1;
    }
  }
  return faults;
}

/** From inside a quoted field at `from`: the index just past its closing quote, or -1 when it never closes well. */
function closingQuote(body: string, from: number, delimiter: CsvDelimiter): number {
  for (let i = from; ; ) {
    const q = body.indexOf('"', i);
    if (q < 0) return -1;
    if (body[q + 1] === '"') {
      i = q + 2;
      continue;
    }
    let k = q + 1;
    // Spaces may stand between the closing quote and the separator, as papaparse allows.
    while (body[k] === ' ' || (body[k] === '\t' && delimiter !== '\t')) k++;
    const after = body[k];
    return after === undefined || after === '\n' || after === delimiter ? q + 1 : -1;
  }
}
