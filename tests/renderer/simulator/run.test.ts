import { describe, expect, it } from 'vitest';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { nextEventMinute, stepContacts } from '../../../renderer/simulator/log-queries.ts';
import { countsOverlay } from '../../../renderer/simulator/exportResults.ts';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { flowWidth, pointAlong } from '../../../renderer/simulator/overlay-geometry.ts';
import { contacts, expected, project, ranStore } from './harness.tsx';

describe('the simulation run and its questions', () => {
  it('cancelling a run leaves no result and says so', async () => {
    const store = createSimulationStore(new SimClient(() => Promise.reject(new Error('none'))));
    store.getState().setActive(true, project);
    const running = store.getState().run(project, { contacts });
    expect(store.getState().status).toBe('running');
    await store.getState().cancel();
    await running;
    expect(store.getState().status).toBe('idle');
    expect(store.getState().meta).toBeNull();
  });

  it('reports progress and then the run, its midnights and coverage', async () => {
    const fractions: number[] = [];
    const client = new SimClient(() => Promise.reject(new Error('none')));
    const outcome = await client.run(project, { contacts }, { workflows: [], startDate: '2026-01-05', horizonDays: 30, seed: 1, arrivals: project.simulation.arrivals }, (f) => fractions.push(f));
    if ('cancelled' in outcome) throw new Error('cancelled');
    expect(fractions.at(-1)).toBe(1);
    expect(outcome.meta.midnights).toHaveLength(31);
    expect(outcome.meta.steps.map((s) => s.entered)).toEqual(expected().steps.map((s) => s.entered));
  });

  it('finds the contacts at a step now and those who passed, agreeing with stateAt', () => {
    const result = expected();
    for (const minute of [2000, 9000, 20000]) {
      const state = result.stateAt(minute);
      result.steps.forEach((_, s) => {
        expect(stepContacts(result, s, minute, 'here', 10).total).toBe(state.waiting[s]);
        expect(stepContacts(result, s, minute, 'passed', 10).total).toBe(state.entered[s]);
      });
    }
  });

  it('steps to the next and previous movement', () => {
    const result = expected();
    const next = nextEventMinute(result, 1, 1);
    expect(next).toBeGreaterThan(1);
    expect(nextEventMinute(result, next, -1)).toBeLessThan(next);
  });

  it('draws the counts of an instant over the exported diagram', async () => {
    const store = await ranStore();
    await store.getState().seek(12 * 1440);
    const { meta, frame } = store.getState();
    const layout = { nodes: [{ id: 'step-wait-followup', kind: 'step' as const, stepId: 'step-wait-followup' as never, x: 0, y: 100, width: 288, height: 80 }], edges: [], width: 300, height: 200 };
    const svg = countsOverlay(layout, project.workflows[0]!, meta!, frame!, 'en', 'Counts on 17 Jan');
    const s = meta!.steps.findIndex((x) => x.step === 'step-wait-followup');
    const passed = frame!.entered[s]! - frame!.waiting[s]!;
    expect(passed).toBeGreaterThan(0);
    expect(svg).toContain(`>${passed.toLocaleString('en-GB')}</text>`);
    // Icons are drawn as paths, never as emoji or symbol glyphs a font may lack.
    expect(svg).not.toMatch(/[\u2300-\u23ff\u2700-\u27bf\u{1f300}-\u{1faff}]/u);
    expect(svg).toContain('<svg x=');
    expect(svg).toContain('Counts on 17 Jan');
  });

  it('after a study, draws each count as the study shows it: its mean and its 90 % interval', async () => {
    const store = await ranStore();
    await store.getState().seek(12 * 1440);
    const { meta, frame } = store.getState();
    const layout = { nodes: [{ id: 'step-wait-followup', kind: 'step' as const, stepId: 'step-wait-followup' as never, x: 0, y: 100, width: 288, height: 80 }], edges: [], width: 300, height: 200 };
    // A study whose figures are written here: the delay's waiting and passed means and ranges.
    const figures = new Map([
      ['step|wf-nurturing|step-wait-followup|waiting', { mean: 7.6, lo: 3, hi: 12 }],
      ['step|wf-nurturing|step-wait-followup|passed', { mean: 1234.4, lo: 1200, hi: 1270 }],
    ]);
    const study = { result: { replications: 20 } as never, day: 12, figure: (key: string) => figures.get(key) ?? null, atEnd: () => null };
    const svg = countsOverlay(layout, project.workflows[0]!, meta!, frame!, 'en', 'End of day 12', study);
    expect(project.workflows[0]!.id).toBe('wf-nurturing');
    expect(svg).toContain('>8 (3–12)</text>');
    expect(svg).toContain('>1,234 (1,200–1,270)</text>');
  });

  it('draws busier edges wider, never thinner than 1.5 px, and dots along the path', () => {
    expect(flowWidth(0, 100)).toBe(0);
    expect(flowWidth(1, 10_000)).toBeGreaterThanOrEqual(1.5);
    expect(flowWidth(100, 100)).toBeGreaterThan(flowWidth(25, 100));
    expect(pointAlong([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 10, y: 10 }], 0.75)).toEqual({ x: 5, y: 10 });
  });
});
