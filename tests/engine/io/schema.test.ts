import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSONAS, OPERATORS_BY_TYPE, type PropertyFilter } from '../../../engine/model/index.ts';
import {
  delaySpecSchema,
  executionWindowSchema,
  filterSchema,
  isCalendarDate,
  isTimeOfDay,
  isTimeZone,
  personaSchema,
  stepSchema,
} from '../../../engine/schema/index.ts';

type PropertyType = PropertyFilter['type'];
const ALL_OPS = [...new Set(Object.values(OPERATORS_BY_TYPE).flat())];

/** The operation a picker would write for this op on a property of this type. */
function operation(type: PropertyType, op: string): Record<string, unknown> {
  const sample = { string: 'x', number: 1, boolean: true, enumeration: 'x', date: '2026-01-01' }[type];
  if (op === 'is-known' || op === 'is-unknown') return { op };
  if (op === 'eq' || op === 'neq') return { op, value: sample };
  if (['contains', 'not-contains', 'starts-with', 'ends-with'].includes(op)) return { op, value: 'x' };
  if (['gt', 'gte', 'lt', 'lte'].includes(op)) return { op, value: 1 };
  if (op === 'between' && type === 'date') return { op, from: '2026-01-01', to: '2026-02-01' };
  if (op === 'between' || op === 'not-between') return { op, low: 1, high: 2 };
  if (op === 'any-of' || op === 'none-of') return { op, values: ['a'] };
  if (['on', 'before', 'after'].includes(op)) return { op, date: '2026-01-01' };
  return { op, days: 3 };
}

describe('property filter schema', () => {
  for (const type of Object.keys(OPERATORS_BY_TYPE) as PropertyType[]) {
    it(`accepts exactly the ${type} operations`, () => {
      const accepted = ALL_OPS.filter((op) => filterSchema.safeParse({ kind: 'property', property: 'p', type, operation: operation(type, op) }).success);
      expect(accepted.sort()).toEqual([...OPERATORS_BY_TYPE[type]].sort());
    });
  }

  it('refuses a value of the wrong type for the operation', () => {
    const parse = (type: PropertyType, op: object) => filterSchema.safeParse({ kind: 'property', property: 'p', type, operation: op }).success;
    expect(parse('boolean', { op: 'eq', value: 'true' })).toBe(false);
    expect(parse('number', { op: 'gt', value: '3' })).toBe(false);
    expect(parse('number', { op: 'between', low: 5, high: 1 })).toBe(false);
    expect(parse('date', { op: 'more-than-days-ago', days: 1.5 })).toBe(false);
    expect(parse('date', { op: 'on', date: '2026-13-01' })).toBe(false);
  });
});

describe('calendar dates, times and zones', () => {
  it('accepts real days only, leap years included', () => {
    expect(['2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01'].filter(isCalendarDate)).toHaveLength(4);
    expect(['2025-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-1-5', '2026-01-01T00:00', ''].filter(isCalendarDate)).toEqual([]);
  });

  it('accepts HH:MM between 00:00 and 23:59', () => {
    expect(['00:00', '09:05', '23:59'].every(isTimeOfDay)).toBe(true);
    expect(['24:00', '9:05', '12:60', '12:00:00'].some(isTimeOfDay)).toBe(false);
  });

  it('accepts IANA time zones only', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('step, delay and persona schemas', () => {
  it('accepts every default persona and refuses rates outside [0, 1]', () => {
    for (const p of DEFAULT_PERSONAS) expect(personaSchema.safeParse(p).success).toBe(true);
    expect(personaSchema.safeParse({ ...DEFAULT_PERSONAS[0], bounceRate: -0.1 }).success).toBe(false);
    expect(personaSchema.safeParse({ ...DEFAULT_PERSONAS[0], clickRate: 1.01 }).success).toBe(false);
  });

  it('refuses a weekday delay naming a day twice or none', () => {
    expect(delaySpecSchema.safeParse({ mode: 'until-weekday', weekdays: ['monday', 'monday'], time: '09:00' }).success).toBe(false);
    expect(delaySpecSchema.safeParse({ mode: 'until-weekday', weekdays: [], time: '09:00' }).success).toBe(false);
  });

  it('refuses an execution window that ends before it starts', () => {
    expect(executionWindowSchema.safeParse({ days: ['monday'], start: '18:00', end: '08:00' }).success).toBe(false);
    expect(executionWindowSchema.safeParse({ days: ['monday'], start: '08:00', end: '18:00' }).success).toBe(true);
  });

  it('refuses the fields of another step kind', () => {
    expect(stepSchema.safeParse({ id: 'a', kind: 'send-email', email: 'e', next: null }).success).toBe(true);
    expect(stepSchema.safeParse({ id: 'a', kind: 'send-email', list: 'l', next: null }).success).toBe(false);
    expect(stepSchema.safeParse({ id: '', kind: 'go-to', target: 'b' }).success).toBe(false);
    expect(stepSchema.safeParse({ id: 'a', kind: 'go-to', target: null }).success).toBe(false);
  });

  it('accepts random splits adding up to 100 within rounding, and refuses the rest', () => {
    const split = (...percents: number[]) => ({
      id: 'r',
      kind: 'branch-random',
      branches: percents.map((percent, i) => ({ id: `b${i}`, name: `B${i}`, percent, next: null })),
    });
    expect(stepSchema.safeParse(split(100)).success).toBe(true);
    expect(stepSchema.safeParse(split(33.3, 33.3, 33.4)).success).toBe(true);
    expect(stepSchema.safeParse(split(50, 49)).success).toBe(false);
    expect(stepSchema.safeParse(split()).success).toBe(false);
    expect(stepSchema.safeParse(split(150, -50)).success).toBe(false);
  });
});
