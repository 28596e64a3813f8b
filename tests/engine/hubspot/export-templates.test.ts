import { describe, expect, it } from 'vitest';
import { buildTemplate, exportFlowSchema, HUBSPOT_FLOWS_API, TEMPLATE_IDS, toHubSpotFlow, type Lang } from '../../../engine/index.ts';
import { fullMapping } from './helpers.ts';
import { brokenRules } from './rules.ts';

describe('golden exports of the five templates', () => {
  for (const lang of ['en', 'fr'] as Lang[])
    for (const id of TEMPLATE_IDS)
      it(`${id} (${lang}): every field matches the v4 schema, no key outside it, every §1.8 rule holds`, () => {
        const project = buildTemplate(id, lang);
        for (const workflow of project.workflows) {
          const result = toHubSpotFlow(project, workflow.id, fullMapping(project));
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          const parsed = exportFlowSchema.safeParse(result.flow);
          expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
          // The strict schema refuses unknown keys; parsing also gives back exactly the body.
          expect(parsed.data).toEqual(result.flow);
          expect(brokenRules(result.flow as unknown as Record<string, unknown>)).toEqual([]);
          expect(result.problems.filter((p) => p.severity === 'blocking')).toEqual([]);
        }
      });

  it('nurturing: the body a person would write from the seed article, action by action', () => {
    const project = buildTemplate('nurturing', 'en');
    const result = toHubSpotFlow(project, 'wf-nurturing', fullMapping(project));
    if (!result.ok) throw new Error('export failed');
    const f = result.flow;
    expect([f.type, f.objectTypeId, f.flowType, f.isEnabled]).toEqual(['CONTACT_FLOW', '0-1', 'WORKFLOW', false]);
    expect([f.startActionId, f.nextAvailableActionId]).toEqual(['1', '10']);
    expect(f.enrollmentCriteria).toEqual({
      type: 'LIST_BASED',
      shouldReEnroll: false,
      unEnrollObjectsNotMeetingCriteria: false,
      reEnrollmentTriggersFilterBranches: [],
      listFilterBranch: {
        filterBranchType: 'OR',
        filterBranchOperator: 'OR',
        filters: [],
        filterBranches: [{ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters: [{ filterType: 'FORM_SUBMISSION', operator: 'FILLED_OUT', formId: 'form-guid-1' }] }],
      },
    });
    const go = (n: string) => ({ edgeType: 'STANDARD', nextActionId: n });
    const a = (actionId: string, actionTypeId: string, fields: object, next?: string) => ({
      type: 'SINGLE_CONNECTION',
      actionId,
      actionTypeId,
      actionTypeVersion: 0,
      fields,
      ...(next ? { connection: go(next) } : {}),
    });
    expect(f.actions).toEqual([
      a('1', '0-4', { content_id: '1001' }, '2'), // follow-up email
      a('2', '0-1', { delta: '5', time_unit: 'DAYS' }, '3'), // 5 days pass
      a('3', '0-4', { content_id: '1002' }, '4'), // second ebook offer
      a('4', '0-1', { delta: '5', time_unit: 'DAYS' }, '5'),
      {
        type: 'LIST_BRANCH',
        actionId: '5',
        listBranches: [
          {
            branchName: 'Downloaded ebook 2',
            filterBranch: {
              filterBranchType: 'OR',
              filterBranchOperator: 'OR',
              filters: [],
              filterBranches: [{ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters: [{ filterType: 'FORM_SUBMISSION', operator: 'FILLED_OUT', formId: 'form-guid-2' }] }],
            },
            connection: go('6'),
          },
        ],
        defaultBranchName: 'No',
        defaultBranch: go('7'),
      },
      a('6', '0-63809083', { listId: '2001' }), // yes: end in a static segment, no connection
      a('7', '0-1', { delta: '3', time_unit: 'DAYS' }, '8'), // no: a few days later
      a('8', '0-4', { content_id: '1003' }, '9'), // blog articles
      a('9', '0-63809083', { listId: '2002' }),
    ]);
  });

  it('keeps the API version in one constant: v4, beta, unsupported from 2027-03-30', () => {
    expect(HUBSPOT_FLOWS_API).toMatchObject({ version: 'v4', createPath: '/automation/v4/flows', beta: true, endOfSupport: '2027-03-30' });
  });
});
