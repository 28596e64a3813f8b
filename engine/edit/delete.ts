import { slotKey, slotTarget, type Slot, type StepId, type Workflow } from '../model/index.ts';
import { refuse } from './errors.ts';
import { incomingTreeEdge, removeSteps, requireStep, setEdgeTarget, subtreeIds, treeEdges } from './tree.ts';

/** Removes a step and everything below it; go-tos that jumped into it go too. */
export function deleteSubtree(workflow: Workflow, stepId: StepId): Workflow {
  requireStep(workflow, stepId);
  return removeSteps(workflow, subtreeIds(workflow.steps, stepId));
}

/**
 * Removes one step. A linear step's predecessor then leads to its next. For a step with several
 * paths, `keep` names the path that takes its place and the other paths are deleted; without
 * `keep` the whole subtree goes. Go-tos that jumped to a deleted step are deleted as well.
 */
export function deleteStep(workflow: Workflow, stepId: StepId, keep?: Slot): Workflow {
  const step = requireStep(workflow, stepId);
  const paths = treeEdges(step);
  const severalPaths = step.kind === 'branch-if' || step.kind === 'branch-value' || step.kind === 'branch-random' || step.kind === 'delay-until-event';
  if (keep === undefined && severalPaths) return deleteSubtree(workflow, stepId);
  const kept = keep ?? paths[0]?.slot;
  if (kept !== undefined && slotTarget(step, kept) === undefined) {
    refuse('unknown-slot', {
      fr: `L’étape « ${stepId} » n’a pas de chemin « ${slotKey(kept)} » à conserver.`,
      en: `Step "${stepId}" has no path "${slotKey(kept)}" to keep.`,
    });
  }
  const heir = kept && paths.find((e) => slotKey(e.slot) === slotKey(kept))?.to;
  const doomed = new Set<StepId>([stepId]);
  for (const e of paths) {
    if (e.to && e.to !== heir) for (const id of subtreeIds(workflow.steps, e.to)) doomed.add(id);
  }
  const incoming = incomingTreeEdge(workflow, stepId);
  const rewired = incoming ? setEdgeTarget(workflow, incoming, heir ?? null) : workflow;
  return removeSteps(rewired, doomed);
}
