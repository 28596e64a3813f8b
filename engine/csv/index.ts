/** Contacts CSV: decoding, column mapping, parsing with per-line errors, and export. */
export { decodeCsvBytes, detectDelimiter, looksBinary, type CsvDelimiter, type CsvEncoding, type DecodedCsv } from './decode.ts';
export {
  autoMapColumns,
  foldHeader,
  targetKey,
  HUBSPOT_COLUMNS,
  ID_COLUMN,
  IGNORE,
  LISTS_COLUMN,
  PERSONA_COLUMN,
  type ColumnMapping,
  type ColumnTarget,
} from './columns.ts';
export { parseContactsCsv, readCsvHeader, type CsvImport, type CsvRowError, type ParseOptions } from './parse.ts';
export { contactsToCsv, type ExportOptions } from './export.ts';
export { alreadyThere } from './already.ts';
export { CSV_BOM, csvCell, csvLine, unguardCell } from './cell.ts';
export { formatValue, isEmail, parseDate, parseNumber, parseValue } from './values.ts';
export { MESSAGES as CSV_MESSAGES } from './messages.ts';
