import { matches } from '../../engine/criteria/index.ts';
import type { Contact, Criteria, Lang, PropertyDefinition, PropertyValue } from '../../engine/model/index.ts';
import { formatNumber } from '../i18n/format.ts';

/** The table's columns: standard properties a marketer scans, then the project's own. */
export const TABLE_PROPERTIES = [
  'email',
  'firstname',
  'lastname',
  'company',
  'jobtitle',
  'contacttype',
  'lifecyclestage',
  'hubspotscore',
  'createdate',
  'lastactivitydate',
  'birthday',
] as const;

export const ROW_HEIGHT = 32;

export interface SortOrder {
  readonly property: string;
  readonly descending: boolean;
}

/** Midnight of the simulation's start date: filters on dates read as they will at day 0 of a run. */
export function referenceInstant(startDate: string): number {
  const at = Date.parse(`${startDate}T00:00:00Z`);
  return Number.isFinite(at) ? at : Date.now();
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function compareValues(a: PropertyValue | undefined, b: PropertyValue | undefined): number {
  const aUnknown = a === null || a === undefined || a === '';
  const bUnknown = b === null || b === undefined || b === '';
  if (aUnknown || bUnknown) return aUnknown === bUnknown ? 0 : aUnknown ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows the table shows: contacts matching the criteria (none: every contact), containing
 * the search text in their email or name, in the chosen order (unknown values last).
 */
export function visibleContacts(
  contacts: readonly Contact[],
  options: { criteria: Criteria; search: string; sort: SortOrder | null; now: number },
): readonly Contact[] {
  const { criteria, sort, now } = options;
  const search = options.search.trim().toLowerCase();
  let rows: readonly Contact[] = contacts;
  if (criteria.groups.length > 0) rows = rows.filter((c) => matches(criteria, c, now));
  if (search) {
    rows = rows.filter((c) => {
      const p = c.properties;
      return [p.email, p.firstname, p.lastname, p.company].some((v) => typeof v === 'string' && v.toLowerCase().includes(search));
    });
  }
  if (sort) {
    const direction = sort.descending ? -1 : 1;
    const indexed = rows.map((c, i) => ({ c, i }));
    indexed.sort((x, y) => {
      const order = compareValues(x.c.properties[sort.property], y.c.properties[sort.property]);
      if (order === 0) return x.i - y.i;
      const unknownLast = x.c.properties[sort.property] == null || y.c.properties[sort.property] == null;
      return unknownLast ? order : order * direction;
    });
    rows = indexed.map((x) => x.c);
  }
  return rows;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A value as the table shows it: option labels, dates in the user's language (UTC). */
export function displayValue(property: PropertyDefinition | undefined, value: PropertyValue | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (property?.type === 'date' && typeof value === 'number') {
    let format = dateFormats.get(lang);
    if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' })));
    return format.format(value);
  }
  if (property?.type === 'enumeration') return property.options?.find((o) => o.value === value)?.label[lang] ?? String(value);
  if (property?.type === 'boolean') return value ? (lang === 'fr' ? 'Oui' : 'Yes') : lang === 'fr' ? 'Non' : 'No';
  // Numbers in the user's format: "12,5" and "1 500" in French (the table showed "12.5", "1500").
  if (typeof value === 'number') return formatNumber(value, lang, { maximumFractionDigits: 10 });
  return String(value);
}
