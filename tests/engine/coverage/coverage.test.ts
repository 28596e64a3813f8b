import { describe, expect, it } from 'vitest';
import { coverageProject, coverWorkflow, traversals } from '../../../engine/coverage/index.ts';
import { asBranchId, asEmailId, asStepId, asWorkflowId, type Project, type Step } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { L, prospectsAndStudents, smallProject } from '../expect/fixture.ts';

const key = (e: { from: string; slot: string }) => `${e.from}/${e.slot}`;

/** What the chosen contacts traverse when run alone (contacts never act on one another). */
function reachedAlone(project: Project, workflow: string, contacts: Parameters<typeof simulate>[1]): string[] {
  const result = simulate(coverageProject(project), contacts);
  const edges = new Set([...traversals(result, asWorkflowId(workflow)).values()].flatMap((s) => [...s]));
  return [...edges].map((k) => key(result.edges[k]!)).sort();
}

describe('coverage personas', () => {
  for (const id of TEMPLATE_IDS) {
    const project = buildTemplate(id, 'en');
    for (const workflow of project.workflows) {
      it(`${id} / ${workflow.id}: a few contacts reach every branch and end, and do so alone`, () => {
        const c = coverWorkflow(project, workflow.id);
        expect(c.unreachable).toEqual([]);
        // Every edge of the workflow, ends included (edges of the run = the workflow's edges).
        const all = simulate(coverageProject(project), []).edges.filter((e) => e.workflow === workflow.id).map(key).sort();
        expect(c.reached.map(key).sort()).toEqual(all);
        expect(c.contacts.length).toBeGreaterThan(0);
        expect(c.contacts.length).toBeLessThanOrEqual(all.length);
        expect(reachedAlone(project, workflow.id, c.contacts)).toEqual(all);
      });
    }
  }

  it('names a branch whose filter never holds, and a branch on opens read right after the send', () => {
    const email = asEmailId('email-1');
    const steps: Step[] = [
      {
        id: asStepId('s-type'),
        kind: 'branch-if',
        branches: [
          { id: asBranchId('b-nobody'), name: 'Nobody', criteria: { groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['nobody'] } }] }] }, next: asStepId('s-list-a') },
        ],
        defaultName: 'Others',
        defaultNext: asStepId('s-send'),
      },
      { id: asStepId('s-list-a'), kind: 'add-to-list', list: L, next: null },
      { id: asStepId('s-send'), kind: 'send-email', email, next: asStepId('s-opened') },
      {
        id: asStepId('s-opened'),
        kind: 'branch-if',
        branches: [{ id: asBranchId('b-opened'), name: 'Opened', criteria: { groups: [{ filters: [{ kind: 'email', email, event: 'opened' }] }] }, next: asStepId('s-list-b') }],
        defaultName: 'Not opened',
        defaultNext: asStepId('s-list-c'),
      },
      { id: asStepId('s-list-b'), kind: 'add-to-list', list: L, next: null },
      { id: asStepId('s-list-c'), kind: 'add-to-list', list: L, next: null },
    ];
    const base = smallProject(steps, prospectsAndStudents);
    const project: Project = { ...base, emails: [{ id: email, name: 'Hello', subject: 'Hello', asset: null, openScale: 1, clickScale: 1 }] };
    const c = coverWorkflow(project, asWorkflowId('wf'), { poolSize: 100 });
    const missing = Object.fromEntries(c.unreachable.map((u) => [key(u.edge), u.reason.en]));
    // The "Nobody" branch, the list after it and its end; the "Opened" branch, its list and end.
    expect(Object.keys(missing).sort()).toEqual(['s-list-a/next', 's-list-b/next', 's-opened/branch:b-opened', 's-type/branch:b-nobody'].sort());
    expect(missing['s-type/branch:b-nobody']).toContain('none of the 200 contacts tried');
    expect(missing['s-opened/branch:b-opened']).toContain('add a delay of at least');
    // Everything else is reached, by few contacts.
    expect(c.reached.map(key).sort()).toEqual(['__enrollment__/next', 's-list-c/next', 's-send/next', 's-opened/default', 's-type/default'].sort());
    expect(c.contacts.length).toBe(1);
  });
});
