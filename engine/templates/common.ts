import {
  asListId,
  asProjectId,
  asStepId,
  emptyProject,
  emptyWorkflow,
  type Criteria,
  type Filter,
  type Lang,
  type Localized,
  type Project,
  type SimulationSettings,
  type StaticList,
  type Step,
  type Workflow,
  type WorkflowTiming,
} from '../model/index.ts';

/** The text of a Localized in one language: templates are built in the user's language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

/** The seed's rule of thumb, noted on every step that ends a path. */
export const KEEP_CONTACTS_NOTE: Localized = {
  fr: 'Nota bene : veillez à ne pas « perdre » les contacts passant dans vos workflows ; terminez les branches par des segments statiques pour pouvoir retrouver facilement vos contacts et les ré-engager plus tard.',
  en: 'Nota bene: make sure you do not "lose" the contacts going through your workflows; end the branches with static segments so you can easily find your contacts again and re-engage them later.',
};

/** One AND group of filters. */
export function allOf(...filters: readonly Filter[]): Criteria {
  return { groups: [{ filters }] };
}

/** One group per filter: any of them. */
export function anyOf(...filters: readonly Filter[]): Criteria {
  return { groups: filters.map((f) => ({ filters: [f] })) };
}

export function staticList(id: string, name: Localized, description: Localized, lang: Lang): StaticList {
  return { id: asListId(id), name: pick(name, lang), description: pick(description, lang) };
}

interface WorkflowParts {
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly timing?: WorkflowTiming;
  readonly triggers: Criteria;
  readonly enrollExisting?: boolean;
  /** Steps in creation order; the first one is where enrollment leads. */
  readonly steps: readonly Step[];
}

/** A workflow with the product's defaults (no re-enrollment, no goal, Paris time). */
export function templateWorkflow(parts: WorkflowParts, lang: Lang): Workflow {
  const base = emptyWorkflow(parts.id, pick(parts.name, lang), parts.timing);
  return {
    ...base,
    description: pick(parts.description, lang),
    enrollment: { ...base.enrollment, triggers: parts.triggers, enrollExisting: parts.enrollExisting ?? true },
    start: parts.steps[0]?.id ?? null,
    steps: parts.steps,
  };
}

export const step = asStepId;

interface ProjectParts {
  readonly id: string;
  readonly name: Localized;
  readonly simulation?: Partial<SimulationSettings>;
}

/** The seed article the first three templates follow, by its French title (it exists only in French). */
export const ARTICLE_TITLE = '3 exemples simples de workflows à mettre en place sur HubSpot';

/** "Example N of the article «…»: " or "Not in the article «…»: ", before a template's description. */
export function fromArticle(example: number | null, description: Localized): Localized {
  if (example === null) {
    return {
      fr: `Hors de l’article «\u00a0${ARTICLE_TITLE}\u00a0»\u00a0: ${description.fr}`,
      en: `Not in the article "${ARTICLE_TITLE}": ${description.en}`,
    };
  }
  return {
    fr: `Exemple ${example} de l’article «\u00a0${ARTICLE_TITLE}\u00a0»\u00a0: ${description.fr}`,
    en: `Example ${example} of the article "${ARTICLE_TITLE}": ${description.en}`,
  };
}

/** A project holding nothing but its name, the default personas and simulation settings. */
export function templateProject(parts: ProjectParts, lang: Lang): Project {
  const project = emptyProject(asProjectId(parts.id), pick(parts.name, lang), lang);
  return { ...project, simulation: { ...project.simulation, ...parts.simulation } };
}

/** `YYYY-MM-DD` plus a number of days, on the UTC calendar. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
