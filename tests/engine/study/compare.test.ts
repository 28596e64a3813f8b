import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { duplicateAsVariant, replicationFrame, runComparison, studyShape, verdict } from '../../../engine/study/index.ts';
import { allTemplates } from '../sim/golden-digest.ts';
import { splitContacts, splitProject } from './split-project.ts';

/**
 * Variants over the same contacts with common random numbers (engine/study/compare.ts).
 */
describe('comparing variants', () => {
  it('a variant identical to A differs by exactly zero, every count, every day', () => {
    const a = { ...allTemplates(), simulation: { ...allTemplates().simulation, horizonDays: 30 } };
    const b = duplicateAsVariant(a);
    expect(b.name).not.toBe(a.name);
    const summary = runComparison(a, b, generateContacts(a, 60, 1), { replications: 5, seed: 3 });
    expect(summary.cells.length).toBe(studyShape(a, { replications: 5 }).cells.length);
    expect(summary.diff.mean.every((v) => v === 0)).toBe(true);
    expect(summary.diff.lo.every((v) => v === 0) && summary.diff.hi.every((v) => v === 0)).toBe(true);
    // Not trivially zero: the counts themselves vary between replications.
    expect(summary.a.lo.some((v, k) => v !== summary.a.hi[k])).toBe(true);
  });

  it('common random numbers: a 60/40 split against 50/50 sends each contact the same way unless its draw lies in [0.5, 0.6)', () => {
    // Each contact's split draw u is the same in A and B (same seed, same id, same steps before),
    // so B's branch A holds A's branch A plus the contacts with 0.5 <= u < 0.6: the difference is
    // never negative (five replications checked one by one), and its mean is about 10 % of the contacts.
    const a = splitProject(50);
    const b = splitProject(60);
    const contacts = splitContacts(400);
    const R = 30;
    const summary = runComparison(a, b, contacts, { replications: R, seed: 12 });
    const k = summary.cells.findIndex((c) => c.key === 'step|split|to-a|entered');
    const last = (summary.diff.days - 1) * summary.cells.length + k;
    expect(summary.diff.lo[last]).toBeGreaterThan(0);
    // Every replication's own difference, not only the interval.
    const la = studyShape(a, { replications: R });
    const cell = la.cells.findIndex((c) => c.key === 'step|split|to-a|entered');
    for (let r = 0; r < 5; r++) {
      const fa = replicationFrame(a, contacts, { replications: R, seed: 12 }, r, la);
      const fb = replicationFrame(b, contacts, { replications: R, seed: 12 }, r, la);
      const at = fa.length - la.cells.length + cell;
      expect(fb[at]! - fa[at]!).toBeGreaterThanOrEqual(0);
    }
    // 400 x 0.1 = 40, standard deviation sqrt(400 x 0.1 x 0.9) = 6 per replication, / sqrt(30) for the mean.
    expect(Math.abs(summary.diff.mean[last]! - 40)).toBeLessThan(4 * (6 / Math.sqrt(R)));
    expect(verdict(summary.diff.lo[last]!, summary.diff.hi[last]!)).toBe('more');
    expect([verdict(-3, -1), verdict(-2, 4), verdict(0, 0)]).toEqual(['fewer', 'none', 'none']);
  });
});
