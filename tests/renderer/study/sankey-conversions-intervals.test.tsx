import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RunMeta } from '../../../renderer/simulator/protocol.ts';
import { SimulatePanel } from '../../../renderer/simulator/SimulatePanel.tsx';
import { dayAt } from '../../../renderer/simulator/time.ts';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { cellKey, studyAt } from '../../../renderer/study/figures.ts';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore, type StudyStore } from '../../../renderer/study/store.ts';
import { contacts, project, ranStore, renderSim } from '../simulator/harness.tsx';

// 20 runs of the 2,000 contacts: at the end of the nurturing template's 30 days some contacts are
// still in its delays ("In progress 55" had no range) and others reached its segments, and those
// counts differ from run to run.
async function study(meta: RunMeta): Promise<StudyStore> {
  const studies = createStudyStore(
    inPageWorker(() => Promise.reject(new Error('no sandbox in tests'))),
    2,
  );
  const settings = { workflows: [], startDate: project.simulation.startDate, horizonDays: meta.horizonDays, seed: 1, arrivals: { ...project.simulation.arrivals, perDay: 0 } };
  await studies.getState().start({ project, origin: { contacts }, settings, replications: 20, meta });
  return studies;
}

describe('after a study, the Sankey and the conversions carry their intervals as every other figure', () => {
  it('each node of "Paths to end states", its enrolled total, and the whole run’s conversions', async () => {
    const store = await ranStore();
    const meta = store.getState().meta!;
    await act(() => store.getState().seek(meta.lastMinute));
    const studies = await study(meta);
    const at = studyAt(studies.getState().result!, dayAt(meta.midnights, store.getState().minute));
    const wf = project.workflows[0]!.id;
    const view = renderSim(
      <StudyProvider store={studies}>
        <SimulatePanel workflow={project.workflows[0]} />
      </StudyProvider>,
      store,
    );
    await view.findByTestId('sim-results');
    const sankey = screen.getByTestId('sim-sankey');
    const range = (el: Element | null) => (el ? [Number(el.getAttribute('data-lo')), Number(el.getAttribute('data-hi'))] : null);
    const expected = (key: string) => {
      const f = at.figure(key)!;
      return f.lo === f.hi ? null : [f.lo, f.hi];
    };
    // In progress and the enrolled total: the workflow's own cells.
    const inProgress = expected(cellKey.workflow(wf, 'in-progress'));
    expect(inProgress).not.toBeNull();
    expect(range(within(sankey).getByTestId('sim-sankey-in-progress').querySelector('.fb-interval'))).toEqual(inProgress);
    const enrolled = expected(cellKey.workflow(wf, 'enrolled'));
    expect(enrolled).not.toBeNull();
    expect(range(within(sankey).queryByTestId('sim-sankey-enrolled-interval'))).toEqual(enrolled);
    // Each end of a path: its edge's cell.
    const ends = [...sankey.querySelectorAll('[data-testid^="sim-sankey-end:"]')].filter((n) => !n.getAttribute('data-testid')!.endsWith('-interval'));
    expect(ends.length).toBeGreaterThan(0);
    let ranged = 0;
    for (const end of ends) {
      const key = end.getAttribute('data-testid')!.slice('sim-sankey-end:'.length);
      const want = expected(cellKey.edge(wf, key));
      expect(range(end.querySelector('.fb-interval'))).toEqual(want);
      if (want) ranged++;
    }
    expect(ranged).toBeGreaterThan(0);
    // Conversions over the whole run: the last day's figure, whatever the day shown.
    const conversions = at.atEnd(cellKey.total('conversions'))!;
    const line = screen.getByTestId('sim-conversions');
    expect(line.getAttribute('data-count')).toBe(String(Math.round(conversions.mean)));
    expect(conversions.hi).toBeGreaterThan(conversions.lo);
    expect(line.textContent).toContain(`(${conversions.lo}–${conversions.hi})`);
  });
});
