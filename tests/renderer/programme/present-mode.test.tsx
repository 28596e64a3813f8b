import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROGRAMME_TEXTS } from '../../../renderer/programme/i18n.ts';
import { ProgrammeLayer } from '../../../renderer/programme/ProgrammeMapView.tsx';
import { programmeViewStore } from '../../../renderer/programme/store.ts';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimulationProvider } from '../../../renderer/simulator/context.tsx';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { renderWithEditor } from '../render.tsx';

describe('presentation mode without a run', () => {
  it('hides the editor’s panels, turns Simulate mode on, asks for a run, and Escape gives the editor back', () => {
    const sim = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox'))));
    programmeViewStore.getState().show('present');
    renderWithEditor(
      <SimulationProvider store={sim}>
        <ProgrammeLayer />
      </SimulationProvider>,
      { lang: 'fr' },
    );
    expect(document.body.classList.contains('fb-presenting')).toBe(true);
    expect(sim.getState().active).toBe(true);
    expect(screen.getByTestId('present-mode').getAttribute('data-ready')).toBe('false');
    expect(screen.getByTestId('present-mode').textContent).toContain(PROGRAMME_TEXTS.fr.presentNoRun);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('present-mode')).toBeNull();
    expect(document.body.classList.contains('fb-presenting')).toBe(false);
    expect(programmeViewStore.getState().view).toBeNull();
  });
});
