import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runAppCommand } from '../../../renderer/platform/appCommands.ts';
import { SimulateTimeline } from '../../../renderer/simulator/SimulateLayer.tsx';
import { ranStore, renderSim } from './harness.tsx';

describe('Simulate menu commands', () => {
  it('Simulate > Reset pauses and goes back to the start of the run', async () => {
    const store = await ranStore();
    await act(() => store.getState().seek(5 * 1440));
    store.getState().play();
    const { unmount } = renderSim(<SimulateTimeline />, store);
    act(() => {
      expect(runAppCommand('simulate.reset')).toBe(true);
    });
    await waitFor(() => expect(store.getState().minute).toBe(0));
    expect(store.getState().playing).toBe(false);
    unmount();
    // Once the timeline is gone, nothing answers the command any more.
    expect(runAppCommand('simulate.reset')).toBe(false);
  });
});
