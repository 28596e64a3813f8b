import { describe, expect, test } from 'vitest';
import { evaluateFilter } from '../../../engine/criteria/index.ts';
import type { Filter } from '../../../engine/model/index.ts';
import { changed, contact, DAY, NOW, prop } from './fixtures.ts';

const at = (iso: string) => Date.parse(iso);
const holds = (filter: Filter, value: number | string | null) => evaluateFilter(filter, contact({ d: value }), NOW);
const date = (operation: Extract<Filter, { type: 'date' }>['operation']) => prop('date', 'd', operation);

describe('calendar operators compare by UTC day', () => {
  test.each([
    ['on', '2026-01-10T00:00:00Z', true],
    ['on', '2026-01-10T23:59:59Z', true],
    ['on', '2026-01-11T00:00:00Z', false],
    ['before', '2026-01-09T23:59:59Z', true],
    ['before', '2026-01-10T00:00:00Z', false],
    ['after', '2026-01-11T00:00:00Z', true],
    ['after', '2026-01-10T23:59:59Z', false],
  ] as const)('%s 2026-01-10 with %s is %s', (op, value, expected) => {
    expect(holds(date({ op, date: '2026-01-10' }), at(value))).toBe(expected);
  });

  test.each([
    ['2026-01-05T00:00:00Z', true],
    ['2026-01-10T23:59:59Z', true],
    ['2026-01-04T23:59:59Z', false],
    ['2026-01-11T00:00:00Z', false],
  ])('between 2026-01-05 and 2026-01-10 includes both days: %s is %s', (value, expected) => {
    expect(holds(date({ op: 'between', from: '2026-01-05', to: '2026-01-10' }), at(value))).toBe(expected);
  });

  test('an impossible operand date never matches', () => {
    expect(holds(date({ op: 'before', date: '2026-02-30' }), at('2020-01-01T00:00:00Z'))).toBe(false);
  });

  test('date values may be numeric or YYYY-MM-DD strings; other text fails', () => {
    expect(holds(date({ op: 'on', date: '2026-01-10' }), String(at('2026-01-10T08:00:00Z')))).toBe(true);
    expect(holds(date({ op: 'on', date: '2026-01-10' }), '2026-01-10')).toBe(true);
    expect(holds(date({ op: 'before', date: '2030-01-01' }), 'soon')).toBe(false);
  });
});

describe('rolling operators count from now, with exact boundaries', () => {
  test.each([
    ['less-than-days-ago', NOW - 7 * DAY + 1, true],
    ['less-than-days-ago', NOW, true],
    ['less-than-days-ago', NOW - 7 * DAY, false],
    ['less-than-days-ago', NOW + 1, false],
    ['more-than-days-ago', NOW - 7 * DAY - 1, true],
    ['more-than-days-ago', NOW - 7 * DAY, false],
    ['less-than-days-from-now', NOW, true],
    ['less-than-days-from-now', NOW + 7 * DAY - 1, true],
    ['less-than-days-from-now', NOW + 7 * DAY, false],
    ['less-than-days-from-now', NOW - 1, false],
    ['more-than-days-from-now', NOW + 7 * DAY + 1, true],
    ['more-than-days-from-now', NOW + 7 * DAY, false],
  ] as const)('%s 7 days with the value at %d ms is %s', (op, value, expected) => {
    expect(holds(date({ op, days: 7 }), value)).toBe(expected);
  });
});

describe('updated in the last days reads the property-change history', () => {
  const filter = date({ op: 'updated-in-last-days', days: 7 });

  test('a change exactly 7 days ago counts, one a millisecond earlier does not', () => {
    expect(evaluateFilter(filter, contact({}, [changed('d', NOW - 7 * DAY)]), NOW)).toBe(true);
    expect(evaluateFilter(filter, contact({ d: NOW }, [changed('d', NOW - 7 * DAY - 1)]), NOW)).toBe(false);
  });

  test('changes to other properties and changes after now do not count', () => {
    expect(evaluateFilter(filter, contact({ d: NOW }, [changed('other', NOW - DAY), changed('d', NOW + 1)]), NOW)).toBe(false);
  });
});
