import { cardName as engineCardName } from '../../engine/cards/index.ts';
import { distinctNames as distinctStepNames, type NamedStep } from '../../engine/expect/index.ts';
import type { Lang, Project, Step, Workflow } from '../../engine/model/index.ts';

/**
 * Steps of the what-if named so a marketer can tell them apart: as the canvas card says what a
 * step does, and, where two share a name, by the step before them ("Attendre 5 jours (après Envoyer
 * « Suivi – ebook 1 »)"), then by their number in the workflow: the engine's rule
 * (engine/expect/step-names.ts) with the cards' names (engine/cards `cardName`), as the
 * expectations' texts name steps.
 */

export type { NamedStep };

/** A step as its canvas card names it in one phrase: its own title, else its summary line, which names its list, e-mail or length ("Ajouter à « Leads »"). */
export function cardName(step: Step, project: Project, workflow: Workflow, lang: Lang): string {
  return engineCardName(step, { project, workflow, lang });
}

/** Each entry's name, made distinct from the others' (by step id). */
export function distinctNames(entries: readonly NamedStep[], project: Project, lang: Lang): Map<string, string> {
  return distinctStepNames(entries, (step, workflow) => cardName(step, project, workflow, lang), lang);
}
