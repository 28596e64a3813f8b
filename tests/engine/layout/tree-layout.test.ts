import { describe, expect, it } from 'vitest';
import { asStepId, edgeKey, emptyWorkflow, ENROLLMENT, isGoToEdge, workflowEdges, type Step } from '../../../engine/model/index.ts';
import { generateWorkflow, LARGE_LAYOUT_NODES, layoutWorkflow } from '../../../engine/layout/index.ts';
import { nodeById, sampleWorkflow } from './fixtures.ts';
import { drawingProblems, expectedNodeIds } from './well-drawn.ts';

/**
 * The quick tree layout a workflow gets when it has more boxes than ELK lays out in good time
 * (`LARGE_LAYOUT_NODES`): the same promises as ELK's drawing (layout.test.ts), checked here on
 * small workflows by lowering the threshold.
 */
const TREE = { maxLayeredNodes: 0 };
const sample = sampleWorkflow();
const generated = [11, 12, 13].map((seed) => generateWorkflow(60, seed));

describe('the tree layout of large workflows', () => {
  it('is used above the threshold only, and says so', async () => {
    expect((await layoutWorkflow(sample)).simplified).toBeUndefined();
    expect((await layoutWorkflow(sample, undefined, TREE)).simplified).toBe(true);
    const nodes = expectedNodeIds(generated[0]!).length;
    expect((await layoutWorkflow(generated[0]!, undefined, { maxLayeredNodes: nodes })).simplified).toBeUndefined();
    expect((await layoutWorkflow(generated[0]!, undefined, { maxLayeredNodes: nodes - 1 })).simplified).toBe(true);
    expect(LARGE_LAYOUT_NODES).toBeGreaterThan(300);
  });

  it('places every card and path end once, nothing overlapping, edges orthogonal and on their cards', async () => {
    for (const w of [sample, ...generated]) {
      const layout = await layoutWorkflow(w, undefined, TREE);
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(expectedNodeIds(w));
      expect(drawingProblems(layout)).toEqual([]);
    }
  });

  it('draws every edge: tree edges top to bottom, go-tos around the drawing', async () => {
    for (const w of [sample, ...generated]) {
      const layout = await layoutWorkflow(w, undefined, TREE);
      expect(layout.edges.map((e) => e.key).sort()).toEqual(workflowEdges(w).map(edgeKey).sort());
      const byId = nodeById(layout);
      for (const e of layout.edges.filter((x) => !x.goTo)) expect(byId.get(e.target)!.y, `${e.key} goes up`).toBeGreaterThan(byId.get(e.source)!.y + byId.get(e.source)!.height);
      const right = Math.max(...layout.nodes.map((n) => n.x + n.width));
      for (const e of layout.edges.filter((x) => x.goTo)) expect(Math.max(...e.points.map((p) => p.x)), e.key).toBeGreaterThan(right);
      expect(layout.edges.filter((e) => e.goTo).map((e) => e.key).sort()).toEqual(workflowEdges(w).filter(isGoToEdge).map(edgeKey).sort());
    }
  });

  it('keeps branches in their order, left to right, default rightmost, each labelled', async () => {
    for (const w of [sample, ...generated]) {
      const layout = await layoutWorkflow(w, undefined, TREE);
      const byId = nodeById(layout);
      for (const step of w.steps) {
        const xs = layout.edges.filter((e) => e.source === step.id && !e.goTo).map((e) => byId.get(e.target)!.x);
        for (let i = 1; i < xs.length; i++) expect(xs[i]!, `branch ${i + 1} of ${step.id}`).toBeGreaterThan(xs[i - 1]!);
      }
      const labelled = workflowEdges(w).filter((e) => e.label !== undefined && !isGoToEdge(e));
      for (const e of labelled) expect(layout.edges.find((x) => x.key === edgeKey(e))?.label?.text, edgeKey(e)).toBe(e.label);
    }
  });

  it('is as compact as a tree allows: a chain is one column, siblings side by side', async () => {
    const chain: Step[] = Array.from({ length: 5 }, (_, i) => ({ id: asStepId(`s${i}`), kind: 'create-task', taskTitle: 'Call', next: i < 4 ? asStepId(`s${i + 1}`) : null }));
    const layout = await layoutWorkflow({ ...emptyWorkflow('c', 'Chain'), start: asStepId('s0'), steps: chain }, undefined, TREE);
    const centres = new Set(layout.nodes.map((n) => n.x + n.width / 2));
    expect(centres.size).toBe(1);
    // Enrollment 280 wide, padding 24 each side.
    expect(layout.width).toBe(24 + 280 + 24);
    const byId = nodeById(await layoutWorkflow(sample, undefined, TREE));
    // The if/then's three paths: "Hot" (a delay), "Warm leads" (an end), the default (a wait): 40 px apart at least.
    expect(byId.get('end:score/branch:warm')!.x).toBeGreaterThanOrEqual(byId.get('wait')!.x + byId.get('wait')!.width + 40);
    expect(byId.get(ENROLLMENT)!.x).toBeGreaterThanOrEqual(24);
  });

  it('still draws a broken workflow: merged paths, a cycle, a missing step', async () => {
    const steps = sample.steps.map((st) => {
      if (st.id === 'mail-a') return { ...st, next: asStepId('mail-b') } as Step;
      if (st.id === 'mail-b') return { ...st, next: asStepId('opened') } as Step;
      if (st.id === 'nudge') return { ...st, next: asStepId('ghost') } as Step;
      return st;
    });
    const layout = await layoutWorkflow({ ...sample, steps }, undefined, TREE);
    expect(layout.nodes.filter((n) => n.kind === 'step')).toHaveLength(sample.steps.length);
    expect(layout.edges.some((e) => e.target === 'ghost')).toBe(false);
    expect(layout.edges.filter((e) => e.target === 'opened')).toHaveLength(2);
    expect(drawingProblems(layout)).toEqual([]);
  });

  it('lays out an empty workflow as the enrollment card and one end', async () => {
    const layout = await layoutWorkflow(emptyWorkflow('empty', 'Empty'), undefined, TREE);
    expect(layout.nodes.map((n) => n.id)).toEqual([ENROLLMENT, `end:${ENROLLMENT}/next`]);
    expect(drawingProblems(layout)).toEqual([]);
  });
});
