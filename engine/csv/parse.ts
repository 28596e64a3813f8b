import Papa from 'papaparse';
import type { Contact, ContactId, ListId, Localized, Persona, PersonaId, PropertyDefinition, PropertyValue, StaticList } from '../model/index.ts';
import { allProperties, asContactId, withoutBidiControls } from '../model/index.ts';
import { foldHeader, type ColumnMapping } from './columns.ts';
import { unguardCell } from './cell.ts';
import { detectDelimiter, excelSeparator, looksBinary, type CsvDelimiter } from './decode.ts';
import { MESSAGES } from './messages.ts';
import { readRows, type CsvRow } from './rows.ts';
import { isEmail, parseValue } from './values.ts';

export interface CsvRowError {
  /** Physical line of the file where the row starts (1 is the header; quoted line breaks count). */
  readonly line: number;
  readonly reason: Localized;
}

export interface ParseOptions {
  /** The project's own properties, beside the standard ones. */
  readonly custom?: readonly PropertyDefinition[];
  readonly lists?: readonly StaticList[];
  readonly personas?: readonly Persona[];
  /** Ids for rows without a record ID: `${idPrefix}-${n}`; make it unique per import. */
  readonly idPrefix?: string;
  readonly delimiter?: CsvDelimiter;
  /** Called every few thousand rows with the rows read so far. */
  readonly onProgress?: (rows: number) => void;
}

export interface CsvImport {
  readonly contacts: Contact[];
  readonly errors: CsvRowError[];
  /** Data rows read (blank lines aside), valid or not. */
  readonly total: number;
  /** Why nothing could be read at all (empty file, binary junk, no email column); null otherwise. */
  readonly fatal: Localized | null;
  /** Static segments the file names that the project does not have, as first written (the dialog offers to create them). */
  readonly unknownLists: string[];
  /** Cells that held invisible writing-direction controls, removed (`withoutBidiControls`): the report says how many. */
  readonly bidiRemoved: number;
}

function byIdOrName<T extends { readonly id: string; readonly name: string }>(items: readonly T[]): Map<string, T['id']> {
  const table = new Map<string, T['id']>();
  for (const item of items) table.set(foldHeader(item.name), item.id);
  for (const item of items) table.set(item.id, item.id);
  return table;
}

const resolve = (table: Map<string, string>, raw: string) => table.get(raw) ?? table.get(foldHeader(raw));

/** The header and first rows of a file, for the preview and mapping step. */
export function readCsvHeader(text: string, previewRows = 5): { headers: string[]; preview: string[][]; delimiter: CsvDelimiter } | { fatal: Localized } {
  const fatal = fatalReason(text);
  if (fatal) return { fatal };
  const sep = excelSeparator(text);
  const body = sep ? sep.text : text;
  const delimiter = sep ? sep.delimiter : detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body.replace(/^\uFEFF/, '').slice(0, 200_000), { delimiter, preview: previewRows + 1, skipEmptyLines: 'greedy' });
  const [headers = [], ...preview] = parsed.data;
  // Shown as they will be read: without writing-direction controls, which would run on into the cells beside them.
  return { headers: headers.map((h) => withoutBidiControls(h.trim())), preview: preview.map((r) => r.map(withoutBidiControls)), delimiter };
}

function fatalReason(text: string): Localized | null {
  if (text.trim() === '' || text.replace(/^\uFEFF/, '').trim() === '') return MESSAGES.emptyFile;
  if (looksBinary(text)) return MESSAGES.binary;
  return null;
}

/**
 * Contacts from CSV text: every row is either a contact or an error naming its line. Pure and
 * synchronous; the renderer runs it in a worker.
 */
export function parseContactsCsv(text: string, mapping: ColumnMapping, options: ParseOptions = {}): CsvImport {
  const fatal = fatalReason(text);
  if (fatal) return { contacts: [], errors: [], total: 0, fatal, unknownLists: [], bidiRemoved: 0 };
  if (!mapping.some((t) => (t.kind === 'property' && t.property === 'email') || t.kind === 'id')) {
    return { contacts: [], errors: [], total: 0, fatal: MESSAGES.noEmailColumn, unknownLists: [], bidiRemoved: 0 };
  }
  const properties = new Map(allProperties(options.custom ?? []).map((p) => [p.name, p]));
  const lists = byIdOrName<StaticList>(options.lists ?? []);
  const personas = byIdOrName<Persona>(options.personas ?? []);
  const prefix = options.idPrefix ?? 'csv';
  const contacts: Contact[] = [];
  const errors: CsvRowError[] = [];
  const emails = new Map<string, number>();
  const ids = new Map<string, number>();
  // Unknown segment names, one per name as the project would match it (resolve's rule).
  const unknown = new Map<string, string>();
  let total = 0;

  /** The row's contact, or every problem of the row (each field's, then the email's), in one message. */
  let bidiRemoved = 0;
  function contactOf(row: CsvRow): Contact | Localized {
    const values: Record<string, PropertyValue> = {};
    const problems: Localized[] = [];
    let id: string | null = null;
    let memberships: ListId[] = [];
    let persona: PersonaId | null = null;
    for (let c = 0; c < mapping.length; c++) {
      const target = mapping[c]!;
      const cell = unguardCell((row.fields[c] ?? '').trim());
      const raw = withoutBidiControls(cell);
      if (raw !== cell) bidiRemoved++;
      if (target.kind === 'ignore' || raw === '') continue;
      if (target.kind === 'id') id = raw;
      else if (target.kind === 'persona') {
        const found = resolve(personas, raw);
        if (found) persona = found as PersonaId;
        else problems.push(MESSAGES.unknownPersona(raw));
      } else if (target.kind === 'lists') {
        memberships = [];
        for (const name of raw.split(';').map((s) => s.trim()).filter(Boolean)) {
          const found = resolve(lists, name);
          if (!found) {
            problems.push(MESSAGES.unknownList(name));
            const key = foldHeader(name);
            if (!unknown.has(key)) unknown.set(key, name);
          }
          else if (!memberships.includes(found as ListId)) memberships.push(found as ListId);
        }
      } else {
        const property = properties.get(target.property);
        if (!property) continue;
        const parsed = parseValue(property, raw);
        if (!parsed.ok) problems.push(parsed.reason);
        else if (parsed.value !== null) values[property.name] = parsed.value;
      }
    }
    // HubSpot keeps contacts without an email when they have a record ID; a new row needs one.
    // Emails are compared in lower case, and quoted as the file writes them.
    const written = typeof values.email === 'string' ? values.email : '';
    const email = written.toLowerCase();
    const contactId = id ?? `${prefix}-${total}`;
    if (!email && id === null) problems.push(MESSAGES.missingEmail);
    else if (email && !isEmail(email)) problems.push(MESSAGES.badEmail(written));
    else {
      const firstEmail = email ? emails.get(email) : undefined;
      if (firstEmail !== undefined) problems.push(MESSAGES.duplicateEmail(written, firstEmail));
      const firstId = ids.get(contactId);
      if (firstId !== undefined) problems.push(MESSAGES.duplicateId(contactId, firstId));
    }
    if (problems.length > 0) return allOf(problems);
    if (email) {
      emails.set(email, row.line);
      values.email = email;
    }
    ids.set(contactId, row.line);
    return { id: asContactId(contactId) as ContactId, properties: values, lists: memberships, events: [], persona };
  }

  const expected = mapping.length;
  // Excel's `sep=;` line names the separator; blanked, it keeps the lines' physical numbers.
  const sep = excelSeparator(text);
  const body = sep ? sep.text : text;
  let header = true;
  readRows(body, options.delimiter ?? sep?.delimiter ?? detectDelimiter(body), (row) => {
    if (header) {
      header = false;
      return;
    }
    total++;
    if (total % 5000 === 0) options.onProgress?.(total);
    let outcome: Contact | Localized;
    if (row.unclosedQuote) outcome = MESSAGES.unclosedQuote;
    else if (row.fields.length !== expected) outcome = MESSAGES.fieldCount(row.fields.length, expected);
    else outcome = contactOf(row);
    if ('id' in outcome) contacts.push(outcome);
    else errors.push({ line: row.line, reason: outcome });
  });
  if (total === 0) return { contacts, errors, total, fatal: MESSAGES.noRows, unknownLists: [], bidiRemoved: 0 };
  return { contacts, errors, total, fatal: null, unknownLists: [...unknown.values()], bidiRemoved };
}

/** Several problems of one row as one message, each sentence after the other. */
function allOf(problems: readonly Localized[]): Localized {
  return problems.length === 1 ? problems[0]! : { fr: problems.map((p) => p.fr).join(' '), en: problems.map((p) => p.en).join(' ') };
}
