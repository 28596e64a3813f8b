import type { TFunction } from 'i18next';
import { distinctNames as distinctStepNames, type NamedStep } from '../../engine/expect/index.ts';
import { oneLine, type Lang, type Project, type Step, type Workflow } from '../../engine/model/index.ts';
import { stepSummary } from '../canvas/summary.ts';

/**
 * Steps of the what-if named so a marketer can tell them apart: as the canvas card says what a
 * step does, and, where two share a name, by the step before them ("Délai 5 jours (après Envoyer
 * « Suivi – ebook 1 »)"), then by their number in the workflow: the engine's rule
 * (engine/expect/step-names.ts), the one the expectations' texts follow, with the cards' names.
 */

export type { NamedStep };

/** A step as its canvas card names it in one phrase: its own title, else its summary line, which names its list, e-mail or length ("Ajouter à « Leads »"). */
export function cardName(step: Step, project: Project, workflow: Workflow, lang: Lang, t: TFunction): string {
  return oneLine(step.title ?? '').trim() || stepSummary(step, { project, workflow, lang, t });
}

/** Each entry's name, made distinct from the others' (by step id). */
export function distinctNames(entries: readonly NamedStep[], project: Project, lang: Lang, t: TFunction): Map<string, string> {
  return distinctStepNames(entries, (step, workflow) => cardName(step, project, workflow, lang, t), lang);
}
