import { stubResizeObserver } from '../render.tsx';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutWorkflow } from '../../../engine/layout/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimCanvasOverlay } from '../../../renderer/simulator/CanvasOverlay.tsx';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { contacts, project, renderSim } from './harness.tsx';

beforeAll(stubResizeObserver);

/** Nobody downloads the second ebook (no conversions, no spontaneous forms): the "downloaded" branch is never taken. */
const noDownloads: Project = {
  ...project,
  assets: project.assets.map((a) => (a.id === 'asset-ebook-2' ? { ...a, conversionScale: 0 } : a)),
  personas: project.personas.map((p) => ({ ...p, formsPerWeek: 0 })),
};

describe('coverage and counts on the canvas', () => {
  it('marks the steps and edges no contact reached, and badges the others with the engine counts', async () => {
    const workflow = noDownloads.workflows[0]!;
    const layout = await layoutWorkflow(workflow);
    const store = createSimulationStore(new SimClient(() => Promise.reject(new Error('none'))));
    store.getState().setActive(true, noDownloads);
    await store.getState().run(noDownloads, { contacts });
    await act(() => store.getState().seek(store.getState().meta!.lastMinute));
    renderSim(
      <ReactFlowProvider>
        <div style={{ width: 800, height: 600 }}>
          <ReactFlow nodes={[]} edges={[]}>
            <SimCanvasOverlay layout={layout} workflow={workflow} />
          </ReactFlow>
        </div>
      </ReactFlowProvider>,
      store,
    );
    expect(await screen.findByTestId('sim-unreached-step-list-downloaded')).toBeTruthy();
    expect(screen.getByTestId('sim-unreached-edge-step-branch-ebook-2/branch:branch-downloaded')).toBeTruthy();
    expect(screen.queryByTestId('sim-badge-step-list-downloaded')).toBeNull();
    const meta = store.getState().meta!;
    const frame = store.getState().frame!;
    const s = meta.steps.findIndex((x) => x.step === 'step-list-articles');
    const badge = screen.getByTestId('sim-badge-step-list-articles');
    expect(Number(badge.getAttribute('data-passed'))).toBe(frame.entered[s]! - frame.waiting[s]!);
    expect(Number(badge.getAttribute('data-passed'))).toBeGreaterThan(0);
    expect(screen.queryByTestId('sim-unreached-step-list-articles')).toBeNull();
  });
});
