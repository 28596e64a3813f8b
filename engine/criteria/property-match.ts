import type {
  BooleanOperation,
  Contact,
  DateOperation,
  EnumerationOperation,
  KnownOperation,
  NumberOperation,
  PropertyFilter,
  PropertyValue,
  StringOperation,
} from '../model/index.ts';
import { containsIgnoreCase, endsWithIgnoreCase, equalsIgnoreCase, startsWithIgnoreCase } from './text-fold.ts';
import { booleanOf, calendarDay, DAY_MS, instantOf, numberOf, propertyValue, utcDay } from './values.ts';

/** Whether a property filter holds, without building any explanation. */
export function propertyFilterMatches(filter: PropertyFilter, contact: Contact, now: number): boolean {
  const value = propertyValue(contact, filter.property);
  const op = filter.operation;
  if (op.op === 'is-known' || op.op === 'is-unknown') return knownMatches(op, value);
  if (op.op === 'updated-in-last-days') return lastChange(contact, filter.property, now) >= now - op.days * DAY_MS;
  if (value === null) return filter.includeUnknown === true;
  switch (filter.type) {
    case 'string':
      return stringMatches(filter.operation as StringOperation, value);
    case 'number':
      return numberMatches(filter.operation as NumberOperation, numberOf(value));
    case 'boolean':
      return booleanMatches(filter.operation as BooleanOperation, booleanOf(value));
    case 'enumeration':
      return enumerationMatches(filter.operation as EnumerationOperation, value);
    case 'date':
      return dateMatches(filter.operation as DateOperation, instantOf(value), now);
  }
}

export function knownMatches(op: KnownOperation, value: PropertyValue): boolean {
  return op.op === 'is-known' ? value !== null : value === null;
}

/**
 * When a property last changed at or before `now`, from the contact's history; -Infinity when
 * it never did. "Updated in the last N days" reads only the history, not the current value.
 */
export function lastChange(contact: Contact, property: string, now: number): number {
  const events = contact.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind === 'property-changed' && e.at <= now && e.property === property) return e.at;
  }
  return -Infinity;
}

export function stringMatches(op: StringOperation, raw: string | number | boolean): boolean {
  const value = typeof raw === 'string' ? raw : String(raw);
  switch (op.op) {
    case 'eq':
      return equalsIgnoreCase(value, op.value);
    case 'neq':
      return !equalsIgnoreCase(value, op.value);
    case 'contains':
      return containsIgnoreCase(value, op.value);
    case 'not-contains':
      return !containsIgnoreCase(value, op.value);
    case 'starts-with':
      return startsWithIgnoreCase(value, op.value);
    case 'ends-with':
      return endsWithIgnoreCase(value, op.value);
  }
}

/** A value that is not a number fails every number operation, the negative ones included. */
export function numberMatches(op: NumberOperation, n: number): boolean {
  if (Number.isNaN(n)) return false;
  switch (op.op) {
    case 'eq':
      return n === op.value;
    case 'neq':
      return n !== op.value;
    case 'gt':
      return n > op.value;
    case 'gte':
      return n >= op.value;
    case 'lt':
      return n < op.value;
    case 'lte':
      return n <= op.value;
    case 'between':
      return n >= Math.min(op.low, op.high) && n <= Math.max(op.low, op.high);
    case 'not-between':
      return n < Math.min(op.low, op.high) || n > Math.max(op.low, op.high);
  }
}

export function booleanMatches(op: BooleanOperation, b: 1 | 0 | -1): boolean {
  if (b === -1) return false;
  const wanted = op.value ? 1 : 0;
  return op.op === 'eq' ? b === wanted : b !== wanted;
}

export function enumerationMatches(op: EnumerationOperation, raw: string | number | boolean): boolean {
  const value = typeof raw === 'string' ? raw : String(raw);
  const listed = op.values.includes(value);
  return op.op === 'any-of' ? listed : !listed;
}

/** Calendar operands compare by UTC day; rolling ones count milliseconds from `now`. */
export function dateMatches(op: DateOperation, at: number, now: number): boolean {
  if (Number.isNaN(at)) return false;
  switch (op.op) {
    case 'on':
      return utcDay(at) === calendarDay(op.date);
    case 'before':
      return utcDay(at) < calendarDay(op.date);
    case 'after':
      return utcDay(at) > calendarDay(op.date);
    case 'between': {
      const from = calendarDay(op.from);
      const to = calendarDay(op.to);
      const day = utcDay(at);
      return day >= Math.min(from, to) && day <= Math.max(from, to);
    }
    case 'less-than-days-ago':
      return at > now - op.days * DAY_MS && at <= now;
    case 'more-than-days-ago':
      return at < now - op.days * DAY_MS;
    case 'less-than-days-from-now':
      return at >= now && at < now + op.days * DAY_MS;
    case 'more-than-days-from-now':
      return at > now + op.days * DAY_MS;
    case 'updated-in-last-days':
      return false; // answered from the history before the value is read
  }
}
