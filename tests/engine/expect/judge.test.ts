import { describe, expect, it } from 'vitest';
import { intervalOf, judge, type Measured } from '../../../engine/expect/index.ts';

const atLeast20: Measured = { value: 25, bound: 'at-least', limit: 20, unit: 'percent', offenders: [], steps: [] };
const atMost0: Measured = { value: 0, bound: 'at-most', limit: 0, unit: 'contacts', offenders: [], steps: [] };

describe('judge', () => {
  it('one value: holds on the bound, fails past it', () => {
    expect(judge({ ...atLeast20, value: 20 })).toBe('holds');
    expect(judge({ ...atLeast20, value: 19.9 })).toBe('fails');
    expect(judge(atMost0)).toBe('holds');
    expect(judge({ ...atMost0, value: 1 })).toBe('fails');
  });

  it('an interval straddling the bound is uncertain; wholly on one side it holds or fails', () => {
    expect(judge(atLeast20, { mean: 20, low: 15, high: 25 })).toBe('uncertain');
    expect(judge(atLeast20, { mean: 25, low: 21, high: 30 })).toBe('holds');
    expect(judge(atLeast20, { mean: 15, low: 10, high: 19 })).toBe('fails');
    expect(judge(atMost0, { mean: 0.4, low: 0, high: 2 })).toBe('uncertain');
    expect(judge(atMost0, { mean: 3, low: 1, high: 5 })).toBe('fails');
  });

  it('a broken expectation fails whatever the number or interval', () => {
    const broken = { ...atLeast20, broken: { fr: 'x', en: 'x' } };
    expect(judge(broken)).toBe('fails');
    expect(judge(broken, { mean: 50, low: 40, high: 60 })).toBe('fails');
  });
});

describe('intervalOf', () => {
  it('is the study rule (order statistics): of 1..20, the 1st smallest and 1st largest; of 1..40, the 2nd of each', () => {
    // engine/study/interval.ts: k = floor(0.05 (R + 1)); R = 20 -> k = 1: 1 and 20; R = 40 -> k = 2: 2 and 39.
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(intervalOf(values)).toEqual({ mean: 10.5, low: 1, high: 20 });
    expect(intervalOf(Array.from({ length: 40 }, (_, i) => i + 1))).toEqual({ mean: 20.5, low: 2, high: 39 });
  });

  it('with fewer values than a tail needs, spans min to max', () => {
    expect(intervalOf([3, 1, 2])).toEqual({ mean: 2, low: 1, high: 3 });
  });
});
