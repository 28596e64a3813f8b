import type { BranchId, StepId } from './ids.ts';
import type { Step } from './steps.ts';
import type { Workflow } from './workflow.ts';

/**
 * Where an edge leaves its step. `next` for linear steps, `met` / `not-met` for a
 * delay-until-event, `branch` and `default` for branches, `go-to` for a go-to's jump.
 */
export type Slot =
  | { readonly kind: 'next' }
  | { readonly kind: 'met' }
  | { readonly kind: 'not-met' }
  | { readonly kind: 'default' }
  | { readonly kind: 'branch'; readonly branch: BranchId }
  | { readonly kind: 'go-to' };

/** The enrollment card, the source of the workflow's first edge. */
export const ENROLLMENT = '__enrollment__';
export type EdgeSource = StepId | typeof ENROLLMENT;

/** An edge of the diagram; `to: null` is the end of a path (the end marker, where "+" appends). */
export interface Edge {
  readonly from: EdgeSource;
  readonly slot: Slot;
  readonly to: StepId | null;
  /** Branch name for branch edges; met / not met for delay-until-event. */
  readonly label?: string;
}

export function slotKey(slot: Slot): string {
  return slot.kind === 'branch' ? `branch:${slot.branch}` : slot.kind;
}

export function edgeKey(edge: Pick<Edge, 'from' | 'slot'>): string {
  return `${edge.from}/${slotKey(edge.slot)}`;
}

/** The outgoing edges of a step, in display order (branches left to right, default last). */
export function outgoingEdges(step: Step): readonly Edge[] {
  const from = step.id;
  switch (step.kind) {
    case 'go-to':
      return [{ from, slot: { kind: 'go-to' }, to: step.target }];
    case 'delay-until-event':
      return [
        { from, slot: { kind: 'met' }, to: step.met, label: 'met' },
        { from, slot: { kind: 'not-met' }, to: step.notMet, label: 'not-met' },
      ];
    case 'branch-if':
    case 'branch-value':
      return [
        ...step.branches.map((b) => ({ from, slot: { kind: 'branch', branch: b.id } as const, to: b.next, label: b.name })),
        { from, slot: { kind: 'default' }, to: step.defaultNext, label: step.defaultName },
      ];
    case 'branch-random':
      return step.branches.map((b) => ({ from, slot: { kind: 'branch', branch: b.id } as const, to: b.next, label: b.name }));
    default:
      return [{ from, slot: { kind: 'next' }, to: step.next }];
  }
}

/** The step a slot points to, or undefined when the step has no such slot. */
export function slotTarget(step: Step, slot: Slot): StepId | null | undefined {
  const edge = outgoingEdges(step).find((e) => slotKey(e.slot) === slotKey(slot));
  return edge ? edge.to : undefined;
}

/** A copy of the step with one slot pointing elsewhere. Throws if the step has no such slot. */
export function withSlotTarget(step: Step, slot: Slot, to: StepId | null): Step {
  if (slotTarget(step, slot) === undefined) throw new Error(`Step ${step.id} has no slot ${slotKey(slot)}`);
  switch (slot.kind) {
    case 'go-to':
      if (step.kind !== 'go-to' || to === null) throw new Error('A go-to must have a target');
      return { ...step, target: to };
    case 'met':
      return step.kind === 'delay-until-event' ? { ...step, met: to } : step;
    case 'not-met':
      return step.kind === 'delay-until-event' ? { ...step, notMet: to } : step;
    case 'default':
      return step.kind === 'branch-if' || step.kind === 'branch-value' ? { ...step, defaultNext: to } : step;
    case 'branch':
      if (step.kind === 'branch-if') return { ...step, branches: step.branches.map((b) => (b.id === slot.branch ? { ...b, next: to } : b)) };
      if (step.kind === 'branch-value') return { ...step, branches: step.branches.map((b) => (b.id === slot.branch ? { ...b, next: to } : b)) };
      if (step.kind === 'branch-random') return { ...step, branches: step.branches.map((b) => (b.id === slot.branch ? { ...b, next: to } : b)) };
      return step;
    case 'next':
      return 'next' in step ? ({ ...step, next: to } as Step) : step;
  }
}

/** Every edge of the workflow, the enrollment edge first, then each step's in step order. */
export function workflowEdges(workflow: Workflow): readonly Edge[] {
  return [{ from: ENROLLMENT, slot: { kind: 'next' }, to: workflow.start }, ...workflow.steps.flatMap(outgoingEdges)];
}

export function stepIndex(workflow: Workflow): ReadonlyMap<StepId, Step> {
  return new Map(workflow.steps.map((s) => [s.id, s]));
}

/** Steps reachable from the enrollment card, following every edge including go-tos. */
export function reachableSteps(workflow: Workflow): ReadonlySet<StepId> {
  const byId = stepIndex(workflow);
  const seen = new Set<StepId>();
  const stack: StepId[] = workflow.start ? [workflow.start] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const step = byId.get(id);
    if (seen.has(id) || !step) continue;
    seen.add(id);
    for (const e of outgoingEdges(step)) if (e.to) stack.push(e.to);
  }
  return seen;
}

/** Tree edges only: every edge except go-to jumps, the ones an auto-layout ranks by. */
export function isGoToEdge(edge: Edge): boolean {
  return edge.slot.kind === 'go-to';
}
