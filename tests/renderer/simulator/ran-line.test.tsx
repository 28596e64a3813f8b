import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SimSetup } from '../../../renderer/simulator/SimSetup.tsx';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { ranStore, renderSim, studyOfRun } from './harness.tsx';

describe('the line beside Run again', () => {
  it('gives the single run its time, and after a study of that run only its contacts (the study note gives the study its time)', async () => {
    const store = await ranStore();
    const single = renderSim(<SimSetup />, store, 'fr');
    // The sandbox list is read from IndexedDB after the first render.
    await act(async () => {});
    // 2 000 contacts (harness) with a no-break space, then the run's seconds in French.
    expect(screen.getByTestId('sim-ran').textContent).toMatch(/^2\u202f000 contacts · \d+,?\d?\u00a0s$/);
    single.unmount();
    const studies = await studyOfRun(store.getState().meta!);
    renderSim(
      <StudyProvider store={studies}>
        <SimSetup />
      </StudyProvider>,
      store,
      'fr',
    );
    await act(async () => {});
    expect(screen.getByTestId('sim-ran').textContent).toBe('2\u202f000 contacts');
  });
});
