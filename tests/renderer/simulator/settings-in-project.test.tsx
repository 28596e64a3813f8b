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

  // The Runs field was this session's alone: a study of 50 runs came back as one run after a
  // reload, and `flowbench simulate` on the exported file printed one run's counts, no interval.
  it('hold the runs: a study is written as `replications`, one run as none, and an undo gives one run back', async () => {
    const { store, document } = setUp();
    expect(project.simulation.replications).toBeUndefined();
    await act(async () => {
      fireEvent.click(screen.getByTestId('sim-study'));
    });
    // Ticking Study asks for the study default (engine/study/limits.ts: 50).
    expect(document.getState().project.simulation.replications).toBe(50);
    await act(async () => {
      fireEvent.change(screen.getByTestId('sim-replications'), { target: { value: '20' } });
    });
    expect(document.getState().project.simulation.replications).toBe(20);
    expect(store.getState().settings?.replications).toBe(20);
    // The box is one undo step, the typing another (keys in quick succession merge).
    expect(document.getState().past).toHaveLength(2);
    await act(async () => {
      fireEvent.click(screen.getByTestId('sim-study'));
    });
    // One run is written as a project that never had a study: no field at all.
    expect('replications' in document.getState().project.simulation).toBe(false);
    expect(document.getState().past).toHaveLength(3);
    await act(async () => document.getState().undo());
    expect(document.getState().project.simulation.replications).toBe(20);
    expect((screen.getByTestId('sim-replications') as HTMLInputElement).value).toBe('20');
    expect((screen.getByTestId('sim-study') as HTMLInputElement).checked).toBe(true);
  });

  it('show the runs of the project opened (a study saved with it, a reload)', () => {
    const store = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox in tests'))));
    store.getState().setActive(true, { ...project, simulation: { ...project.simulation, replications: 30 } });
    expect(store.getState().settings?.replications).toBe(30);
    store.getState().setActive(false, project);
    store.getState().setActive(true, project);
    expect(store.getState().settings?.replications).toBe(1);
  });
});
