import { describe, expect, it } from 'vitest';
import { intervalCoverage, lowerRank, runStudy, replicationFrame, studyShape, type Study } from '../../../engine/study/index.ts';
import { binomialHalf, splitContacts, splitProject } from './split-project.ts';

/**
 * Intervals cover at the stated rate, on a model with a closed-form answer (split-project.ts:
 * a 50/50 random split of N contacts, so each branch's count is Binomial(N, 1/2)).
 *
 * The interval is a prediction interval for one run (interval.ts): with R = 19 replications its
 * bounds are the smallest and the largest value (k = floor(0.05 x 20) = 1). A further, independent
 * run X falls outside when X < min or X > max. For whole counts with probabilities p(x),
 * P(outside) = sum_x p(x) (P(Y < x)^R + P(Y > x)^R), Y one replication: the exact coverage
 * expected, a little above the 90 % of continuous quantities because of ties.
 */

const N = 120;
const R = 19;
const STUDIES = 240;

function expectedCoverage(n: number, r: number): number {
  const p = binomialHalf(n);
  let below = 0;
  let outside = 0;
  for (let x = 0; x <= n; x++) {
    const above = 1 - below - p[x]!;
    outside += p[x]! * (below ** r + Math.max(0, above) ** r);
    below += p[x]!;
  }
  return 1 - outside;
}

describe('90 % intervals on a 50/50 split', () => {
  it('states its rule: k-th smallest and largest of R, k = floor(0.05 (R + 1))', () => {
    expect([lowerRank(19), lowerRank(20), lowerRank(50), lowerRank(100), lowerRank(5)]).toEqual([1, 1, 2, 5, 1]);
    expect(intervalCoverage(19)).toBeCloseTo(0.9, 12);
    expect(intervalCoverage(100)).toBeCloseTo(91 / 101, 12);
  });

  it(`a further run falls inside the interval as often as the closed form says (${STUDIES} studies of ${R})`, () => {
    const project = splitProject();
    const contacts = splitContacts(N);
    const expected = expectedCoverage(N, R);
    expect(expected).toBeGreaterThan(0.9);
    expect(expected).toBeLessThan(0.93);
    const layout = studyShape(project, { replications: R });
    const cellA = layout.cells.findIndex((c) => c.key === 'step|split|to-a|entered');
    const cellListB = layout.cells.findIndex((c) => c.key === 'list||list-b|');
    const C = layout.cells.length;
    let inside = 0;
    let insideB = 0;
    let meanSum = 0;
    for (let study = 0; study < STUDIES; study++) {
      const seed = 1000 + study * 7919;
      const result: Study = runStudy(project, contacts, { replications: R, seed });
      const last = (result.summary.days - 1) * C;
      // The further run: replication R of the same seed, which the study did not use.
      const further = replicationFrame(project, contacts, { replications: R, seed }, R, layout);
      const a = further[last + cellA]!;
      const b = further[last + cellListB]!;
      if (a >= result.summary.lo[last + cellA]! && a <= result.summary.hi[last + cellA]!) inside++;
      if (b >= result.summary.lo[last + cellListB]! && b <= result.summary.hi[last + cellListB]!) insideB++;
      meanSum += result.summary.mean[last + cellA]!;
    }
    // Three standard deviations of a proportion over STUDIES trials.
    const tolerance = 3 * Math.sqrt((expected * (1 - expected)) / STUDIES);
    expect(Math.abs(inside / STUDIES - expected)).toBeLessThan(tolerance);
    expect(Math.abs(insideB / STUDIES - expected)).toBeLessThan(tolerance);
    // The mean over every replication of every study: N/2, within 4 standard errors (sd sqrt(N)/2 per run).
    const runs = STUDIES * R;
    expect(Math.abs(meanSum / STUDIES - N / 2)).toBeLessThan((4 * Math.sqrt(N)) / 2 / Math.sqrt(runs));
  }, 120_000);
});
