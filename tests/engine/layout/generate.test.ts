import { describe, expect, it } from 'vitest';
import { ENROLLMENT, isGoToEdge, outgoingEdges, reachableSteps, stepIndex, workflowEdges, type StepId } from '../../../engine/model/index.ts';
import { generateWorkflow } from '../../../engine/layout/index.ts';

const SEEDS = [1, 2, 3, 4, 5];

describe('generateWorkflow', () => {
  it('makes about the number of steps asked for', () => {
    for (const n of [1, 50, 300]) expect(generateWorkflow(n, 9).steps).toHaveLength(n);
  });

  it('is the same for the same seed and differs across seeds', () => {
    expect(generateWorkflow(80, 4)).toEqual(generateWorkflow(80, 4));
    expect(generateWorkflow(80, 4).steps).not.toEqual(generateWorkflow(80, 5).steps);
  });

  it('gives every step exactly one incoming tree edge and reaches all of them', () => {
    for (const seed of SEEDS) {
      const w = generateWorkflow(150, seed);
      const incoming = new Map<StepId, number>();
      for (const e of workflowEdges(w).filter((x) => !isGoToEdge(x) && x.to !== null)) incoming.set(e.to!, (incoming.get(e.to!) ?? 0) + 1);
      for (const step of w.steps) expect(incoming.get(step.id), step.id).toBe(1);
      expect(reachableSteps(w).size).toBe(w.steps.length);
      expect(new Set(w.steps.map((s) => s.id)).size).toBe(w.steps.length);
    }
  });

  it('mixes emails, delays, branches, lists and a few go-tos', () => {
    const kinds = new Set(SEEDS.flatMap((seed) => generateWorkflow(300, seed).steps.map((s) => s.kind)));
    for (const kind of ['send-email', 'delay', 'delay-until-event', 'branch-if', 'branch-random', 'add-to-list', 'go-to'] as const) expect(kinds).toContain(kind);
    for (const seed of SEEDS) {
      const branchOuts = generateWorkflow(300, seed)
        .steps.filter((s) => s.kind.startsWith('branch-'))
        .map((s) => outgoingEdges(s).length);
      for (const n of branchOuts) expect([2, 3]).toContain(n);
    }
  });

  it('only jumps back to an ancestor with a delay on the loop', () => {
    let jumps = 0;
    for (const seed of SEEDS) {
      const w = generateWorkflow(300, seed);
      const byId = stepIndex(w);
      const parent = new Map<string, string>();
      for (const e of workflowEdges(w)) if (e.to && !isGoToEdge(e)) parent.set(e.to, e.from);
      for (const step of w.steps) {
        if (step.kind !== 'go-to') continue;
        jumps++;
        const loop: string[] = [];
        let at: string | undefined = parent.get(step.id);
        while (at && at !== step.target && at !== ENROLLMENT) {
          loop.push(at);
          at = parent.get(at);
        }
        expect(at, `${step.id} targets a non-ancestor`).toBe(step.target);
        loop.push(step.target);
        const kinds = loop.map((id) => byId.get(id as StepId)?.kind);
        expect(kinds.some((k) => k === 'delay' || k === 'delay-until-event'), `${step.id} loops without a delay`).toBe(true);
      }
    }
    expect(jumps).toBeGreaterThan(0);
  });
});
