import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimSetup } from '../../../renderer/simulator/SimSetup.tsx';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { formatLongDate } from '../../../renderer/simulator/time.ts';
import { formatShortDate, parseShortDate, shortDatePattern } from '../../../renderer/i18n/format.ts';
import { project, renderSim } from './harness.tsx';

function setupStore() {
  const store = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox in tests'))));
  store.getState().setActive(true, project);
  store.getState().setSettings({ startDate: '2026-01-05' });
  return store;
}

describe('the start date is spelled out in the app language', () => {
  it('writes the chosen start date in full in French and follows a new choice', async () => {
    const store = setupStore();
    renderSim(<SimSetup />, store, 'fr');
    expect((await screen.findByTestId('sim-start-long')).textContent).toBe('lundi 5 janvier 2026');
    await act(async () => {
      fireEvent.change(screen.getByTestId('sim-start'), { target: { value: '01/03/2026' } });
    });
    expect(store.getState().settings?.startDate).toBe('2026-03-01');
    expect(screen.getByTestId('sim-start-long').textContent).toBe('dimanche 1 mars 2026');
  });

  it('shows and reads the date in the app language order (day/month/year), whatever the browser', async () => {
    const store = setupStore();
    renderSim(<SimSetup />, store, 'fr');
    const field = (await screen.findByTestId('sim-start')) as HTMLInputElement;
    // The 5th of January, not the 1st of May as a US-ordered browser field showed it.
    expect(field.value).toBe('05/01/2026');
    expect(field.placeholder).toBe('jj/mm/aaaa');
    await act(async () => {
      fireEvent.change(field, { target: { value: '31/02/2026' } });
      fireEvent.blur(field);
    });
    expect(store.getState().settings?.startDate).toBe('2026-01-05');
    expect(screen.getByTestId('sim-start-error').textContent).toBe('Date non valide\u00a0: écrivez jj/mm/aaaa');
    await act(async () => {
      fireEvent.change(field, { target: { value: '12.04.2026' } });
    });
    expect(store.getState().settings?.startDate).toBe('2026-04-12');
    expect(screen.queryByTestId('sim-start-error')).toBeNull();
  });

  it('reads only real days, in the order of each language', () => {
    expect(parseShortDate('05/01/2026', 'fr')).toBe('2026-01-05');
    expect(parseShortDate('5/1/2026', 'en')).toBe('2026-01-05');
    expect(parseShortDate('29/02/2028', 'fr')).toBe('2028-02-29');
    expect(parseShortDate('29/02/2026', 'fr')).toBeNull();
    expect(parseShortDate('2026-01-05', 'fr')).toBeNull();
    expect(parseShortDate('', 'en')).toBeNull();
    expect(formatShortDate('2026-01-05', 'en')).toBe('05/01/2026');
    expect(shortDatePattern('en')).toBe('dd/mm/yyyy');
  });

  it('spells the date in English with the weekday and month in full, and gives nothing for a malformed date', () => {
    expect(formatLongDate('2026-01-05', 'en')).toMatch(/^Monday,? 5 January 2026$/);
    expect(formatLongDate('05/01/2026', 'en')).toBeNull();
  });
});
