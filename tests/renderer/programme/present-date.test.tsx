import { act, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PresentMode } from '../../../renderer/present/PresentMode.tsx';
import { SimulateTimeline } from '../../../renderer/simulator/SimulateLayer.tsx';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import type { SimulationStore } from '../../../renderer/simulator/store.ts';
import { project, ranStore, renderSim, studyOfRun } from '../simulator/harness.tsx';

/**
 * Presentation mode's line "time · Day N", worked out by hand. The run starts on Monday
 * 5 January 2026 at midnight in Europe/Paris (the template's simulation settings), which is
 * UTC+1 all January: no clock change in these days, so minute m is m minutes after local midnight.
 * Day 1 is the start date (engine/study/days.ts).
 * - minute 0: Monday 5 January, 00:00, day 1;
 * - minute 1440 × 2 + 600 = 3480: two whole days and ten hours on, Wednesday 7 January, 10:00, day 3;
 * - minute 1439: Monday 5 January, 23:59, still day 1; minute 1440: Tuesday 6 January, 00:00, day 2.
 */
const cases = [
  { minute: 0, en: 'Mon, 5 Jan 2026, 00:00 · Day 1', fr: 'lun. 5 janv. 2026, 00:00 · Jour 1' },
  { minute: 1440 * 2 + 600, en: 'Wed, 7 Jan 2026, 10:00 · Day 3', fr: 'mer. 7 janv. 2026, 10:00 · Jour 3' },
  { minute: 1439, en: 'Mon, 5 Jan 2026, 23:59 · Day 1', fr: 'lun. 5 janv. 2026, 23:59 · Jour 1' },
  { minute: 1440, en: 'Tue, 6 Jan 2026, 00:00 · Day 2', fr: 'mar. 6 janv. 2026, 00:00 · Jour 2' },
];

describe('presentation mode’s date and day', () => {
  // One run for every case: each moves the clock to its own minute first.
  let store: SimulationStore;
  beforeAll(async () => {
    store = await ranStore();
  });

  it('runs from the template’s start date in a zone without a clock change that week', () => {
    expect(project.simulation.startDate).toBe('2026-01-05');
    expect(project.simulation.timeZone).toBe('Europe/Paris');
  });

  for (const lang of ['en', 'fr'] as const) {
    for (const c of cases) {
      it(`shows “${c[lang]}” at minute ${c.minute} (${lang})`, async () => {
        await act(() => store.getState().seek(c.minute));
        renderSim(<PresentMode />, store, lang);
        await waitFor(() => expect(screen.getByTestId('present-mode').getAttribute('data-ready')).toBe('true'));
        // The separators are no-break spaces in French ("lun. 5 janv."); compared as plain spaces.
        await waitFor(() => expect(screen.getByTestId('present-date').textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(c[lang]));
      });
    }
  }

  it('says “end of day” over a study’s figures, in the timeline’s words (it said 10:00 while the timeline said end of day)', async () => {
    await act(() => store.getState().seek(1440 * 2 + 600));
    const studies = await studyOfRun(store.getState().meta!);
    renderSim(
      <StudyProvider store={studies}>
        <PresentMode />
        <SimulateTimeline />
      </StudyProvider>,
      store,
      'fr',
    );
    const plain = (id: string) => screen.getByTestId(id).textContent?.replace(/[\u00a0\u202f]/g, ' ');
    await waitFor(() => expect(plain('present-date')).toBe('mer. 7 janv. 2026, fin de journée · Jour 3'));
    expect(plain('present-date')).toBe(`${plain('sim-date')} · ${plain('sim-day')}`);
  });
});

