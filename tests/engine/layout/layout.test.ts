import { describe, expect, it } from 'vitest';
import { asStepId, edgeKey, emptyWorkflow, ENROLLMENT, isGoToEdge, workflowEdges, type Step, type Workflow } from '../../../engine/model/index.ts';
import { DEFAULT_SIZES, generateWorkflow, layoutWorkflow, type WorkflowLayout } from '../../../engine/layout/index.ts';
import { crossesInside, nodeById, onBorder, overlaps, sampleWorkflow, segments } from './fixtures.ts';

const sample = sampleWorkflow();
const generated = [11, 12, 13].map((seed) => generateWorkflow(60, seed));

function expectedNodeIds(w: Workflow): string[] {
  const ends = workflowEdges(w).filter((e) => e.to === null).map((e) => `end:${edgeKey(e)}`);
  return [ENROLLMENT, ...w.steps.map((st) => st.id), ...ends].sort();
}

function expectWellDrawn(layout: WorkflowLayout) {
  const nodes = layout.nodes;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) expect(overlaps(nodes[i]!, nodes[j]!), `${nodes[i]!.id} overlaps ${nodes[j]!.id}`).toBe(false);
  const byId = nodeById(layout);
  for (const edge of layout.edges) {
    for (const [a, b] of segments(edge.points)) expect(a.x === b.x || a.y === b.y, `${edge.key} has a slanted segment`).toBe(true);
    expect(onBorder(edge.points[0]!, byId.get(edge.source)!), `${edge.key} starts off its source`).toBe(true);
    expect(onBorder(edge.points.at(-1)!, byId.get(edge.target)!), `${edge.key} ends off its target`).toBe(true);
    for (const n of edge.goTo ? nodes : [])
      for (const [a, b] of segments(edge.points)) expect(crossesInside(a, b, n), `go-to ${edge.key} crosses ${n.id}`).toBe(false);
  }
  for (const n of nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
  }
}

describe('layoutWorkflow', () => {
  it('gives a node to the enrollment, every step and every path end', async () => {
    for (const w of [sample, ...generated]) {
      const layout = await layoutWorkflow(w);
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(expectedNodeIds(w));
      expect(nodeById(layout).get(ENROLLMENT)?.kind).toBe('enrollment');
    }
    const byId = nodeById(await layoutWorkflow(sample));
    expect(byId.get('welcome')).toMatchObject({ kind: 'step', stepId: 'welcome' });
    expect(byId.get('end:score/branch:warm')).toMatchObject({ kind: 'end' });
  });

  it('uses the default sizes and honours given ones', async () => {
    const byDefault = nodeById(await layoutWorkflow(sample));
    expect(byDefault.get(ENROLLMENT)).toMatchObject(DEFAULT_SIZES.enrollment);
    expect(byDefault.get('welcome')).toMatchObject(DEFAULT_SIZES.step);
    expect(byDefault.get('end:mail-a/next')).toMatchObject(DEFAULT_SIZES.end);
    const custom = await layoutWorkflow(sample, (n) => (n.stepId === 'score' ? { width: 400, height: 120 } : DEFAULT_SIZES[n.kind]));
    expect(nodeById(custom).get('score')).toMatchObject({ width: 400, height: 120 });
    expectWellDrawn(custom);
  });

  it('draws without overlaps, with orthogonal edges ending on the cards', async () => {
    for (const w of [sample, ...generated]) expectWellDrawn(await layoutWorkflow(w));
  });

  it('lays the tree out top to bottom', async () => {
    for (const w of [sample, ...generated]) {
      const layout = await layoutWorkflow(w);
      const byId = nodeById(layout);
      for (const e of layout.edges.filter((x) => !x.goTo)) {
        const [from, to] = [byId.get(e.source)!, byId.get(e.target)!];
        expect(to.y, `${e.key} goes up`).toBeGreaterThan(from.y + from.height);
      }
    }
  });

  it('keeps branches in their order, left to right, default rightmost', async () => {
    for (const w of [sample, ...generated]) {
      const layout = await layoutWorkflow(w);
      const byId = nodeById(layout);
      for (const step of w.steps) {
        const xs = layout.edges.filter((e) => e.source === step.id && !e.goTo).map((e) => byId.get(e.target)!.x);
        for (let i = 1; i < xs.length; i++) expect(xs[i]!, `branch ${i + 1} of ${step.id}`).toBeGreaterThan(xs[i - 1]!);
      }
    }
    const byId = nodeById(await layoutWorkflow(sample));
    const x = (id: string) => byId.get(id)!.x;
    expect(x('wait')).toBeLessThan(x('end:score/branch:warm'));
    expect(x('end:score/branch:warm')).toBeLessThan(x('opened'));
    expect(x('split')).toBeLessThan(x('end:opened/not-met'));
  });

  it('labels every branch edge with its model label, next to the edge', async () => {
    const layout = await layoutWorkflow(sample);
    const labelled = new Map(workflowEdges(sample).filter((e) => e.label !== undefined).map((e) => [edgeKey(e), e.label]));
    expect(labelled.size).toBe(7);
    for (const edge of layout.edges) {
      if (!labelled.has(edge.key)) {
        expect(edge.label).toBeUndefined();
        continue;
      }
      expect(edge.label?.text).toBe(labelled.get(edge.key));
      const box = edge.label!;
      expect(box.width).toBeGreaterThan(0);
      const ys = edge.points.map((p) => p.y);
      expect(box.y).toBeGreaterThanOrEqual(Math.min(...ys));
      expect(box.y + box.height).toBeLessThanOrEqual(Math.max(...ys));
      for (const n of layout.nodes) expect(overlaps({ ...box, id: '', kind: 'end' }, n), `label of ${edge.key} over ${n.id}`).toBe(false);
    }
  });

  it('measures labels with the given function', async () => {
    const layout = await layoutWorkflow(sample, undefined, { labelSize: (text) => ({ width: text.length * 10, height: 30 }) });
    expect(layout.edges.find((e) => e.key === 'score/default')?.label).toMatchObject({ text: 'None met', width: 80, height: 30 });
  });

  it('flags go-to jumps and routes them outside every card', async () => {
    const layout = await layoutWorkflow(sample);
    const jumps = layout.edges.filter((e) => e.goTo);
    expect(jumps.map((e) => [e.key, e.source, e.target])).toEqual([['again/go-to', 'again', 'wait']]);
    const lane = Math.max(...jumps[0]!.points.map((p) => p.x));
    expect(lane).toBeGreaterThan(Math.max(...layout.nodes.map((n) => n.x + n.width)));
    expect(lane).toBeLessThan(layout.width);
    const goTos = generated.flatMap((w) => workflowEdges(w).filter(isGoToEdge));
    expect(goTos.length).toBeGreaterThan(0);
    for (const w of generated) {
      const drawn = (await layoutWorkflow(w)).edges.filter((e) => e.goTo).map((e) => e.key);
      expect(drawn.sort()).toEqual(workflowEdges(w).filter(isGoToEdge).map(edgeKey).sort());
    }
  });

  it('gives the same layout for the same workflow', async () => {
    const w = generateWorkflow(120, 5);
    const first = await layoutWorkflow(w);
    await layoutWorkflow(sample);
    expect(await layoutWorkflow(structuredClone(w))).toEqual(first);
    // The shared ELK instance serves concurrent callers without mixing their graphs up.
    const [again, small] = await Promise.all([layoutWorkflow(w), layoutWorkflow(sample)]);
    expect(again).toEqual(first);
    expect(small).toEqual(await layoutWorkflow(sample));
  });

  it('lays out an empty workflow as the enrollment card and one end', async () => {
    const layout = await layoutWorkflow(emptyWorkflow('empty', 'Empty'));
    expect(layout.nodes.map((n) => n.id)).toEqual([ENROLLMENT, `end:${ENROLLMENT}/next`]);
    expect(layout.edges).toHaveLength(1);
    expectWellDrawn(layout);
  });

  it('still lays out a broken workflow: merged paths, a cycle, a missing step', async () => {
    const w = sampleWorkflow();
    const steps = w.steps.map((st) => {
      if (st.id === 'mail-a') return { ...st, next: asStepId('mail-b') } as Step;
      if (st.id === 'mail-b') return { ...st, next: asStepId('opened') } as Step;
      if (st.id === 'nudge') return { ...st, next: asStepId('ghost') } as Step;
      return st;
    });
    const layout = await layoutWorkflow({ ...w, steps });
    expect(layout.nodes.filter((n) => n.kind === 'step')).toHaveLength(w.steps.length);
    expect(layout.edges.some((e) => e.target === 'ghost')).toBe(false);
    expect(layout.edges.filter((e) => e.target === 'opened')).toHaveLength(2);
    expectWellDrawn(layout);
  });

  it('lays out a 300-step generated workflow', async () => {
    const w = generateWorkflow(300, 1);
    const layout = await layoutWorkflow(w);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(expectedNodeIds(w));
    expectWellDrawn(layout);
  }, 30_000);
});
