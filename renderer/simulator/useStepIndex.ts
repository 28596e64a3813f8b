import { useMemo } from 'react';
import type { Workflow } from '../../engine/model/index.ts';
import { useSim } from './context.tsx';
import type { RunMeta } from './protocol.ts';

export interface StepIndex {
  /** Step id -> global step index in the run. */
  readonly steps: ReadonlyMap<string, number>;
  /** Canvas edge key (`from/slot`) -> global edge index. */
  readonly edges: ReadonlyMap<string, number>;
  /** Workflow position in the run, -1 when it was not run. */
  readonly workflow: number;
}

/** Where a workflow's steps and edges sit in the run's global numbering. */
export function stepIndexFor(meta: RunMeta, workflowId: string): StepIndex {
  const steps = new Map<string, number>();
  meta.steps.forEach((s, i) => {
    if (s.workflow === workflowId) steps.set(s.step, i);
  });
  const edges = new Map<string, number>();
  meta.edges.forEach((e, i) => {
    if (e.workflow === workflowId) edges.set(e.key, i);
  });
  return { steps, edges, workflow: meta.workflows.findIndex((w) => w.id === workflowId) };
}

export function useStepIndex(workflow: Workflow | null | undefined): StepIndex | null {
  const meta = useSim((s) => s.meta);
  return useMemo(() => (meta && workflow ? stepIndexFor(meta, workflow.id) : null), [meta, workflow]);
}
