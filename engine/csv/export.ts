import { oneLine, type Contact, type Persona, type PropertyDefinition, type StaticList } from '../model/index.ts';
import { csvLine } from './cell.ts';
import { HUBSPOT_COLUMNS, ID_COLUMN, LISTS_COLUMN, PERSONA_COLUMN } from './columns.ts';
import { formatValue } from './values.ts';

export interface ExportOptions {
  readonly lists?: readonly StaticList[];
  readonly personas?: readonly Persona[];
  readonly delimiter?: ',' | ';';
}

/**
 * A sandbox as a CSV with HubSpot's column names (custom properties by their English label),
 * ISO dates, list and persona names; `parseContactsCsv` reads it back to the same contacts
 * (the event history is not part of a CSV, as in HubSpot). Every cell goes through `csvCell`:
 * user text that begins like a formula is written as text. Property values are data and stay as
 * they are, line breaks included (quoted, RFC 4180; a spreadsheet shows them inside the cell and
 * the import reads them back), so export → import gives the same contacts. No BOM here: the
 * caller writes `CSV_BOM` first.
 */
export function contactsToCsv(contacts: readonly Contact[], properties: readonly PropertyDefinition[], options: ExportOptions = {}): string {
  // Names on one line, no control in them (engine/model oneLine); the import folds names the same
  // way (foldHeader), so a segment named with a line break still comes back as itself.
  const listNames = new Map((options.lists ?? []).map((l) => [l.id as string, oneLine(l.name)]));
  const personaNames = new Map((options.personas ?? []).map((p) => [p.id as string, oneLine(p.name)]));
  const header = [ID_COLUMN, ...properties.map((p) => HUBSPOT_COLUMNS[p.name] ?? p.label.en), LISTS_COLUMN, PERSONA_COLUMN];
  const rows = contacts.map((c) => [
    c.id,
    ...properties.map((p) => {
      const value = c.properties[p.name];
      return p.type === 'number' && typeof value === 'number' ? value : formatValue(p, value);
    }),
    c.lists.map((l) => listNames.get(l) ?? l).join(';'),
    c.persona === null ? '' : (personaNames.get(c.persona) ?? c.persona),
  ]);
  const separator = options.delimiter ?? ',';
  return [header, ...rows].map((cells) => `${csvLine(cells, separator)}\r\n`).join('');
}
