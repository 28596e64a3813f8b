/**
 * One CSV cell, safe to open in a spreadsheet. A cell whose text begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets (CSV
 * injection): as OWASP advises, such text gets a leading single quote, which the spreadsheet
 * shows as text and does not evaluate. Numbers are written as numbers (-5 is not a formula), and so
 * is text that is only a number, "-45,4" as a French file writes a decimal: guarded, a column of
 * differences became text for the spreadsheet wherever it was negative.
 * Then the cell is quoted when it holds the separator, a quote, a line break or edge spaces.
 *
 * The quote is part of the text: `unguardCell` takes it off on import, so export → import gives
 * back the same value (text already beginning with quotes before a trigger gets one more).
 * Every CSV written by Flowbench goes through this function (contacts, simulation results).
 */
// A line feed too: the import reads a quoted CR as LF, and the guard must come off all the same.
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
/** A number written out, in either decimal style ("-45.4", "-45,4"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function csvCell(value: string | number | boolean | null | undefined, separator: string): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no line break) from cells. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[], separator: string): string {
  return values.map((v) => csvCell(v, separator)).join(separator);
}

/** The text of a cell `csvCell` guarded: one leading quote before a formula character comes off. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

/**
 * The first character of every CSV file Flowbench writes, in both languages: the UTF-8 byte order
 * mark. Without it Excel reads a file as the system's ANSI code page (Windows-1252 in Western
 * Europe), and "–", "“ ”", "é" come out as "â€“", "Ã©". Flowbench's own import takes it off
 * (decode.ts), as LibreOffice, Google Sheets and papaparse do.
 */
export const CSV_BOM = '\uFEFF';
