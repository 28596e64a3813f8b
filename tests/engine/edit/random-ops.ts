import fc from 'fast-check';
import {
  addBranch,
  copySubtree,
  createStep,
  deleteStep,
  deleteSubtree,
  duplicateStep,
  insertStep,
  moveSubtree,
  newStepId,
  pasteFragment,
  removeBranch,
  renameBranch,
  reorderBranch,
  setBranchPercentages,
  spreadPercentages,
  updateStep,
  type EdgeRef,
} from '../../../engine/edit/index.ts';
import { asWorkflowId, outgoingEdges, type BranchId, STEP_KINDS, workflowEdges, type Lang, type Step, type Workflow } from '../../../engine/model/index.ts';
import { EMAIL, LIST } from './fixtures.ts';

/** Another workflow of the project, so enroll / unenroll steps name something that exists. */
export const OTHER_WORKFLOW = asWorkflowId('other');

/**
 * An operation picked by numbers: the numbers are resolved against whatever workflow the
 * sequence has produced so far (modulo the available steps, edges or branches).
 */
export type Op =
  | { readonly op: 'insert'; readonly kind: number; readonly edge: number; readonly target: number; readonly lang: Lang }
  | { readonly op: 'delete'; readonly step: number; readonly keep: number | null }
  | { readonly op: 'delete-subtree' | 'duplicate' | 'add-branch'; readonly step: number }
  | { readonly op: 'move' | 'copy-paste'; readonly step: number; readonly edge: number }
  | { readonly op: 'remove-branch' | 'rename-branch'; readonly step: number; readonly branch: number; readonly name: string }
  | { readonly op: 'reorder-branch'; readonly step: number; readonly branch: number; readonly index: number }
  | { readonly op: 'percentages'; readonly step: number; readonly weights: readonly number[] }
  | { readonly op: 'update'; readonly step: number; readonly kind: number; readonly target: number; readonly note: string };

const n = fc.nat({ max: 1000 });
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('insert' as const), kind: n, edge: n, target: n, lang: fc.constantFrom<Lang>('fr', 'en') }), weight: 6 },
  fc.record({ op: fc.constant('delete' as const), step: n, keep: fc.option(n) }),
  fc.record({ op: fc.constantFrom('delete-subtree' as const, 'duplicate' as const, 'add-branch' as const, 'add-branch' as const), step: n }),
  { arbitrary: fc.record({ op: fc.constantFrom('move' as const, 'copy-paste' as const), step: n, edge: n }), weight: 2 },
  fc.record({ op: fc.constantFrom('remove-branch' as const, 'rename-branch' as const), step: n, branch: n, name: fc.string({ minLength: 0, maxLength: 8 }) }),
  fc.record({ op: fc.constant('reorder-branch' as const), step: n, branch: n, index: fc.integer({ min: -1, max: 5 }) }),
  fc.record({ op: fc.constant('percentages' as const), step: n, weights: fc.array(fc.nat({ max: 10 }), { minLength: 1, maxLength: 5 }) }),
  fc.record({ op: fc.constant('update' as const), step: n, kind: n, target: n, note: fc.string({ maxLength: 12 }) }),
);

const pick = <T>(items: readonly T[], k: number): T | undefined => items[k % Math.max(items.length, 1)];
const treeEdgeRefs = (w: Workflow): EdgeRef[] => workflowEdges(w).filter((e) => e.slot.kind !== 'go-to').map(({ from, slot }) => ({ from, slot }));
const branchesOf = (s: Step | undefined): readonly { readonly id: BranchId }[] => (s && 'branches' in s ? s.branches : []);

/** Same paths, new settings: a different kind when the step is linear, a new jump for a go-to. */
function changed(w: Workflow, step: Step, kind: number, target: number, note: string): Step {
  if (step.kind === 'go-to') return { ...step, target: pick(w.steps, target)!.id, note };
  if ('next' in step) {
    const linearKinds = STEP_KINDS.filter((k) => !['go-to', 'delay-until-event', 'branch-if', 'branch-value', 'branch-random'].includes(k));
    const fresh = createStep(pick(linearKinds, kind)!, step.id, context(w), 'en');
    return { ...fresh, next: step.next, note } as Step;
  }
  return { ...step, title: note };
}

export const context = (w: Workflow) => ({ emails: [{ id: EMAIL }], lists: [{ id: LIST }], workflows: [{ id: w.id }, { id: OTHER_WORKFLOW }], currentWorkflow: w.id });

/** Applies one operation; refusals (EditError) propagate to the caller. */
export function apply(w: Workflow, o: Op): Workflow {
  // Branch operations mostly aim at branch steps, or they would nearly always be refused.
  const branching = w.steps.filter((s) => 'branches' in s);
  const aimsAtBranches = o.op.endsWith('branch') || o.op === 'percentages';
  const index = 'step' in o ? o.step : 0;
  const candidates = aimsAtBranches && branching.length > 0 && index % 5 !== 0 ? branching : w.steps;
  const step = pick(candidates, index);
  const id = step?.id ?? ('none' as Step['id']);
  switch (o.op) {
    case 'insert': {
      const kind = pick(STEP_KINDS, o.kind)!;
      const target = pick(w.steps, o.target)?.id;
      const fresh = createStep(kind, newStepId(w), { ...context(w), ...(target ? { goToTarget: target } : {}) }, o.lang);
      return insertStep(w, pick(treeEdgeRefs(w), o.edge)!, fresh);
    }
    case 'delete': {
      const slots = step ? outgoingEdges(step).map((e) => e.slot) : [];
      return deleteStep(w, id, o.keep === null ? undefined : pick(slots, o.keep));
    }
    case 'delete-subtree':
      return deleteSubtree(w, id);
    case 'duplicate':
      return duplicateStep(w, id);
    case 'add-branch':
      return addBranch(w, id, 'fr');
    case 'move':
      return moveSubtree(w, id, pick(treeEdgeRefs(w), o.edge)!);
    case 'copy-paste':
      return pasteFragment(w, pick(treeEdgeRefs(w), o.edge)!, copySubtree(w, id));
    case 'remove-branch':
      return removeBranch(w, id, pick(branchesOf(step), o.branch)?.id ?? ('none' as never));
    case 'rename-branch':
      return renameBranch(w, id, pick(branchesOf(step), o.branch)?.id ?? ('none' as never), o.name);
    case 'reorder-branch':
      return reorderBranch(w, id, pick(branchesOf(step), o.branch)?.id ?? ('none' as never), o.index);
    case 'percentages': {
      const count = branchesOf(step).length;
      const weights = Array.from({ length: count }, (_, i) => o.weights[i % o.weights.length] ?? 1);
      return setBranchPercentages(w, id, spreadPercentages(weights));
    }
    case 'update':
      return step ? updateStep(w, changed(w, step, o.kind, o.target, o.note)) : w;
  }
}
