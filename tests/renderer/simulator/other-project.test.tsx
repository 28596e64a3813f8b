import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { SimulateTimeline } from '../../../renderer/simulator/SimulateLayer.tsx';
import { SimulatePanel } from '../../../renderer/simulator/SimulatePanel.tsx';
import { project, ranStore, renderSim } from './harness.tsx';

describe('a run belongs to its project', () => {
  it('opening another project clears the run, its instant and its settings', async () => {
    const store = await ranStore();
    await act(() => store.getState().seek(5 * 1440));
    const view = renderSim(
      <>
        <SimulateTimeline />
        <SimulatePanel workflow={project.workflows[0]} />
      </>,
      store,
    );
    await view.findByTestId('sim-results');
    expect(view.getByTestId('sim-timeline')).toBeTruthy();

    const other = buildTemplate('lifecycle', 'en');
    act(() => view.stores.document.getState().load(other));
    await waitFor(() => expect(store.getState().meta).toBeNull());
    expect(store.getState()).toMatchObject({ frame: null, ranProject: null, status: 'idle', focus: null, playing: false });
    expect(store.getState().settings?.startDate).toBe(other.simulation.startDate);
    expect(view.queryByTestId('sim-results')).toBeNull();
    expect(view.queryByTestId('sim-timeline')).toBeNull();
    view.unmount();
  });

  it('an edit of the same project keeps the run and says it changed', async () => {
    const store = await ranStore();
    const view = renderSim(<SimulatePanel workflow={project.workflows[0]} />, store);
    await view.findByTestId('sim-results');
    act(() => view.stores.document.getState().apply((p) => ({ ...p, name: `${p.name} (2)` })));
    expect(store.getState().meta).not.toBeNull();
    await view.findByText('The project changed since this run.');
    view.unmount();
  });

  it('an expectation written after the run leaves it as it was: no run reads expectations', async () => {
    const store = await ranStore();
    const view = renderSim(<SimulatePanel workflow={project.workflows[0]} />, store);
    await view.findByTestId('sim-results');
    act(() => view.stores.document.getState().apply((p) => ({ ...p, tests: { ...p.tests!, expectations: [...p.tests!.expectations, { ...p.tests!.expectations[0]!, id: 'added' }] } })));
    expect(view.stores.document.getState().project).not.toBe(store.getState().ranProject);
    expect(view.queryByText('The project changed since this run.')).toBeNull();
    // A real edit after it still says so.
    act(() => view.stores.document.getState().apply((p) => ({ ...p, name: `${p.name} (2)` })));
    await view.findByText('The project changed since this run.');
    view.unmount();
  });
});
