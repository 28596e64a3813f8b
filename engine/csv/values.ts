import type { Localized, PropertyDefinition, PropertyValue } from '../model/index.ts';
import { foldHeader } from './columns.ts';
import { LEAD_STATUS_NAMES, LEAD_STATUS_PROPERTY, LIFECYCLE_NAMES } from './hubspot-labels.ts';
import { MESSAGES } from './messages.ts';

export type ParsedValue = { readonly ok: true; readonly value: PropertyValue } | { readonly ok: false; readonly reason: Localized };

const ok = (value: PropertyValue): ParsedValue => ({ ok: true, value });
const fail = (reason: Localized): ParsedValue => ({ ok: false, reason });

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const FRENCH = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function instant(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/**
 * ISO dates and date-times (HubSpot writes `2024-03-15 10:20`) and French `15/03/2024 [10:20]`.
 * Times without an offset are read as UTC, like every date in the model.
 */
export function parseDate(raw: string): number | null {
  const iso = ISO.exec(raw);
  if (iso) {
    const [, y, mo, d, h, mi, s, ms, zone] = iso;
    const at = instant(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms ? +ms.padEnd(3, '0') : 0);
    if (at === null || !zone || zone === 'Z') return at;
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return at - sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60_000;
  }
  const fr = FRENCH.exec(raw);
  if (fr) {
    const [, d, mo, y, h, mi, s] = fr;
    return instant(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0));
  }
  return null;
}

/** `12,5`, `1 234,5` (French), `1234.5`; thousands separators are spaces (also non-breaking). */
export function parseNumber(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const normal = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

const TRUE = new Set(['true', 'yes', 'oui', 'vrai', '1', 'y', 'o']);
const FALSE = new Set(['false', 'no', 'non', 'faux', '0', 'n']);

/** HubSpot's own names (hubspot-labels.ts) for the options of a property it defines. */
function hubspotNames(property: PropertyDefinition): Readonly<Record<string, readonly string[]>> {
  if (property.name === 'lifecyclestage') return LIFECYCLE_NAMES;
  if (property.name === LEAD_STATUS_PROPERTY) return LEAD_STATUS_NAMES;
  return {};
}

/**
 * Folded option values and labels (both languages) to the option's internal value, plus the
 * names HubSpot's English and French exports write. For a property without options (a lead
 * status the project did not list), HubSpot's names map to HubSpot's internal values.
 */
function optionTable(property: PropertyDefinition): Map<string, string> {
  const table = new Map<string, string>();
  const options = property.options ?? [];
  const byFoldedValue = new Map(options.map((o) => [foldHeader(o.value), o.value]));
  for (const [value, names] of Object.entries(hubspotNames(property))) {
    const target = options.length === 0 ? value : byFoldedValue.get(foldHeader(value));
    if (target === undefined) continue;
    for (const name of [value, ...names]) table.set(foldHeader(name), target);
  }
  // The project's own values and labels come last: they win over HubSpot's on a clash.
  for (const option of options) {
    for (const name of [option.value, option.label.fr, option.label.en]) table.set(foldHeader(name), option.value);
  }
  return table;
}

const tables = new WeakMap<PropertyDefinition, Map<string, string>>();

/** One cell to a typed value; an empty cell is unknown (null). */
export function parseValue(property: PropertyDefinition, raw: string): ParsedValue {
  const text = raw.trim();
  if (text === '') return ok(null);
  switch (property.type) {
    case 'string':
      return ok(text);
    case 'number': {
      const n = parseNumber(text);
      return n === null ? fail(MESSAGES.badNumber(property, text)) : ok(n);
    }
    case 'boolean': {
      const folded = foldHeader(text);
      if (TRUE.has(folded)) return ok(true);
      if (FALSE.has(folded)) return ok(false);
      return fail(MESSAGES.badBoolean(property, text));
    }
    case 'date': {
      const at = parseDate(text);
      return at === null ? fail(MESSAGES.badDate(property, text)) : ok(at);
    }
    case 'enumeration': {
      let table = tables.get(property);
      if (!table) tables.set(property, (table = optionTable(property)));
      const value = table.get(foldHeader(text));
      if (!property.options || property.options.length === 0) return ok(value ?? text);
      return value === undefined ? fail(MESSAGES.badOption(property, text)) : ok(value);
    }
  }
}

/** One cell of a CSV for a value: ISO dates (date only at midnight UTC), plain numbers. */
export function formatValue(property: PropertyDefinition | undefined, value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (property?.type === 'date' && typeof value === 'number') {
    const iso = new Date(value).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[^\s@"(),:;<>[\\\].]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}
