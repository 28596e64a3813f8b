import { quote } from '../criteria/index.ts';
import type { ListId, Localized, PersonaId, StepId, WorkflowId } from '../model/index.ts';
import { dayText } from './day-dates.ts';
import type { RunView } from './run-view.ts';

/** Why an expectation cannot be measured: what it names is gone, off, or nobody got there. */

export function missingWorkflow(view: RunView, workflow: WorkflowId): Localized {
  const known = view.project.workflows.find((w) => w.id === workflow);
  if (known) return { fr: `le workflow ${quote(known.name, 'fr')} est désactivé\u00a0: il ne tourne pas.`, en: `the workflow ${quote(known.name, 'en')} is turned off: it does not run.` };
  return { fr: `le workflow ${workflow} n’existe plus.`, en: `the workflow ${workflow} no longer exists.` };
}

export function missingStep(step: StepId): Localized {
  return { fr: `l’étape ${step} n’existe plus.`, en: `the step ${step} no longer exists.` };
}

export function missingList(list: ListId): Localized {
  return { fr: `le segment ${list} n’existe plus.`, en: `the segment ${list} no longer exists.` };
}

export function missingPersona(persona: PersonaId): Localized {
  return { fr: `le persona ${persona} n’existe plus.`, en: `the persona ${persona} no longer exists.` };
}

export function nobodyEnrolled(view: RunView, workflow: WorkflowId, minute: number): Localized {
  const name = view.project.workflows.find((w) => w.id === workflow)?.name ?? workflow;
  return {
    fr: `aucun contact de la population de test n’est inscrit dans ${quote(name, 'fr')} au ${dayText(view, minute, 'fr')}\u00a0: rien à mesurer.`,
    en: `no contact of the test population is enrolled in ${quote(name, 'en')} by ${dayText(view, minute, 'en')}: nothing to measure.`,
  };
}
