import type { TFunction } from 'i18next';
import { ENROLLMENT, oneLine, workflowEdges, type Lang, type Project, type Step, type Workflow } from '../../engine/model/index.ts';
import { stepSummary } from '../canvas/summary.ts';

/**
 * Steps of the what-if named so a marketer can tell them apart: as the canvas card says what a
 * step does, and, where two share a name, by the step before them ("Délai 5 jours (après Envoyer
 * « Suivi – ebook 1 »)"), then by their number in the workflow.
 */

/** A step as its canvas card names it in one phrase: its own title, else its summary line, which names its list, e-mail or length ("Ajouter à « Leads »"). */
export function cardName(step: Step, project: Project, workflow: Workflow, lang: Lang, t: TFunction): string {
  return oneLine(step.title ?? '').trim() || stepSummary(step, { project, workflow, lang, t });
}

export interface NamedStep {
  readonly step: Step;
  /** The workflow the step is read in (the run's, for a step deleted since). */
  readonly workflow: Workflow;
  readonly name: string;
}

/** The step or steps leading into a step: the enrollment for a first step. */
function before(step: Step, workflow: Workflow): readonly (Step | typeof ENROLLMENT)[] {
  const from = new Set(workflowEdges(workflow).flatMap((e) => (e.to === step.id ? [e.from] : [])));
  return [...from].map((id) => (id === ENROLLMENT ? ENROLLMENT : workflow.steps.find((s) => s.id === id))).filter((x): x is Step | typeof ENROLLMENT => x !== undefined);
}

/** Each entry's name, made distinct from the others' (by step id). */
export function distinctNames(entries: readonly NamedStep[], project: Project, lang: Lang, t: TFunction): Map<string, string> {
  const shared = (names: ReadonlyMap<string, string>) => {
    const count = new Map<string, number>();
    for (const name of names.values()) count.set(name, (count.get(name) ?? 0) + 1);
    return (id: string) => (count.get(names.get(id)!) ?? 0) > 1;
  };
  const names = new Map(entries.map((e) => [e.step.id as string, e.name]));
  const twice = shared(names);
  const placed = new Map(
    entries.map((e) => {
      if (!twice(e.step.id)) return [e.step.id as string, e.name];
      const from = before(e.step, e.workflow);
      const only = from.length === 1 ? from[0]! : null;
      if (only === null) return [e.step.id as string, e.name];
      return [e.step.id as string, only === ENROLLMENT ? t('expect.whatIfNameFirst', { name: e.name }) : t('expect.whatIfNameAfter', { name: e.name, before: cardName(only, project, e.workflow, lang, t) })];
    }),
  );
  const still = shared(placed);
  return new Map(entries.map((e) => [e.step.id as string, still(e.step.id) ? t('expect.whatIfNameNumber', { name: placed.get(e.step.id)!, n: e.workflow.steps.indexOf(e.step) + 1 }) : placed.get(e.step.id)!]));
}
