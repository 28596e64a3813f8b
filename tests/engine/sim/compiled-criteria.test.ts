import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFilter, matches } from '../../../engine/criteria/index.ts';
import { asAssetId, asContactId, asEmailId, asListId, type Contact, type ContactEvent, type Criteria, type Filter, type PropertyValue } from '../../../engine/model/index.ts';
import { compileCriteriaTest, compileFilterTest } from '../../../engine/sim/compile/compiled-criteria.ts';
import { ContactStore } from '../../../engine/sim/state/contacts.ts';

/** The compiled fast path must answer exactly what engine/criteria answers, on any contact. */

const NOW = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;
const PROPS = ['p', 'q', 'lastactivitydate'] as const;
const LISTS = ['l1', 'l2'].map(asListId);
const EMAILS = ['e1', 'e2'].map(asEmailId);
const ASSETS = ['a1', 'a2'].map(asAssetId);
const URLS = ['/pricing', '/Pricing/', '/blog', '/pricing/plans'];

const instant = fc.oneof(fc.integer({ min: -60, max: 60 }).map((d) => NOW + d * DAY + 1), fc.constant(NOW), fc.constant(NOW - 30 * DAY), fc.constant(NaN));
const value: fc.Arbitrary<PropertyValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  instant.filter((n) => !Number.isNaN(n)),
  fc.integer({ min: -5, max: 100 }),
  fc.constantFrom('lead', 'Lead', 'customer', '', '  ', '42', 'true', 'FALSE', '2026-02-10', '2026-03-01T10:00:00Z', 'Directeur commercial', 'x'),
  fc.boolean(),
);
const days = fc.integer({ min: 0, max: 45 });
const within = fc.option(days, { nil: undefined });

const propertyFilter: fc.Arbitrary<Filter> = fc.tuple(fc.constantFrom(...PROPS), fc.boolean()).chain(([property, includeUnknown]) =>
  fc.oneof(
    fc.constantFrom('is-known', 'is-unknown').map((op) => ({ kind: 'property', property, type: 'string', includeUnknown, operation: { op } }) as Filter),
    fc.tuple(fc.constantFrom('eq', 'neq', 'contains', 'not-contains', 'starts-with', 'ends-with'), fc.constantFrom('lead', 'LEAD', 'direct', '', '42')).map(
      ([op, v]) => ({ kind: 'property', property, type: 'string', includeUnknown, operation: { op, value: v } }) as Filter,
    ),
    fc.tuple(fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), fc.integer({ min: -5, max: 100 })).map(
      ([op, v]) => ({ kind: 'property', property, type: 'number', includeUnknown, operation: { op, value: v } }) as Filter,
    ),
    fc.tuple(fc.constantFrom('between', 'not-between'), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(
      ([op, low, high]) => ({ kind: 'property', property, type: 'number', includeUnknown, operation: { op, low, high } }) as Filter,
    ),
    fc.tuple(fc.constantFrom('eq', 'neq'), fc.boolean()).map(([op, v]) => ({ kind: 'property', property, type: 'boolean', includeUnknown, operation: { op, value: v } }) as Filter),
    fc.tuple(fc.constantFrom('any-of', 'none-of'), fc.subarray(['lead', 'customer', '42', 'true'])).map(
      ([op, values]) => ({ kind: 'property', property, type: 'enumeration', includeUnknown, operation: { op, values } }) as Filter,
    ),
    fc.tuple(fc.constantFrom('on', 'before', 'after'), fc.constantFrom('2026-02-10', '2026-03-01', '2026-02-30')).map(
      ([op, date]) => ({ kind: 'property', property, type: 'date', includeUnknown, operation: { op, date } }) as Filter,
    ),
    fc.tuple(fc.constantFrom('less-than-days-ago', 'more-than-days-ago', 'less-than-days-from-now', 'more-than-days-from-now', 'updated-in-last-days'), days).map(
      ([op, d]) => ({ kind: 'property', property, type: 'date', includeUnknown, operation: { op, days: d } }) as Filter,
    ),
  ),
);

const filter: fc.Arbitrary<Filter> = fc.oneof(
  propertyFilter,
  fc.tuple(fc.constantFrom(...LISTS), fc.constantFrom('in', 'not-in')).map(([list, op]) => ({ kind: 'list', list, op }) as Filter),
  fc.tuple(fc.option(fc.constantFrom(...ASSETS), { nil: null }), fc.constantFrom('submitted', 'not-submitted'), within).map(
    ([asset, op, withinDays]) => ({ kind: 'form', asset, op, ...(withinDays === undefined ? {} : { withinDays }) }) as Filter,
  ),
  fc.tuple(fc.option(fc.constantFrom(...EMAILS), { nil: null }), fc.constantFrom('sent', 'opened', 'clicked', 'bounced', 'unsubscribed', 'opened-not-clicked', 'received-not-opened'), within).map(
    ([email, event, withinDays]) => ({ kind: 'email', email, event, ...(withinDays === undefined ? {} : { withinDays }) }) as Filter,
  ),
  fc.tuple(fc.constantFrom('/pricing', 'pricing', '/PRICING/', 'blog'), fc.constantFrom('equals', 'contains'), fc.constantFrom('viewed', 'not-viewed'), within).map(
    ([url, match, op, withinDays]) => ({ kind: 'page-view', url, match, op, ...(withinDays === undefined ? {} : { withinDays }) }) as Filter,
  ),
);

const criteria: fc.Arbitrary<Criteria> = fc.array(fc.array(filter, { maxLength: 4 }).map((filters) => ({ filters })), { maxLength: 3 }).map((groups) => ({ groups }));

const event: fc.Arbitrary<ContactEvent> = fc.oneof(
  fc.tuple(fc.constantFrom('sent', 'opened', 'clicked', 'bounced', 'unsubscribed'), fc.constantFrom(...EMAILS), instant).map(
    ([ev, email, at]) => ({ kind: 'email', event: ev, email, at }) as ContactEvent,
  ),
  fc.tuple(fc.constantFrom(...ASSETS), instant).map(([asset, at]): ContactEvent => ({ kind: 'form-submitted', asset, at })),
  fc.tuple(fc.constantFrom(...URLS), instant).map(([url, at]): ContactEvent => ({ kind: 'page-viewed', url, at })),
  fc.tuple(fc.constantFrom(...PROPS), instant).map(([property, at]): ContactEvent => ({ kind: 'property-changed', property, at })),
);

/** Histories in time order (as the simulator writes them) or shuffled (as an import may give them). */
const events = fc.tuple(fc.array(event, { maxLength: 12 }), fc.boolean()).map(([list, ordered]) => (ordered ? [...list].sort((a, b) => a.at - b.at) : list));

const contactArb: fc.Arbitrary<Contact> = fc
  .tuple(fc.tuple(value, value, value), fc.subarray(LISTS), events)
  .map(([[p, q, last], lists, history]) => {
    const properties: Record<string, PropertyValue> = {};
    if (p !== undefined) properties.p = p;
    if (q !== undefined) properties.q = q;
    if (last !== undefined) properties.lastactivitydate = last;
    return { id: asContactId('c'), properties, lists, events: history, persona: null };
  });

/** Minute 0 of the run the compiled tests are asked in: they take minutes, the reference instants. */
const ORIGIN = NOW - 60 * DAY;
const minuteOf = (ms: number) => (ms - ORIGIN) / 60_000;

function storeOf(contacts: readonly Contact[]): ContactStore {
  const store = new ContactStore(4, 1, { email: 0, form: 0, page: 0, changed: 0 }, [], ORIGIN);
  for (const c of contacts) store.add(c);
  return store;
}

const nowArb = fc.oneof(fc.constant(NOW), fc.integer({ min: -40, max: 40 }).map((d) => NOW + d * DAY));

describe('compiled criteria agree with engine/criteria', () => {
  it('for every filter and criteria, on random contacts and instants', () => {
    fc.assert(
      fc.property(criteria, fc.array(contactArb, { minLength: 1, maxLength: 3 }), nowArb, (c, contacts, now) => {
        const store = storeOf(contacts);
        const test = compileCriteriaTest(c, store);
        contacts.forEach((contact, i) => {
          expect(test(i, minuteOf(now))).toBe(matches(c, contact, now));
          for (const g of c.groups) for (const f of g.filters) expect(compileFilterTest(f, store)(i, minuteOf(now))).toBe(evaluateFilter(f, contact, now));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('rebuilds each contact as it was given', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { minLength: 1, maxLength: 3 }), (contacts) => {
        const store = storeOf(contacts);
        contacts.forEach((contact, i) => expect(store.contact(i)).toEqual(contact));
      }),
      { numRuns: 300 },
    );
  });
});
