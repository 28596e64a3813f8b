import {
  asAssetId,
  asEmailId,
  asListId,
  asProjectId,
  asStepId,
  asWorkflowId,
  buildTemplate,
  emptyProject,
  emptyWorkflow,
  type Criteria,
  type Filter,
  type Lang,
  type Project,
  type Step,
  type Workflow,
} from '../../../engine/index.ts';

export const when = (...filters: Filter[]): Criteria => ({ groups: [{ filters }] });
export const sid = asStepId;

/** A workflow named after its id, its steps chained in order unless they say otherwise. */
export function wf(id: string, steps: readonly Step[] = [], patch: Partial<Workflow> = {}): Workflow {
  return { ...emptyWorkflow(asWorkflowId(id), id), start: steps[0]?.id ?? null, steps, ...patch };
}

export function triggered(id: string, triggers: Criteria, steps: readonly Step[] = [], patch: Partial<Workflow> = {}): Workflow {
  const base = wf(id, steps, patch);
  return { ...base, enrollment: { ...base.enrollment, triggers, ...patch.enrollment } };
}

export function project(workflows: readonly Workflow[], patch: Partial<Project> = {}): Project {
  return {
    ...emptyProject(asProjectId('p'), 'Programme'),
    lists: [
      { id: asListId('list-a'), name: 'List A' },
      { id: asListId('list-b'), name: 'List B' },
    ],
    emails: [
      { id: asEmailId('email-x'), name: 'Email X', subject: 'X', asset: asAssetId('asset-y'), openScale: 1, clickScale: 1 },
      { id: asEmailId('email-z'), name: 'Email Z', subject: 'Z', asset: null, openScale: 1, clickScale: 1 },
    ],
    assets: [
      { id: asAssetId('asset-y'), name: 'Ebook Y', kind: 'ebook', conversionScale: 1 },
      { id: asAssetId('asset-w'), name: 'Ebook W', kind: 'ebook', conversionScale: 1 },
    ],
    properties: [
      { name: 'plan', type: 'string', label: { fr: 'Offre', en: 'Plan' } },
      { name: 'visits', type: 'number', label: { fr: 'Visites', en: 'Visits' } },
    ],
    workflows,
    ...patch,
  };
}

/** The seed article's three examples in one project, in article order: nurturing, lifecycle, cleanup. */
export function seedProgramme(lang: Lang): Project {
  const parts = (['nurturing', 'lifecycle', 'cleanup'] as const).map((id) => buildTemplate(id, lang));
  const [first] = parts;
  return {
    ...first!,
    name: 'Seed',
    workflows: parts.flatMap((p) => p.workflows),
    emails: parts.flatMap((p) => p.emails),
    assets: parts.flatMap((p) => p.assets),
    lists: parts.flatMap((p) => p.lists),
    properties: parts.flatMap((p) => p.properties),
    scoreRules: parts.flatMap((p) => p.scoreRules),
  };
}
