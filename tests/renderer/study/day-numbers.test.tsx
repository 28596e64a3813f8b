import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { duplicateAsVariant, studyCsv } from '../../../engine/study/index.ts';
import { CompareTable } from '../../../renderer/compare/CompareTable.tsx';
import { comparisonAt } from '../../../renderer/compare/figures.ts';
import { createCompareStore } from '../../../renderer/compare/store.ts';
import { PlatformContext } from '../../../renderer/platform/index.ts';
import { SimulateTimeline } from '../../../renderer/simulator/SimulateLayer.tsx';
import { dayAt } from '../../../renderer/simulator/time.ts';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { useStudyAt } from '../../../renderer/study/figures.ts';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { StudyExport } from '../../../renderer/study/StudyExport.tsx';
import { StudyNote } from '../../../renderer/study/StudyNote.tsx';
import { contacts, project, ranStore, renderSim, studyOfRun } from '../simulator/harness.tsx';
import { savingPlatform } from './saving.ts';

// The nurturing template runs 30 days (its simulation settings). Days are numbered from 1: the
// run's last day is day 30, and at its last minute the figures are those at the end of day 30,
// as `flowbench simulate --replications` says ("end of day 30") and as the study CSV numbers its
// last rows. Before, the app counted from 0 and said "end of day 29" and "by day 29".
const LAST_DAY = 30;

function Note() {
  return <StudyNote at={useStudyAt()} />;
}

describe('day numbers: the first day is day 1, a 30-day run ends at the end of day 30', () => {
  it('the timeline, the study note and the study CSV all name the last day 30, in both languages', async () => {
    expect(project.simulation.horizonDays).toBe(LAST_DAY);
    const store = await ranStore();
    const meta = store.getState().meta!;
    await act(() => store.getState().seek(meta.lastMinute));
    const studies = await studyOfRun(meta);
    const saved: { name: string; text: Promise<string> }[] = [];
    const view = renderSim(
      <PlatformContext.Provider value={savingPlatform(saved)}>
        <StudyProvider store={studies}>
          <SimulateTimeline />
          <Note />
          <StudyExport />
        </StudyProvider>
      </PlatformContext.Provider>,
      store,
    );
    expect(screen.getByTestId('sim-day').textContent).toBe(`Day ${LAST_DAY}`);
    expect(screen.getByTestId('study-note').textContent).toContain(`at the end of day ${LAST_DAY},`);
    // The scrubber's last label is the last day, under it (it read 29 days in, or 30 at a midnight the clock called day 31).
    expect(screen.getByTestId(`sim-tick-day-${LAST_DAY}`).textContent).toBe(String(LAST_DAY));
    expect(screen.getByTestId('sim-tick-day-1').textContent).toBe('1');

    fireEvent.click(screen.getByTestId('study-export-csv'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const rows = (await saved[0]!.text).replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    const days = new Set(rows.map((r) => r.split(',')[0]));
    expect(rows[0]!.split(',')[0]).toBe('1');
    expect(rows.at(-1)!.split(',')[0]).toBe(String(LAST_DAY));
    expect(days.size).toBe(LAST_DAY);
    view.unmount();

    renderSim(
      <StudyProvider store={studies}>
        <SimulateTimeline />
        <Note />
      </StudyProvider>,
      store,
      'fr',
    );
    expect(screen.getByTestId('sim-day').textContent).toBe(`Jour ${LAST_DAY}`);
    expect(screen.getByTestId('study-note').textContent).toContain(`à la fin du jour ${LAST_DAY},`);
  });

  it('the comparison’s heading and verdict say "day 30" at the last minute, as the CLI', async () => {
    const store = await ranStore();
    const meta = store.getState().meta!;
    // B enrolls nobody (its workflow is off): clear "fewer" verdicts (the segments its paths fill).
    const b = duplicateAsVariant(project);
    const off = { ...b, workflows: b.workflows.map((w) => ({ ...w, enabled: false })) };
    const compares = createCompareStore(
      inPageWorker(() => Promise.reject(new Error('no sandbox in tests'))),
      1,
    );
    const settings = { workflows: [], startDate: project.simulation.startDate, horizonDays: meta.horizonDays, seed: 1, arrivals: { ...project.simulation.arrivals, perDay: 0 } };
    await compares.getState().start({ a: project, b: off, origin: { contacts: contacts.slice(0, 100) }, settings, replications: 3, meta });
    const result = compares.getState().result!;
    const at = comparisonAt(result, dayAt(meta.midnights, meta.lastMinute));
    const verdictOfFewer = () => screen.getAllByTestId(/^compare-row-/).find((row) => row.getAttribute('data-verdict') === 'fewer')!.querySelector('.fb-compare-verdict')!.textContent;
    const english = renderSim(<CompareTable at={at} />, store);
    expect(screen.getByTestId('compare-result').querySelector('p')!.textContent).toMatch(new RegExp(`end of day ${LAST_DAY}\\.$`));
    expect(verdictOfFewer()).toMatch(new RegExp(`^B has [\\d.]+ fewer by day ${LAST_DAY} `));
    english.unmount();
    renderSim(<CompareTable at={at} />, store, 'fr');
    expect(verdictOfFewer()).toMatch(new RegExp(`^B en compte [\\d,]+ de moins au jour ${LAST_DAY} `));
    // The comparison's CSV puts the same figures on the row of day 30.
    const csv = studyCsv(project, result.summary.cells, [{ name: 'A', summary: result.summary.a }], 'en').trim().split('\r\n');
    expect(csv.at(-1)!.split(',')[0]).toBe(String(LAST_DAY));
  });
});
