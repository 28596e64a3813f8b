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
  it('keeps the middle 90 % by nearest rank: of 1..20, 1 and 19 (the 5th and 95th percentiles)', () => {
    // n = 20: the 5 % tail is exactly one value; rank ceil(0.05 * 20) = 1 -> 1, ceil(0.95 * 20) = 19 -> 19.
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(intervalOf(values)).toEqual({ mean: 10.5, low: 1, high: 19 });
  });

  it('with fewer values than a tail needs, spans min to max', () => {
    expect(intervalOf([3, 1, 2])).toEqual({ mean: 2, low: 1, high: 3 });
  });
});
