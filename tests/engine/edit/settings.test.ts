import { describe, expect, it } from 'vitest';
import { setWorkflowSettings } from '../../../engine/edit/index.ts';
import { asWorkflowId } from '../../../engine/model/index.ts';
import { refusal, seedWorkflow } from './fixtures.ts';

describe('setWorkflowSettings', () => {
  it('changes the given fields and nothing else', () => {
    const seed = seedWorkflow();
    const result = setWorkflowSettings(seed, { name: 'Relance ebook', enabled: false, blockedDates: ['2026-12-25'] });
    expect(result).toEqual({ ...seed, name: 'Relance ebook', enabled: false, blockedDates: ['2026-12-25'] });
  });

  it('never touches the steps, the start or the id, whatever the patch holds', () => {
    const seed = seedWorkflow();
    const result = setWorkflowSettings(seed, { start: null, steps: [], id: asWorkflowId('other') } as never);
    expect(result).toEqual(seed);
  });

  it('accepts an execution window that ends after it starts', () => {
    const window = { days: ['monday', 'friday'] as const, start: '09:00', end: '17:30' };
    expect(setWorkflowSettings(seedWorkflow(), { executionWindow: window }).executionWindow).toEqual(window);
  });

  it('refuses an execution window ending before it starts, with malformed hours or no day', () => {
    const refuseWindow = (start: string, end: string, days: readonly ('monday' | 'friday')[] = ['monday']) =>
      refusal(() => setWorkflowSettings(seedWorkflow(), { executionWindow: { days, start, end } })).code;
    expect(refuseWindow('17:00', '09:00')).toBe('bad-settings');
    expect(refuseWindow('9h', '17:00')).toBe('bad-settings');
    expect(refuseWindow('09:00', '17:00', [])).toBe('bad-settings');
  });

  it('refuses an empty name, an impossible blocked date and an unknown time zone', () => {
    expect(refusal(() => setWorkflowSettings(seedWorkflow(), { name: ' ' })).text.fr).toBe('Le workflow a besoin d’un nom.');
    expect(refusal(() => setWorkflowSettings(seedWorkflow(), { blockedDates: ['2026-02-30'] })).text.en).toContain('2026-02-30');
    expect(refusal(() => setWorkflowSettings(seedWorkflow(), { timeZone: 'Mars/Olympus' })).code).toBe('bad-settings');
  });

  it('refuses a fixed-date timing without a valid anchor date', () => {
    expect(refusal(() => setWorkflowSettings(seedWorkflow(), { timing: { type: 'fixed-date', anchorDate: 'tomorrow' } })).code).toBe('bad-settings');
    expect(setWorkflowSettings(seedWorkflow(), { timing: { type: 'fixed-date', anchorDate: '2026-03-12' } }).timing.type).toBe('fixed-date');
  });

  it('refuses unenrolling from the workflow itself', () => {
    const seed = seedWorkflow();
    expect(refusal(() => setWorkflowSettings(seed, { unenrollFromOthers: { mode: 'selected', workflows: [seed.id] } })).code).toBe('bad-settings');
  });
});
