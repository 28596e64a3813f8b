import { ENROLLMENT, numberText, workflowEdges, type Lang, type Step, type Workflow } from '../model/index.ts';

/**
 * Steps named so a marketer can tell them apart: each by its own name (a title, a card's
 * summary), and where two of them read alike, by the step before them ("Délai de 5 jours (après
 * Envoyer l’e-mail Suivi)"), then by their number in the workflow ("Branche si/alors (étape 4)").
 * One rule for every place that names steps side by side: the expectations (Problems panel,
 * `flowbench test`, the report) and the what-if's steps in the app, each with its own names.
 */

export interface NamedStep {
  readonly step: Step;
  /** The workflow the step is read in (the run's, for a step deleted since). */
  readonly workflow: Workflow;
  readonly name: string;
}

/** How a name is told apart, FR/EN. */
const APART: Readonly<Record<Lang, { after: (name: string, before: string) => string; first: (name: string) => string; number: (name: string, n: string) => string }>> = {
  fr: { after: (name, before) => `${name} (après ${before})`, first: (name) => `${name} (première étape)`, number: (name, n) => `${name} (étape ${n})` },
  en: { after: (name, before) => `${name} (after ${before})`, first: (name) => `${name} (first step)`, number: (name, n) => `${name} (step ${n})` },
};

/** The step or steps leading into a step: the enrollment for a first step. */
function before(step: Step, workflow: Workflow): readonly (Step | typeof ENROLLMENT)[] {
  const from = new Set(workflowEdges(workflow).flatMap((e) => (e.to === step.id ? [e.from] : [])));
  return [...from].map((id) => (id === ENROLLMENT ? ENROLLMENT : workflow.steps.find((s) => s.id === id))).filter((x): x is Step | typeof ENROLLMENT => x !== undefined);
}

/** Whether a name is held by more than one entry. */
function sharedIn(names: ReadonlyMap<string, string>): (id: string) => boolean {
  const count = new Map<string, number>();
  for (const name of names.values()) count.set(name, (count.get(name) ?? 0) + 1);
  return (id: string) => (count.get(names.get(id)!) ?? 0) > 1;
}

/**
 * Each entry's name, made distinct from the others' (keyed by step id). `nameOf` names the step
 * before one (as its entry is named, undistinguished).
 */
export function distinctNames(entries: readonly NamedStep[], nameOf: (step: Step, workflow: Workflow) => string, lang: Lang): Map<string, string> {
  const words = APART[lang];
  const twice = sharedIn(new Map(entries.map((e) => [e.step.id as string, e.name])));
  const placed = new Map(
    entries.map((e) => {
      if (!twice(e.step.id)) return [e.step.id as string, e.name];
      const from = before(e.step, e.workflow);
      const only = from.length === 1 ? from[0]! : null;
      if (only === null) return [e.step.id as string, e.name];
      return [e.step.id as string, only === ENROLLMENT ? words.first(e.name) : words.after(e.name, nameOf(only, e.workflow))];
    }),
  );
  const still = sharedIn(placed);
  return new Map(entries.map((e) => [e.step.id as string, still(e.step.id) ? words.number(placed.get(e.step.id)!, numberText(e.workflow.steps.indexOf(e.step) + 1, lang)) : placed.get(e.step.id)!]));
}

/** Every step of a workflow named apart from the others of that workflow (keyed by step id). */
export function workflowStepNames(workflow: Workflow, nameOf: (step: Step, workflow: Workflow) => string, lang: Lang): Map<string, string> {
  return distinctNames(
    workflow.steps.map((step) => ({ step, workflow, name: nameOf(step, workflow) })),
    nameOf,
    lang,
  );
}
