import {
  asAssetId,
  asBranchId,
  asContactId,
  asEmailId,
  asListId,
  asProjectId,
  asStepId,
  asWorkflowId,
  emptyProject,
  emptyWorkflow,
  type Contact,
  type Criteria,
  type DelaySpec,
  type Filter,
  type LifecycleStage,
  type Project,
  type PropertyValue,
  type Step,
  type StepId,
  type Workflow,
} from '../../../engine/model/index.ts';

/** Small hand-made projects for the lint rules. Ids read like what they are. */

export const sid = (s: string): StepId => asStepId(s);
const to = (s: string | null): StepId | null => (s === null ? null : asStepId(s));

export const EMAIL_FOLLOW_UP = asEmailId('follow-up');
export const EMAIL_EBOOK2 = asEmailId('ebook2-offer');
export const EMAIL_BLOG = asEmailId('blog-digest');
export const LIST_EBOOK2 = asListId('ebook2-downloaded');
export const LIST_NURTURED = asListId('nurtured');
export const LIST_CUSTOMERS = asListId('customers');
export const ASSET_EBOOK1 = asAssetId('ebook1');
export const ASSET_EBOOK2 = asAssetId('ebook2');

export function criteria(...filters: Filter[]): Criteria {
  return { groups: [{ filters }] };
}

export const downloaded = (asset = ASSET_EBOOK2): Filter => ({ kind: 'form', asset, op: 'submitted' });
export const inList = (list: string): Filter => ({ kind: 'list', list: asListId(list), op: 'in' });
export const stageAnyOf = (...values: LifecycleStage[]): Filter => ({
  kind: 'property',
  property: 'lifecyclestage',
  type: 'enumeration',
  operation: { op: 'any-of', values },
});

export const sendEmail = (id: string, email: string, next: string | null, title?: string): Step => ({
  id: sid(id),
  kind: 'send-email',
  email: asEmailId(email),
  next: to(next),
  ...(title ? { title } : {}),
});
export const delayDays = (id: string, days: number, next: string | null): Step => ({
  id: sid(id),
  kind: 'delay',
  delay: { mode: 'duration', duration: { amount: days, unit: 'days' } },
  next: to(next),
});
export const delaySpec = (id: string, delay: DelaySpec, next: string | null): Step => ({ id: sid(id), kind: 'delay', delay, next: to(next) });
export const addToList = (id: string, list: string, next: string | null = null): Step => ({
  id: sid(id),
  kind: 'add-to-list',
  list: asListId(list),
  next: to(next),
});
export const ifThen = (id: string, title: string, yes: string | null, no: string | null, when: Criteria = criteria(downloaded())): Step => ({
  id: sid(id),
  kind: 'branch-if',
  title,
  branches: [{ id: asBranchId(`${id}-yes`), name: 'Oui', criteria: when, next: to(yes) }],
  defaultName: 'Non',
  defaultNext: to(no),
});
export const waitEvent = (id: string, met: string | null, notMet: string | null): Step => ({
  id: sid(id),
  kind: 'delay-until-event',
  event: { kind: 'form-submitted', asset: ASSET_EBOOK2 },
  maxWait: { amount: 5, unit: 'days' },
  met: to(met),
  notMet: to(notMet),
});
export const randomSplit = (id: string, shares: readonly [number, string | null][]): Step => ({
  id: sid(id),
  kind: 'branch-random',
  branches: shares.map(([percent, next], i) => ({ id: asBranchId(`${id}-${i}`), name: `Groupe ${i + 1}`, percent, next: to(next) })),
});
export const setStage = (id: string, stage: LifecycleStage, next: string | null): Step => ({
  id: sid(id),
  kind: 'set-lifecycle-stage',
  stage,
  next: to(next),
});
export const clearProperty = (id: string, property: string, next: string | null): Step => ({
  id: sid(id),
  kind: 'clear-property',
  property,
  next: to(next),
});
export const setProperty = (id: string, property: string, value: PropertyValue, next: string | null): Step => ({
  id: sid(id),
  kind: 'set-property',
  property,
  value,
  next: to(next),
});
export const goTo = (id: string, target: string): Step => ({ id: sid(id), kind: 'go-to', target: sid(target) });
export const enrollIn = (id: string, workflow: string, next: string | null = null): Step => ({
  id: sid(id),
  kind: 'enroll-in-workflow',
  workflow: asWorkflowId(workflow),
  next: to(next),
});

/** A workflow starting at its first step, triggered by the first ebook unless told otherwise. */
export function workflow(id: string, steps: readonly Step[], extra: Partial<Workflow> = {}): Workflow {
  const base = emptyWorkflow(id, extra.name ?? `Workflow ${id}`);
  return {
    ...base,
    enrollment: { ...base.enrollment, triggers: criteria(downloaded(ASSET_EBOOK1)) },
    start: steps[0]?.id ?? null,
    steps,
    ...extra,
  };
}

export function project(workflows: readonly Workflow[], extra: Partial<Project> = {}): Project {
  return {
    ...emptyProject(asProjectId('p'), 'Projet test'),
    emails: [
      { id: EMAIL_FOLLOW_UP, name: 'Suivi ebook 1', subject: 'Merci', asset: null, openScale: 1, clickScale: 1 },
      { id: EMAIL_EBOOK2, name: 'Offre ebook 2', subject: 'Allez plus loin', asset: ASSET_EBOOK2, openScale: 1, clickScale: 1 },
      { id: EMAIL_BLOG, name: 'Sélection d’articles', subject: 'À lire', asset: null, openScale: 1, clickScale: 1 },
    ],
    assets: [
      { id: ASSET_EBOOK1, name: 'Ebook 1', kind: 'ebook', conversionScale: 1 },
      { id: ASSET_EBOOK2, name: 'Ebook 2', kind: 'ebook', conversionScale: 1 },
    ],
    lists: [
      { id: LIST_EBOOK2, name: 'Ebook 2 téléchargé' },
      { id: LIST_NURTURED, name: 'Nurturing terminé' },
      { id: LIST_CUSTOMERS, name: 'Clients' },
    ],
    workflows,
    ...extra,
  };
}

/**
 * The seed's nurturing example: follow-up, 5 days, second ebook offer, 5 days, "downloaded?".
 * Yes ends in a static list; no gets blog articles and ends without one.
 */
export function seedNurturing(): Workflow {
  return workflow('nurturing', [
    sendEmail('s1', 'follow-up', 's2'),
    delayDays('s2', 5, 's3'),
    sendEmail('s3', 'ebook2-offer', 's4'),
    delayDays('s4', 5, 's5'),
    ifThen('s5', 'A téléchargé l’ebook 2 ?', 's6', 's7'),
    addToList('s6', 'ebook2-downloaded'),
    delayDays('s7', 3, 's8'),
    sendEmail('s8', 'blog-digest', null, 'Articles de blog'),
  ]);
}

export function contact(id: string, properties: Record<string, PropertyValue> = {}, lists: readonly string[] = []): Contact {
  return { id: asContactId(id), properties, lists: lists.map(asListId), events: [], persona: null };
}
