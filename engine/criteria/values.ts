import type { Contact, PropertyValue } from '../model/index.ts';
import { equalsIgnoreCase } from './text-fold.ts';

export const DAY_MS = 86_400_000;

/** A contact’s value for a property; null when unknown (absent, null, or not an own field). */
export function propertyValue(contact: Contact, name: string): PropertyValue {
  // hasOwn keeps names such as `constructor` from reading the prototype.
  return Object.hasOwn(contact.properties, name) ? (contact.properties[name] ?? null) : null;
}

/** A number, tolerating numeric strings; NaN when the value is not a number. */
export function numberOf(value: PropertyValue): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const n = Number(value);
  // Number('') and Number('  ') are 0, not "no number".
  return n === 0 && value.trim() === '' ? NaN : n;
}

/** 1 for true, 0 for false, -1 when the value is not a boolean; tolerates "true"/"false". */
export function booleanOf(value: PropertyValue): 1 | 0 | -1 {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return -1;
  const s = value.trim();
  return equalsIgnoreCase(s, 'true') ? 1 : equalsIgnoreCase(s, 'false') ? 0 : -1;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const MEMO_LIMIT = 4096;
const calendarMemo = new Map<string, number>();
const instantMemo = new Map<string, number>();

function remember(memo: Map<string, number>, key: string, value: number): number {
  // A bounded memo: operands repeat, so clearing now and then costs little.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Days since the epoch of a `YYYY-MM-DD` date (UTC); NaN when it is not a real calendar date. */
export function calendarDay(iso: string): number {
  const known = calendarMemo.get(iso);
  if (known !== undefined) return known;
  const m = ISO_DAY.exec(iso);
  let day = NaN;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) day = ms / DAY_MS;
  }
  return remember(calendarMemo, iso, day);
}

/** An instant in epoch ms from a date property value: numbers, numeric strings, ISO strings; NaN otherwise. */
export function instantOf(value: PropertyValue): number {
  const n = numberOf(value);
  if (!Number.isNaN(n) || typeof value !== 'string') return n;
  const known = instantMemo.get(value);
  if (known !== undefined) return known;
  const day = calendarDay(value);
  const ms = !Number.isNaN(day) ? day * DAY_MS : ISO_INSTANT.test(value) ? Date.parse(value) : NaN;
  return remember(instantMemo, value, ms);
}

export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Start of a `withinDays` window; -Infinity when there is no window. */
export function windowStart(now: number, withinDays: number | undefined): number {
  return withinDays === undefined ? -Infinity : now - withinDays * DAY_MS;
}
