import fc from 'fast-check';
import { EMAIL_EVENTS, type Contact, type ContactEvent, type Criteria, type Filter, type PropertyValue } from '../../../engine/model/index.ts';
import { contact, DAY, email, form, list, NOW, page, prop } from './fixtures.ts';

/** Small vocabularies so random filters and random contacts often meet. */
const names = fc.constantFrom('p1', 'p2', 'p3');
const words = fc.constantFrom('', 'a', 'Ab', 'abc', 'ÉTÉ', 'été', 'x/');
const numbers = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0.5, NaN));
const days = fc.integer({ min: 0, max: 40 });
const isoDay = fc.integer({ min: -40, max: 40 }).map((d) => new Date(NOW + d * DAY).toISOString().slice(0, 10));
const instant = fc.integer({ min: -45 * DAY, max: 45 * DAY }).map((d) => NOW + d);
const withinDays = fc.option(days, { nil: undefined });
const known = fc.constantFrom({ op: 'is-known' as const }, { op: 'is-unknown' as const });
const includeUnknown = fc.option(fc.boolean(), { nil: undefined });

const propertyFilter: fc.Arbitrary<Filter> = fc.oneof(
  fc.tuple(names, fc.oneof(known, fc.record({ op: fc.constantFrom('eq', 'neq', 'contains', 'not-contains', 'starts-with', 'ends-with'), value: words })), includeUnknown)
    .map(([n, o, u]) => prop('string', n, o, u)),
  fc.tuple(
    names,
    fc.oneof(
      known,
      fc.record({ op: fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), value: numbers }),
      fc.record({ op: fc.constantFrom('between', 'not-between'), low: numbers, high: numbers }),
    ),
    includeUnknown,
  ).map(([n, o, u]) => prop('number', n, o, u)),
  fc.tuple(names, fc.oneof(known, fc.record({ op: fc.constantFrom('eq', 'neq'), value: fc.boolean() })), includeUnknown)
    .map(([n, o, u]) => prop('boolean', n, o, u)),
  fc.tuple(names, fc.oneof(known, fc.record({ op: fc.constantFrom('any-of', 'none-of'), values: fc.array(words, { maxLength: 3 }) })), includeUnknown)
    .map(([n, o, u]) => prop('enumeration', n, o, u)),
  fc.tuple(
    names,
    fc.oneof(
      known,
      fc.record({ op: fc.constantFrom('on', 'before', 'after'), date: isoDay }),
      fc.record({ op: fc.constant('between'), from: isoDay, to: isoDay }),
      fc.record({
        op: fc.constantFrom('less-than-days-ago', 'more-than-days-ago', 'less-than-days-from-now', 'more-than-days-from-now', 'updated-in-last-days'),
        days,
      }),
    ),
    includeUnknown,
  ).map(([n, o, u]) => prop('date', n, o as Extract<Filter, { type: 'date' }>['operation'], u)),
);

const assets = fc.constantFrom('a1', 'a2');
const emails = fc.constantFrom('e1', 'e2');
const urls = fc.constantFrom('https://x.fr/Prix', 'https://x.fr/prix/', 'blog', 'x.fr');

export const filterArb: fc.Arbitrary<Filter> = fc.oneof(
  propertyFilter,
  fc.tuple(fc.constantFrom('L1', 'L2'), fc.constantFrom('in' as const, 'not-in' as const)).map(([l, o]) => list(l, o)),
  fc.tuple(fc.option(assets, { nil: null }), fc.constantFrom('submitted' as const, 'not-submitted' as const), withinDays).map(([a, o, w]) => form(a, o, w)),
  fc.tuple(fc.option(emails, { nil: null }), fc.constantFrom(...EMAIL_EVENTS), withinDays).map(([e, ev, w]) => email(e, ev, w)),
  fc.tuple(urls, fc.constantFrom('equals' as const, 'contains' as const), fc.constantFrom('viewed' as const, 'not-viewed' as const), withinDays).map(
    ([u, m, o, w]) => page(u, m, o, w),
  ),
);

export const criteriaArb: fc.Arbitrary<Criteria> = fc
  .array(fc.array(filterArb, { maxLength: 4 }), { maxLength: 3 })
  .map((groups) => ({ groups: groups.map((filters) => ({ filters })) }));

const value: fc.Arbitrary<PropertyValue> = fc.oneof(
  fc.constant(null),
  words,
  numbers,
  fc.boolean(),
  instant,
  fc.constantFrom('true', 'FALSE', ' 3 ', '2026-01-10'),
);

const event: fc.Arbitrary<ContactEvent> = fc.oneof(
  fc.record({ kind: fc.constant('form-submitted' as const), asset: assets, at: instant }),
  fc.record({ kind: fc.constant('page-viewed' as const), url: urls, at: instant }),
  fc.record({ kind: fc.constant('property-changed' as const), property: names, at: instant }),
  fc.record({ kind: fc.constant('email' as const), email: emails, event: fc.constantFrom('sent', 'opened', 'clicked', 'bounced', 'unsubscribed'), at: instant }),
) as fc.Arbitrary<ContactEvent>;

export const contactArb: fc.Arbitrary<Contact> = fc
  .tuple(fc.dictionary(names, value), fc.array(event, { maxLength: 12 }), fc.subarray(['L1', 'L2']))
  .map(([properties, events, lists]) => contact(properties, [...events].sort((a, b) => a.at - b.at), lists));

export const nowArb = fc.integer({ min: -3 * DAY, max: 3 * DAY }).map((d) => NOW + d);
