import { stubResizeObserver } from '../render.tsx';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutWorkflow } from '../../../engine/layout/index.ts';
import { duplicateAsVariant } from '../../../engine/study/index.ts';
import { CompareProvider } from '../../../renderer/compare/context.tsx';
import { createCompareStore } from '../../../renderer/compare/store.ts';
import { SimCanvasOverlay } from '../../../renderer/simulator/CanvasOverlay.tsx';
import { SimSetup } from '../../../renderer/simulator/SimSetup.tsx';
import type { SimulationStore } from '../../../renderer/simulator/store.ts';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore, type StudyStore } from '../../../renderer/study/store.ts';
import { contacts, project, ranStore, renderSim } from '../simulator/harness.tsx';

beforeAll(stubResizeObserver);

const noSandbox = () => inPageWorker(() => Promise.reject(new Error('no sandbox in tests')));
const settingsOf = (store: SimulationStore) => ({ workflows: [], startDate: project.simulation.startDate, horizonDays: store.getState().meta!.horizonDays, seed: 1, arrivals: { ...project.simulation.arrivals, perDay: 0 } });

/** A study of 500 runs, cancelled as soon as it started, as a user clicking "Cancel study" mid-way. */
async function cancelledStudy(store: SimulationStore): Promise<StudyStore> {
  const studies = createStudyStore(noSandbox(), 1);
  const running = studies.getState().start({ project, origin: { contacts: contacts.slice(0, 50) }, settings: settingsOf(store), replications: 500, meta: store.getState().meta! });
  studies.getState().cancel();
  await running;
  return studies;
}

async function canvas(store: SimulationStore, studies: StudyStore, compares = createCompareStore(noSandbox(), 1), lang: 'fr' | 'en' = 'en') {
  const workflow = project.workflows[0]!;
  const layout = await layoutWorkflow(workflow);
  return renderSim(
    <StudyProvider store={studies}>
      <CompareProvider store={compares}>
        <SimSetup />
        <ReactFlowProvider>
          <div style={{ width: 800, height: 600 }}>
            <ReactFlow nodes={[]} edges={[]}>
              <SimCanvasOverlay layout={layout} workflow={workflow} />
            </ReactFlow>
          </div>
        </ReactFlowProvider>
      </CompareProvider>
    </StudyProvider>,
    store,
    lang,
  );
}

describe('one run’s counts are said to be one run’s', () => {
  it('a cancelled study says so, FR/EN, and the canvas marks its counts as one run, until the next run', async () => {
    const store = await ranStore();
    await act(() => store.getState().seek(store.getState().meta!.lastMinute));
    const studies = await cancelledStudy(store);
    const fr = await canvas(store, studies, undefined, 'fr');
    await act(async () => {});
    expect(screen.getByTestId('study-cancelled').textContent).toBe('Étude annulée\u00a0: un seul tirage affiché.');
    fr.unmount();
    await canvas(store, studies);
    await act(async () => {});
    expect(screen.getByTestId('study-cancelled').textContent).toBe('Study cancelled: one run shown.');
    const badge = await screen.findByTestId('sim-badge-enrollment');
    expect(badge.getAttribute('data-single-run')).toBe('true');
    expect(screen.getByTestId('sim-single-run').textContent).toContain('one run');
    // The next run forgets the cancelled study (useRunAll): no note, no mark.
    act(() => studies.getState().forget());
    expect(screen.queryByTestId('study-cancelled')).toBeNull();
    expect(screen.getByTestId('sim-badge-enrollment').getAttribute('data-single-run')).toBe('false');
  });

  it('beside a comparison’s "A 77 · B 77", the enrolment badge of the single run says it is one run', async () => {
    const store = await ranStore();
    await act(() => store.getState().seek(store.getState().meta!.lastMinute));
    const compares = createCompareStore(noSandbox(), 1);
    await compares.getState().start({ a: project, b: duplicateAsVariant(project), origin: { contacts: contacts.slice(0, 200) }, settings: settingsOf(store), replications: 3, meta: store.getState().meta! });
    await canvas(store, createStudyStore(noSandbox(), 1), compares);
    const badge = await screen.findByTestId('sim-badge-enrollment');
    expect(screen.getAllByTestId(/^compare-mark-/).length).toBeGreaterThan(0);
    expect(badge.getAttribute('data-single-run')).toBe('true');
    expect(badge.textContent).toMatch(/enrolled · one run$/);
  });
});
