import { expect, test } from 'vitest';
import { dependsOnTime, evaluateFilter } from '../../../engine/criteria/index.ts';
import type { Filter } from '../../../engine/model/index.ts';
import fc from 'fast-check';
import { contactArb, filterArb, nowArb } from './arbitraries.ts';
import { DAY, email, form, list, page, prop } from './fixtures.ts';

const one = (filter: Filter) => dependsOnTime({ groups: [{ filters: [filter] }] });

test('rolling dates and updated-in-last-days depend on time', () => {
  for (const op of ['less-than-days-ago', 'more-than-days-ago', 'less-than-days-from-now', 'more-than-days-from-now', 'updated-in-last-days'] as const) {
    expect(one(prop('date', 'd', { op, days: 3 }))).toBe(true);
  }
});

test('calendar dates and non-date properties do not', () => {
  expect(one(prop('date', 'd', { op: 'before', date: '2026-01-01' }))).toBe(false);
  expect(one(prop('date', 'd', { op: 'is-known' }))).toBe(false);
  expect(one(prop('number', 'n', { op: 'gt', value: 1 }))).toBe(false);
  expect(one(list('l'))).toBe(false);
});

test('activity filters depend on time only with a window', () => {
  expect(one(form('a', 'submitted', 30))).toBe(true);
  expect(one(form('a'))).toBe(false);
  expect(one(email(null, 'received-not-opened', 3))).toBe(true);
  expect(one(email(null, 'received-not-opened'))).toBe(false);
  expect(one(page('x', 'contains', 'not-viewed', 7))).toBe(true);
  expect(one(page('x', 'contains', 'not-viewed'))).toBe(false);
});

test('one time-dependent filter anywhere makes the criteria time-dependent', () => {
  expect(dependsOnTime({ groups: [{ filters: [list('l')] }, { filters: [form(null, 'submitted', 1)] }] })).toBe(true);
  expect(dependsOnTime({ groups: [] })).toBe(false);
});

test('a filter said not to depend on time gives the same verdict at any later time when no event lies ahead', () => {
  fc.assert(
    fc.property(filterArb, contactArb, nowArb, fc.integer({ min: 0, max: 30 * DAY }), (filter, contact, now, later) => {
      if (one(filter) || contact.events.some((e) => e.at > now)) return;
      expect(evaluateFilter(filter, contact, now + later)).toBe(evaluateFilter(filter, contact, now));
    }),
    { numRuns: 2000 },
  );
});
