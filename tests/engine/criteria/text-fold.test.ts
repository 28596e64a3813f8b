import fc from 'fast-check';
import { expect, test } from 'vitest';
import { containsIgnoreCase, endsWithIgnoreCase, equalsIgnoreCase, sameUrl, startsWithIgnoreCase } from '../../../engine/criteria/text-fold.ts';

// Latin letters with and without accents, both cases: the folding must agree with toLowerCase there.
const latin = fc.string({ unit: fc.constantFrom(...'aAbBzZéÉèÈçÇœŒÿŸàÀ-/ 1'), maxLength: 6 });

test('case-insensitive comparisons agree with toLowerCase on Latin text', () => {
  fc.assert(
    fc.property(latin, latin, (a, b) => {
      const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
      expect(equalsIgnoreCase(a, b)).toBe(la === lb);
      expect(containsIgnoreCase(a, b)).toBe(la.includes(lb));
      expect(startsWithIgnoreCase(a, b)).toBe(la.startsWith(lb));
      expect(endsWithIgnoreCase(a, b)).toBe(la.endsWith(lb));
    }),
    { numRuns: 3000 },
  );
});

test('URLs compare ignoring case and one trailing slash', () => {
  expect(sameUrl('https://x.fr/Prix/', 'https://X.fr/prix')).toBe(true);
  expect(sameUrl('https://x.fr/prix', 'https://x.fr/prix2')).toBe(false);
  expect(sameUrl('/', '')).toBe(true);
});
