import { describe, expect, it } from 'vitest';
import { intervalText, measureText } from '../../../engine/expect/index.ts';

/** How a measure reads beside its expectation, in the panel, the report and the CLI. */
describe('a measure in words', () => {
  it('says a count that must stay at 0 counts contacts at fault, not "nothing measured"', () => {
    const fault = { unit: 'contacts', bound: 'at-most', limit: 0 } as const;
    expect(measureText({ ...fault, value: 0 }, 'fr')).toBe('0 contact en défaut');
    expect(measureText({ ...fault, value: 0 }, 'en')).toBe('0 contacts at fault');
    expect(measureText({ ...fault, value: 1 }, 'en')).toBe('1 contact at fault');
    expect(measureText({ ...fault, value: 2 }, 'fr')).toBe('2 contacts en défaut');
    // Over replications too: the mean and its interval, then what is counted.
    expect(intervalText(fault, { mean: 0.5, low: 0, high: 2 }, 'en')).toBe('0.5 (0–2) contacts at fault');
    expect(intervalText(fault, { mean: 0.25, low: 0, high: 1 }, 'fr')).toBe('0,3 (0–1) contact en défaut');
    expect(intervalText({ unit: 'percent' }, { mean: 23.04, low: 18, high: 29.5 }, 'fr')).toBe('23\u00a0% (18\u00a0%–29,5\u00a0%)');
  });

  it('leaves other counts and shares as they are, in the locale’s numbers', () => {
    // A step reached by at least so many contacts counts contacts, not faults.
    expect(measureText({ unit: 'contacts', bound: 'at-least', limit: 100, value: 1234 }, 'fr')).toBe('1\u202f234 contacts');
    expect(measureText({ unit: 'contacts', value: 1 }, 'fr')).toBe('1 contact');
    expect(measureText({ unit: 'contacts', value: 1234 }, 'en')).toBe('1,234 contacts');
    expect(measureText({ unit: 'percent', value: 12.5 }, 'fr')).toBe('12,5\u00a0%');
    expect(measureText({ unit: 'percent', value: 12.5 }, 'en')).toBe('12.5%');
  });
});
