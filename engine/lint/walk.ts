import { outgoingEdges, stepIndex, type Edge, type Step, type Workflow } from '../model/index.ts';

export interface StateWalk<S> {
  readonly initial: S;
  /** Equal keys mean equal states: each (step, key) pair is explored once, so loops end. */
  readonly key: (state: S) => string;
  /** The state after the contact has gone through the step. */
  readonly through: (step: Step, before: S) => S;
  /** Called when the contact arrives at a step in a given state. */
  readonly onArrive?: (step: Step, before: S) => void;
  /** Called for an edge with no target: the contact completes the workflow there. */
  readonly onEnd?: (edge: Edge, step: Step, after: S) => void;
}

/**
 * Explores every path from enrollment, go-tos included, carrying a small state along. Covers
 * every root-to-end path without enumerating them (there can be exponentially many): a path
 * matters only through the state it carries, and states are few.
 */
export function walkPaths<S>(workflow: Workflow, walk: StateWalk<S>): void {
  const byId = stepIndex(workflow);
  const seen = new Set<string>();
  const stack: { step: Step; state: S }[] = [];
  const push = (id: string | null, state: S) => {
    const step = id === null ? undefined : byId.get(id as Step['id']);
    if (!step) return;
    const k = `${step.id}\u0000${walk.key(state)}`;
    if (seen.has(k)) return;
    seen.add(k);
    stack.push({ step, state });
  };
  push(workflow.start, walk.initial);
  while (stack.length > 0) {
    const { step, state } = stack.pop()!;
    walk.onArrive?.(step, state);
    const after = walk.through(step, state);
    for (const edge of outgoingEdges(step)) {
      if (edge.to === null) walk.onEnd?.(edge, step, after);
      else push(edge.to, after);
    }
  }
}

/** Steps that hold the contact for a while: a go-to loop through one of them is not instant. */
export function isWaitingStep(step: Step): boolean {
  if (step.kind === 'delay-until-event') return true;
  if (step.kind !== 'delay') return false;
  return step.delay.mode !== 'duration' || step.delay.duration.amount > 0;
}
