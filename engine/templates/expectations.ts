import { asListId, asStepId, asWorkflowId, type Expectation, type ProjectTests } from '../model/index.ts';
import { allOf } from './common.ts';
import type { TemplateId } from './types.ts';

/**
 * What the seed article implies of each template, as expectations (issue #15) checked on a
 * seeded sample of 300 contacts: the article's nota bene (end every branch in a static list, so
 * no contact is lost), its exclusions (no student, competitor or partner becomes MQL), its cleanup
 * rule (the list holds exactly those inactive for more than 2 years). Ids are language-independent.
 * Days are day numbers (day 1 = the start date, read at its end): the lists are filled on day 1.
 */

const POPULATION = { kind: 'sample', count: 300, seed: 1 } as const;

const endsInList = (workflow: string): Expectation => ({ id: `${workflow}-ends-in-list`, kind: 'ends-in-list', workflow: asWorkflowId(workflow) });

const EXPECTATIONS: Readonly<Record<TemplateId, readonly Expectation[]>> = {
  nurturing: [
    endsInList('wf-nurturing'),
    // 5 days, then 5 more: every enrolled contact comes to the yes / no question on day 10.
    {
      id: 'nurturing-question-on-day-10',
      kind: 'reaches-within',
      workflow: asWorkflowId('wf-nurturing'),
      step: asStepId('step-branch-ebook-2'),
      persona: null,
      days: 10,
      percent: 100,
    },
    { id: 'nurturing-articles-sent', kind: 'step-reached', workflow: asWorkflowId('wf-nurturing'), step: asStepId('step-list-articles'), count: 1 },
  ],
  lifecycle: [
    {
      id: 'lifecycle-no-excluded-mql',
      kind: 'never-stage',
      who: allOf({ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['student', 'competitor', 'partner'] } }),
      stage: 'marketingqualifiedlead',
    },
    endsInList('wf-lifecycle-lead'),
    endsInList('wf-lifecycle-mql'),
    endsInList('wf-lifecycle-sql'),
  ],
  cleanup: [
    {
      id: 'cleanup-exactly-inactive',
      kind: 'list-exactly',
      list: asListId('list-cleanup'),
      who: allOf({ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'more-than-days-ago', days: 730 } }),
      day: 1,
    },
    endsInList('wf-cleanup'),
  ],
  webinar: [
    {
      id: 'webinar-invites-leads-and-mqls',
      kind: 'list-exactly',
      list: asListId('list-webinar-invited'),
      who: allOf({ kind: 'property', property: 'lifecyclestage', type: 'enumeration', operation: { op: 'any-of', values: ['lead', 'marketingqualifiedlead'] } }),
      day: 1,
    },
    { id: 'webinar-replay-sent', kind: 'step-reached', workflow: asWorkflowId('wf-webinar'), step: asStepId('step-send-replay'), count: 1 },
    endsInList('wf-webinar'),
  ],
  birthday: [
    endsInList('wf-birthday'),
    { id: 'birthday-wishes-sent', kind: 'step-reached', workflow: asWorkflowId('wf-birthday'), step: asStepId('step-send-birthday'), count: 1 },
  ],
};

export function templateTests(id: TemplateId): ProjectTests {
  return { expectations: EXPECTATIONS[id], population: POPULATION };
}
