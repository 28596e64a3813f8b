import {
  ENROLLMENT,
  outgoingEdges,
  slotKey,
  slotTarget,
  withSlotTarget,
  type Edge,
  type EdgeSource,
  type Slot,
  type Step,
  type StepId,
  type Workflow,
} from '../model/index.ts';
import { refuse } from './errors.ts';

/** Where a step hangs: the enrollment card or a step, and the slot of that step. */
export interface EdgeRef {
  readonly from: EdgeSource;
  readonly slot: Slot;
}

/** Tree edges are every edge but go-to jumps: each step has exactly one incoming tree edge. */
export function isTreeSlot(slot: Slot): boolean {
  return slot.kind !== 'go-to';
}

export function treeEdges(step: Step): readonly Edge[] {
  return outgoingEdges(step).filter((e) => isTreeSlot(e.slot));
}

export function findStep(workflow: Workflow, id: StepId): Step | undefined {
  return workflow.steps.find((s) => s.id === id);
}

export function requireStep(workflow: Workflow, id: StepId): Step {
  return (
    findStep(workflow, id) ??
    refuse('unknown-step', {
      fr: `L’étape « ${id} » n’existe pas dans ce workflow.`,
      en: `Step "${id}" does not exist in this workflow.`,
    })
  );
}

/** The step and every step below it along tree edges (go-to jumps are not followed). */
export function subtreeIds(steps: readonly Step[], root: StepId): Set<StepId> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const seen = new Set<StepId>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const step = byId.get(id);
    if (seen.has(id) || !step) continue;
    seen.add(id);
    for (const e of treeEdges(step)) if (e.to) stack.push(e.to);
  }
  return seen;
}

/** The tree edge that leads to a step. */
export function incomingTreeEdge(workflow: Workflow, id: StepId): EdgeRef | undefined {
  if (workflow.start === id) return { from: ENROLLMENT, slot: { kind: 'next' } };
  for (const step of workflow.steps) {
    const edge = treeEdges(step).find((e) => e.to === id);
    if (edge) return { from: step.id, slot: edge.slot };
  }
  return undefined;
}

/** The step an edge leads to (null at a path end); refuses go-to jumps and unknown edges. */
export function edgeTarget(workflow: Workflow, at: EdgeRef): StepId | null {
  if (!isTreeSlot(at.slot)) {
    refuse('go-to-edge', {
      fr: 'Un saut « Aller à » n’est pas un chemin : on ne peut rien y placer.',
      en: 'A go-to jump is not a path: nothing can be placed on it.',
    });
  }
  if (at.from === ENROLLMENT) {
    if (at.slot.kind !== 'next') refuseSlot(ENROLLMENT, at.slot);
    return workflow.start;
  }
  const target = slotTarget(requireStep(workflow, at.from), at.slot);
  return target === undefined ? refuseSlot(at.from, at.slot) : target;
}

function refuseSlot(from: EdgeSource, slot: Slot): never {
  const where = from === ENROLLMENT ? { fr: 'la carte d’inscription', en: 'the enrollment card' } : { fr: `l’étape « ${from} »`, en: `step "${from}"` };
  return refuse('unknown-slot', {
    fr: `Le chemin « ${slotKey(slot)} » n’existe pas sur ${where.fr}.`,
    en: `Path "${slotKey(slot)}" does not exist on ${where.en}.`,
  });
}

export function setEdgeTarget(workflow: Workflow, at: EdgeRef, to: StepId | null): Workflow {
  if (at.from === ENROLLMENT) return { ...workflow, start: to };
  const from = at.from;
  return { ...workflow, steps: workflow.steps.map((s) => (s.id === from ? withSlotTarget(s, at.slot, to) : s)) };
}

/**
 * Removes the doomed steps, plus every go-to that would jump to a removed step (in cascade,
 * as a go-to may target another go-to). Tree edges into removed steps become path ends.
 */
export function pruneSteps(steps: readonly Step[], doomed: ReadonlySet<StepId>): { steps: readonly Step[]; removed: ReadonlySet<StepId> } {
  const removed = new Set(doomed);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of steps) {
      if (s.kind === 'go-to' && !removed.has(s.id) && removed.has(s.target)) {
        removed.add(s.id);
        grew = true;
      }
    }
  }
  const kept = steps
    .filter((s) => !removed.has(s.id))
    .map((s) => treeEdges(s).reduce((acc, e) => (e.to && removed.has(e.to) ? withSlotTarget(acc, e.slot, null) : acc), s));
  return { steps: kept, removed };
}

export function removeSteps(workflow: Workflow, doomed: ReadonlySet<StepId>): Workflow {
  const { steps, removed } = pruneSteps(workflow.steps, doomed);
  const start = workflow.start && removed.has(workflow.start) ? null : workflow.start;
  return { ...workflow, start, steps };
}

/** The path that takes over what followed an edge when a step is inserted on it. */
export function continuationSlot(step: Step): Slot | undefined {
  switch (step.kind) {
    case 'go-to':
      return undefined;
    case 'delay-until-event':
      return { kind: 'met' };
    case 'branch-if':
    case 'branch-value':
      return { kind: 'default' };
    case 'branch-random': {
      const first = step.branches[0];
      return first ? { kind: 'branch', branch: first.id } : undefined;
    }
    default:
      return { kind: 'next' };
  }
}

/**
 * The first path end below a root, preferring at each step the path insertStep would continue
 * on, so pasting a one-step fragment behaves like inserting that step.
 */
export function firstFreeEnd(steps: readonly Step[], root: StepId): EdgeRef | undefined {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const visit = (id: StepId, depth: number): EdgeRef | undefined => {
    const step = byId.get(id);
    if (!step || depth > steps.length) return undefined;
    const preferred = continuationSlot(step);
    const edges = [...treeEdges(step)].sort(
      (a, b) => Number(preferred !== undefined && slotKey(b.slot) === slotKey(preferred)) - Number(preferred !== undefined && slotKey(a.slot) === slotKey(preferred)),
    );
    for (const e of edges) {
      const found = e.to === null ? { from: id, slot: e.slot } : visit(e.to, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(root, 0);
}

/** A copy of the step with every step id it holds (its own, its paths, its jump) renamed. */
export function renameStepIds(step: Step, rename: (id: StepId) => StepId): Step {
  const moved = outgoingEdges(step).reduce((acc, e) => (e.to ? withSlotTarget(acc, e.slot, rename(e.to)) : acc), step);
  return { ...moved, id: rename(step.id) };
}
