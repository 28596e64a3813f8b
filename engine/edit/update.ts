import { slotKey, type Step, type StepId, type Workflow } from '../model/index.ts';
import { refuse } from './errors.ts';
import { newStepId } from './create.ts';
import { insertStep } from './insert.ts';
import { checkStepShape } from './shape.ts';
import { requireStep, treeEdges } from './tree.ts';

function connections(step: Step): string {
  return treeEdges(step)
    .filter((e) => e.to !== null)
    .map((e) => `${slotKey(e.slot)}>${e.to}`)
    .sort()
    .join(' ');
}

/**
 * Replaces a step by id: settings, title, note, even its kind, as long as every path that led
 * somewhere still leads to the same step. Changing the branch list itself is the branch
 * operations' job, since removing a branch deletes what hangs under it.
 */
export function updateStep(workflow: Workflow, step: Step): Workflow {
  const current = requireStep(workflow, step.id);
  if (connections(current) !== connections(step)) {
    refuse('would-orphan', {
      fr: 'Cette modification changerait les chemins qui partent de l’étape et laisserait des étapes orphelines. Utilisez les actions sur les branches.',
      en: 'This change would alter the paths leaving the step and orphan steps. Use the branch actions instead.',
    });
  }
  checkStepShape(step, new Set(workflow.steps.map((s) => s.id)));
  return { ...workflow, steps: workflow.steps.map((s) => (s.id === step.id ? step : s)) };
}

/** Inserts a copy of a linear step right after it, with a fresh id. */
export function duplicateStep(workflow: Workflow, stepId: StepId): Workflow {
  const step = requireStep(workflow, stepId);
  if (!('next' in step)) {
    refuse('not-linear', {
      fr: 'Seule une étape à un seul chemin se duplique ; copiez plutôt la branche avec tout ce qui la suit.',
      en: 'Only a single-path step can be duplicated; copy the branch with everything below it instead.',
    });
  }
  return insertStep(workflow, { from: stepId, slot: { kind: 'next' } }, { ...step, id: newStepId(workflow), next: null });
}
