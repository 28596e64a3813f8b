import fc from 'fast-check';
import { expect, test } from 'vitest';
import { evaluate, evaluateFilter, matches } from '../../../engine/criteria/index.ts';
import { contactArb, criteriaArb, filterArb, nowArb } from './arbitraries.ts';

test('matches always agrees with evaluate(...).matched', () => {
  fc.assert(
    fc.property(criteriaArb, contactArb, nowArb, (criteria, contact, now) => {
      expect(matches(criteria, contact, now)).toBe(evaluate(criteria, contact, now).matched);
    }),
    { numRuns: 3000 },
  );
});

test('evaluate reports every filter of every group, with the verdict of evaluateFilter and a reason in both languages', () => {
  fc.assert(
    fc.property(criteriaArb, contactArb, nowArb, (criteria, contact, now) => {
      const result = evaluate(criteria, contact, now);
      expect(result.groups.map((g) => g.filters.map((f) => f.filter))).toEqual(criteria.groups.map((g) => g.filters));
      for (const group of result.groups) {
        for (const f of group.filters) {
          expect(f.matched).toBe(evaluateFilter(f.filter, contact, now));
          expect(f.reason.fr.length).toBeGreaterThan(0);
          expect(f.reason.en.length).toBeGreaterThan(0);
        }
      }
    }),
    { numRuns: 1000 },
  );
});

test('a negated form, page-view or list filter is exactly the opposite of its positive twin', () => {
  fc.assert(
    fc.property(filterArb, contactArb, nowArb, (filter, contact, now) => {
      const twin =
        filter.kind === 'form' ? { ...filter, op: filter.op === 'submitted' ? 'not-submitted' : 'submitted' }
        : filter.kind === 'page-view' ? { ...filter, op: filter.op === 'viewed' ? 'not-viewed' : 'viewed' }
        : filter.kind === 'list' ? { ...filter, op: filter.op === 'in' ? 'not-in' : 'in' }
        : null;
      if (twin) expect(evaluateFilter(twin as typeof filter, contact, now)).toBe(!evaluateFilter(filter, contact, now));
    }),
    { numRuns: 1000 },
  );
});
