import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimSetup } from '../../../renderer/simulator/SimSetup.tsx';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { formatLongDate } from '../../../renderer/simulator/time.ts';
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
      fireEvent.change(screen.getByTestId('sim-start'), { target: { value: '2026-03-01' } });
    });
    expect(store.getState().settings?.startDate).toBe('2026-03-01');
    expect(screen.getByTestId('sim-start-long').textContent).toBe('dimanche 1 mars 2026');
  });

  it('spells the date in English with the weekday and month in full, and gives nothing for a malformed date', () => {
    expect(formatLongDate('2026-01-05', 'en')).toMatch(/^Monday,? 5 January 2026$/);
    expect(formatLongDate('05/01/2026', 'en')).toBeNull();
  });
});
