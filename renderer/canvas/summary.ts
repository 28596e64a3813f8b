import type { TFunction } from 'i18next';
import { cardSummary, cardTitle, durationWords, kindName } from '../../engine/cards/index.ts';
import type { Duration, Lang, Project, Step, StepKind, Workflow } from '../../engine/model/index.ts';

/**
 * The canvas's card words, from engine/cards (the one source the report's cards use too): these
 * keep the canvas's signatures, which pass the app's `t`, and read the language from it.
 */

/** What a summary needs to name things: the project and the workflow being drawn. */
export interface SummaryContext {
  readonly project: Project;
  readonly workflow: Workflow;
  readonly lang: Lang;
  readonly t: TFunction;
}

const langOf = (t: TFunction): Lang => (t('summary.lang') === 'fr' ? 'fr' : 'en');

/** "2,5 jours" / "2.5 days": the amount in the language's number format, the unit agreeing with it. */
export function formatDuration(d: Duration, t: TFunction): string {
  return durationWords(d, langOf(t));
}

/** The one-line summary a card shows under its title ("Attendre 5 jours", "Si : …"). */
export function stepSummary(step: Step, ctx: SummaryContext): string {
  return cardSummary(step, { project: ctx.project, workflow: ctx.workflow, lang: ctx.lang });
}

export function kindLabel(kind: StepKind, t: TFunction): string {
  return kindName(kind, langOf(t));
}

export function stepTitle(step: Step, t: TFunction): string {
  return cardTitle(step, langOf(t));
}
