import { describe, expect, test } from 'vitest';
import { evaluateFilter } from '../../../engine/criteria/index.ts';
import { contact, NOW, prop } from './fixtures.ts';

const holds = (filter: Parameters<typeof evaluateFilter>[0], value: string | number | boolean | null | undefined) =>
  evaluateFilter(filter, contact(value === undefined ? {} : { p: value }), NOW);

describe('string operators compare case-insensitively', () => {
  test.each([
    ['eq', 'Marie', 'marie', true],
    ['eq', 'Marie', 'Mari', false],
    ['neq', 'Marie', 'MARIE', false],
    ['neq', 'Marie', 'Jean', true],
    ['contains', 'Webinar-2026', 'BINAR', true],
    ['contains', 'Webinar-2026', 'ebook', false],
    ['not-contains', 'Webinar-2026', 'ebook', true],
    ['not-contains', 'Webinar-2026', 'webinar', false],
    ['starts-with', 'Élodie', 'éLO', true],
    ['starts-with', 'Élodie', 'lod', false],
    ['ends-with', 'jean@ACME.fr', '@acme.FR', true],
    ['ends-with', 'jean@acme.fr', '@acme.com', false],
  ] as const)('%s %j against %j is %s', (op, value, operand, expected) => {
    expect(holds(prop('string', 'p', { op, value: operand }), value)).toBe(expected);
  });

  test('a number stored in a string property compares as its text', () => {
    expect(holds(prop('string', 'p', { op: 'eq', value: '75001' }), 75001)).toBe(true);
  });
});

describe('number operators', () => {
  test.each([
    ['eq', 90, 90, true],
    ['eq', 91, 90, false],
    ['neq', 91, 90, true],
    ['neq', 90, 90, false],
    ['gt', 95, 90, true],
    ['gt', 90, 90, false],
    ['gte', 90, 90, true],
    ['gte', 89, 90, false],
    ['lt', 89, 90, true],
    ['lt', 90, 90, false],
    ['lte', 90, 90, true],
    ['lte', 91, 90, false],
  ] as const)('%s: %d against %d is %s', (op, value, operand, expected) => {
    expect(holds(prop('number', 'p', { op, value: operand }), value)).toBe(expected);
  });

  test.each([
    [10, true],
    [20, true],
    [15, true],
    [9, false],
    [21, false],
  ])('between 10 and 20 includes both ends: %d is %s', (value, expected) => {
    expect(holds(prop('number', 'p', { op: 'between', low: 10, high: 20 }), value)).toBe(expected);
    expect(holds(prop('number', 'p', { op: 'not-between', low: 10, high: 20 }), value)).toBe(!expected);
  });

  test('numeric strings are read as numbers', () => {
    expect(holds(prop('number', 'p', { op: 'gt', value: 90 }), ' 95 ')).toBe(true);
  });

  test('a value that is not a number fails every operator, negative ones included', () => {
    expect(holds(prop('number', 'p', { op: 'neq', value: 90 }), 'abc')).toBe(false);
    expect(holds(prop('number', 'p', { op: 'not-between', low: 1, high: 2 }), '')).toBe(false);
  });
});

describe('boolean operators tolerate "true"/"false" strings', () => {
  test.each([
    ['eq', true, true, true],
    ['eq', true, false, false],
    ['eq', false, 'FALSE', true],
    ['neq', true, false, true],
    ['neq', true, 'true', false],
  ] as const)('%s %s against %j is %s', (op, operand, value, expected) => {
    expect(holds(prop('boolean', 'p', { op, value: operand }), value)).toBe(expected);
  });

  test('a value that is not a boolean fails', () => {
    expect(holds(prop('boolean', 'p', { op: 'neq', value: true }), 'maybe')).toBe(false);
  });
});

describe('enumeration operators compare exact value strings', () => {
  test.each([
    ['any-of', ['lead', 'customer'], 'lead', true],
    ['any-of', ['lead', 'customer'], 'subscriber', false],
    ['any-of', ['lead'], 'Lead', false],
    ['none-of', ['lead', 'customer'], 'subscriber', true],
    ['none-of', ['lead', 'customer'], 'customer', false],
  ] as const)('%s %j with %j is %s', (op, values, value, expected) => {
    expect(holds(prop('enumeration', 'p', { op, values }), value)).toBe(expected);
  });
});

describe('unknown values', () => {
  const filters = [
    prop('string', 'p', { op: 'neq', value: 'x' }),
    prop('number', 'p', { op: 'lt', value: 10 }),
    prop('boolean', 'p', { op: 'neq', value: true }),
    prop('enumeration', 'p', { op: 'none-of', values: ['lead'] }),
    prop('date', 'p', { op: 'before', date: '2026-01-01' }),
  ];

  test.each(filters.map((f) => [f.kind === 'property' ? f.type : '', f]))('%s: absent or null fails by default', (_type, filter) => {
    expect(holds(filter, undefined)).toBe(false);
    expect(holds(filter, null)).toBe(false);
  });

  test.each(filters.map((f) => [f.kind === 'property' ? f.type : '', f]))('%s: passes with includeUnknown', (_type, filter) => {
    const including = { ...filter, includeUnknown: true } as typeof filter;
    expect(holds(including, undefined)).toBe(true);
    expect(holds(including, null)).toBe(true);
  });

  test('is-known fails and is-unknown passes on unknown, whatever includeUnknown says', () => {
    for (const includeUnknown of [false, true]) {
      expect(holds(prop('number', 'p', { op: 'is-known' }, includeUnknown), null)).toBe(false);
      expect(holds(prop('number', 'p', { op: 'is-unknown' }, includeUnknown), undefined)).toBe(true);
    }
    expect(holds(prop('string', 'p', { op: 'is-known' }), 'x')).toBe(true);
    expect(holds(prop('string', 'p', { op: 'is-unknown' }), 'x')).toBe(false);
  });

  test('a property named like an Object prototype member is unknown', () => {
    expect(evaluateFilter(prop('string', 'constructor', { op: 'is-known' }), contact(), NOW)).toBe(false);
  });
});
