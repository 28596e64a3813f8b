import { withSlotTarget, type Step, type StepId, type Workflow } from '../model/index.ts';
import { refuse } from './errors.ts';
import { checkStepShape } from './shape.ts';
import { continuationSlot, edgeTarget, firstFreeEnd, setEdgeTarget, treeEdges, type EdgeRef } from './tree.ts';

const noFreeEnd = {
  fr: 'La suite du chemin n’aurait plus de place : tous les chemins de ce qui est inséré se terminent par « Aller à ».',
  en: 'What follows would have nowhere to go: every path of what is inserted ends with a go-to.',
};

/**
 * Hangs a subtree (already among `steps`, or about to be) on an edge. What the edge led to
 * continues under the subtree's first free end, so nothing is orphaned.
 */
export function attachSubtree(workflow: Workflow, at: EdgeRef, root: StepId): Workflow {
  const previous = edgeTarget(workflow, at);
  let result = workflow;
  if (previous !== null) {
    const end = firstFreeEnd(workflow.steps, root) ?? refuse('no-free-end', noFreeEnd);
    result = setEdgeTarget(result, end, previous);
  }
  return setEdgeTarget(result, at, root);
}

/**
 * The step takes the edge's place and what followed continues after it: on `next` for a linear
 * step, the default path of an if/then or value branch, the first branch of a random split, the
 * "met" path of a delay-until-event. A go-to ends its path, so it only goes on a path end.
 */
export function insertStep(workflow: Workflow, at: EdgeRef, step: Step): Workflow {
  const ids = new Set(workflow.steps.map((s) => s.id));
  if (ids.has(step.id)) {
    refuse('duplicate-id', {
      fr: `Une étape « ${step.id} » existe déjà dans ce workflow.`,
      en: `A step "${step.id}" already exists in this workflow.`,
    });
  }
  if (treeEdges(step).some((e) => e.to !== null)) {
    refuse('not-detached', {
      fr: 'Une étape insérée ne doit encore mener nulle part : ses chemins doivent être vides.',
      en: 'An inserted step must not lead anywhere yet: its paths must be empty.',
    });
  }
  checkStepShape(step, ids);
  const previous = edgeTarget(workflow, at);
  const slot = continuationSlot(step);
  if (previous !== null && slot === undefined) {
    refuse('not-an-end', {
      fr: '« Aller à » termine un chemin : placez-le en fin de chemin, sinon la suite serait perdue.',
      en: 'A go-to ends its path: put it at a path end, or what follows would be lost.',
    });
  }
  const placed = previous !== null && slot ? withSlotTarget(step, slot, previous) : step;
  return setEdgeTarget({ ...workflow, steps: [...workflow.steps, placed] }, at, step.id);
}
