import { asStepId, ENROLLMENT, freshId, type Step, type StepId, type Workflow } from '../model/index.ts';
import { refuse } from './errors.ts';
import { attachSubtree } from './insert.ts';
import { checkStepShape } from './shape.ts';
import { edgeTarget, incomingTreeEdge, pruneSteps, renameStepIds, requireStep, setEdgeTarget, subtreeIds, treeEdges, type EdgeRef } from './tree.ts';

/** A copied subtree: self-contained (every path and jump stays inside), rooted at `root`. */
export interface Fragment {
  readonly root: StepId;
  readonly steps: readonly Step[];
}

/** The step and everything below it; go-tos jumping outside become path ends. */
export function copySubtree(workflow: Workflow, stepId: StepId): Fragment {
  requireStep(workflow, stepId);
  const inside = subtreeIds(workflow.steps, stepId);
  const steps = workflow.steps.filter((s) => inside.has(s.id));
  const leaving = new Set(steps.filter((s) => s.kind === 'go-to' && !inside.has(s.target)).map((s) => s.id));
  const pruned = pruneSteps(steps, leaving);
  if (pruned.removed.has(stepId)) {
    refuse('nothing-to-copy', {
      fr: 'Ce « Aller à » saute hors de la sélection : il n’y a rien à copier.',
      en: 'This go-to jumps outside the selection: there is nothing to copy.',
    });
  }
  return { root: stepId, steps: pruned.steps };
}

function checkFragment(fragment: Fragment): void {
  const ids = new Set(fragment.steps.map((s) => s.id));
  const incoming = fragment.steps.flatMap((s) => treeEdges(s).flatMap((e) => (e.to ? [e.to] : [])));
  const valid =
    ids.size === fragment.steps.length &&
    ids.has(fragment.root) &&
    subtreeIds(fragment.steps, fragment.root).size === ids.size &&
    incoming.length === new Set(incoming).size &&
    incoming.every((id) => ids.has(id) && id !== fragment.root);
  if (!valid) {
    refuse('bad-fragment', {
      fr: 'Le contenu à coller n’est pas un morceau de workflow valide.',
      en: 'What is being pasted is not a valid piece of workflow.',
    });
  }
  for (const s of fragment.steps) checkStepShape(s, ids);
}

/**
 * Pastes a copy with fresh ids on an edge. On a path end it simply hangs there; on any other
 * edge, what followed continues under the fragment's first free end (as insertStep does).
 */
export function pasteFragment(workflow: Workflow, at: EdgeRef, fragment: Fragment): Workflow {
  checkFragment(fragment);
  edgeTarget(workflow, at);
  const taken = new Set<string>(workflow.steps.map((s) => s.id));
  const renamed = new Map<StepId, StepId>();
  for (const s of fragment.steps) {
    const id = asStepId(freshId('step', taken));
    taken.add(id);
    renamed.set(s.id, id);
  }
  const rename = (id: StepId) => renamed.get(id) ?? id;
  const copies = fragment.steps.map((s) => renameStepIds(s, rename));
  return attachSubtree({ ...workflow, steps: [...workflow.steps, ...copies] }, at, rename(fragment.root));
}

/** Cuts a step and everything below it and hangs it on another edge, keeping every id. */
export function moveSubtree(workflow: Workflow, stepId: StepId, to: EdgeRef): Workflow {
  requireStep(workflow, stepId);
  edgeTarget(workflow, to);
  if (to.from !== ENROLLMENT && subtreeIds(workflow.steps, stepId).has(to.from)) {
    refuse('into-itself', {
      fr: 'On ne peut pas déplacer une étape à l’intérieur de ce qui la suit.',
      en: 'A step cannot be moved inside what follows it.',
    });
  }
  const from = incomingTreeEdge(workflow, stepId);
  const cut = from ? setEdgeTarget(workflow, from, null) : workflow;
  return attachSubtree(cut, to, stepId);
}
