import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimSetup } from '../../../renderer/simulator/SimSetup.tsx';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { project, renderSim } from './harness.tsx';

/**
 * The run settings a project file holds (start date, days, seed, new contacts a day; DESIGN §2) are
 * written into the project from the Simulate panel. A review set 10 new contacts a day and 365 days:
 * both were gone after a reload, missing from variant B and from the exported file, so
 * `flowbench simulate` on that file reported 21 enrolled where the screen showed 341.
 */
function setUp() {
  const store = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox in tests'))));
  store.getState().setActive(true, project);
  const view = renderSim(<SimSetup />, store, 'en');
  return { store, document: view.stores.document };
}

describe('the Simulate settings a project holds', () => {
  it('are written into the project, one undo step each, and the fields follow an undo', async () => {
    const { store, document } = setUp();
    const before = project.simulation;
    // The premise: the template's values differ from those typed below.
    expect([before.horizonDays, before.seed, before.arrivals.perDay]).not.toEqual([365, 12, 10]);
    await act(async () => {
      fireEvent.change(screen.getByTestId('sim-horizon'), { target: { value: '365' } });
      fireEvent.change(screen.getByTestId('sim-seed'), { target: { value: '12' } });
      fireEvent.change(screen.getByTestId('sim-arrivals'), { target: { value: '10' } });
      fireEvent.change(screen.getByTestId('sim-start'), { target: { value: '01/03/2026' } });
    });
    const saved = document.getState().project.simulation;
    expect([saved.startDate, saved.horizonDays, saved.seed, saved.arrivals.perDay]).toEqual(['2026-03-01', 365, 12, 10]);
    // The rest of the arrivals setting is kept (only the rate is a field here).
    expect({ ...saved.arrivals, perDay: before.arrivals.perDay }).toEqual(before.arrivals);
    expect(document.getState().past).toHaveLength(4);
    expect(store.getState().settings).toMatchObject({ startDate: '2026-03-01', horizonDays: 365, seed: 12, arrivalsPerDay: 10 });
    await act(async () => document.getState().undo());
    expect(document.getState().project.simulation.startDate).toBe(before.startDate);
    expect(store.getState().settings?.startDate).toBe(before.startDate);
    expect((screen.getByTestId('sim-arrivals') as HTMLInputElement).value).toBe('10');
  });

  it('come from the project when Simulate opens again (another project, or an edit made elsewhere)', () => {
    const store = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox in tests'))));
    store.getState().setActive(true, project);
    store.getState().setActive(false, project);
    const other = { ...project, simulation: { ...project.simulation, horizonDays: 90, seed: 5, arrivals: { ...project.simulation.arrivals, perDay: 3 } } };
    store.getState().setActive(true, other);
    expect(store.getState().settings).toMatchObject({ horizonDays: 90, seed: 5, arrivalsPerDay: 3 });
  });
});
