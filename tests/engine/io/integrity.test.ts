import { describe, expect, it } from 'vitest';
import { asListId, asStepId, asWorkflowId, emptyWorkflow, type Step, type Workflow } from '../../../engine/model/index.ts';
import { checkProjectIntegrity, checkWorkflowIntegrity, danglingReferences } from '../../../engine/schema/index.ts';
import { richProject } from './fixtures/rich-project.ts';

const s = asStepId;
const step = (id: string, next: string | null): Step => ({ id: s(id), kind: 'create-task', taskTitle: id, next: next === null ? null : s(next) });
const flow = (start: string | null, steps: Step[], timing?: Workflow['timing']): Workflow => ({
  ...emptyWorkflow('w', 'Test', timing),
  start: start === null ? null : s(start),
  steps,
});
const paths = (issues: readonly { path: string }[]) => issues.map((i) => i.path);

describe('checkWorkflowIntegrity', () => {
  it('accepts the rich fixture', () => {
    expect(checkProjectIntegrity(richProject())).toEqual([]);
  });

  it('accepts an empty workflow and a simple chain', () => {
    expect(checkWorkflowIntegrity(flow(null, []))).toEqual([]);
    expect(checkWorkflowIntegrity(flow('a', [step('a', 'b'), step('b', null)]))).toEqual([]);
  });

  it('refuses a second tree edge into the same step, at the later edge', () => {
    const issues = checkWorkflowIntegrity(flow('a', [step('a', 'c'), step('b', 'c'), step('c', null)]));
    expect(paths(issues)).toEqual(['workflow.steps[1].next']);
    expect(issues[0]!.message.en).toContain('go-to');
  });

  it('counts the start edge as a tree edge', () => {
    expect(paths(checkWorkflowIntegrity(flow('a', [step('a', 'b'), step('b', 'a')])))).toContain('workflow.steps[1].next');
  });

  it('refuses a loop made of tree edges only', () => {
    const issues = checkWorkflowIntegrity(flow(null, [step('a', 'b'), step('b', 'c'), step('c', 'a')]));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.fr).toContain('Aller à');
  });

  it('refuses a step that leads to itself', () => {
    expect(paths(checkWorkflowIntegrity(flow('a', [step('a', 'a')])))).toEqual(['workflow.steps[0].next']);
  });

  it('allows a loop through a go-to, and go-tos to any step', () => {
    const goTo: Step = { id: s('g'), kind: 'go-to', target: s('a') };
    const also: Step = { id: s('h'), kind: 'go-to', target: s('a') };
    expect(checkWorkflowIntegrity(flow('a', [step('a', 'b'), step('b', 'g'), goTo, also]))).toEqual([]);
  });

  it('refuses a go-to to a missing step', () => {
    const goTo: Step = { id: s('g'), kind: 'go-to', target: s('nowhere') };
    expect(paths(checkWorkflowIntegrity(flow('g', [goTo])))).toEqual(['workflow.steps[0].target']);
  });

  it('refuses duplicate branch ids within a step', () => {
    const split: Step = {
      id: s('r'),
      kind: 'branch-random',
      branches: [
        { id: 'x' as never, name: 'A', percent: 50, next: null },
        { id: 'x' as never, name: 'B', percent: 50, next: null },
      ],
    };
    expect(paths(checkWorkflowIntegrity(flow('r', [split])))).toEqual(['workflow.steps[0].branches[1].id']);
  });

  it('refuses a relative-to-anchor delay in a standard workflow only', () => {
    const delay: Step = { id: s('d'), kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays: -1, time: '09:00' }, next: null };
    expect(paths(checkWorkflowIntegrity(flow('d', [delay])))).toEqual(['workflow.steps[0].delay.mode']);
    expect(checkWorkflowIntegrity(flow('d', [delay], { type: 'fixed-date', anchorDate: '2026-01-01' }))).toEqual([]);
  });

  it('requires a date-property workflow to name a date property', () => {
    const timing = (anchorProperty: string) => ({ type: 'date-property', anchorProperty, recurAnnually: false }) as const;
    expect(checkWorkflowIntegrity(flow(null, [], timing('birthday')), richProject())).toEqual([]);
    expect(paths(checkWorkflowIntegrity(flow(null, [], timing('firstname')), richProject()))).toEqual(['workflow.timing.anchorProperty']);
    expect(paths(checkWorkflowIntegrity(flow(null, [], timing('nosuch')), richProject()))).toEqual(['workflow.timing.anchorProperty']);
    const withCustomDate = { ...richProject(), properties: [{ name: 'contractend', type: 'date', label: { fr: 'Fin de contrat', en: 'Contract end' } }] as const };
    expect(checkWorkflowIntegrity(flow(null, [], timing('contractend')), withCustomDate)).toEqual([]);
  });

  // Changed on purpose: a reference to a segment, email, asset or workflow the project does not
  // hold used to be refused here, so deleting a workflow another one enrolled into made every
  // later autosave fail (a review lost its edits). It is the linter's now (missing-reference),
  // and `danglingReferences` finds the same paths.
  it('lets lists, emails, assets and workflows that do not exist through: danglingReferences names them', () => {
    const project = richProject();
    const w: Workflow = {
      ...flow('a', [
        { id: s('a'), kind: 'add-to-list', list: asListId('nolist'), next: s('b') },
        { id: s('b'), kind: 'enroll-in-workflow', workflow: asWorkflowId('noflow'), next: null },
      ]),
      suppressionLists: [asListId('cleanup'), asListId('gone')],
    };
    expect(checkWorkflowIntegrity(w, project, 'here')).toEqual([]);
    expect(paths(danglingReferences({ ...project, workflows: [w] }))).toEqual(['project.workflows[0].suppressionLists[1]', 'project.workflows[0].steps[0].list', 'project.workflows[0].steps[1].workflow']);
  });
});

describe('checkProjectIntegrity', () => {
  it('refuses a custom property defined twice', () => {
    const project = richProject();
    const twice = { ...project, properties: [...project.properties, project.properties[0]!] };
    expect(paths(checkProjectIntegrity(twice))).toEqual(['project.properties[2].name']);
  });

  it('loads filters, score rules and contacts that name missing things, and danglingReferences names them', () => {
    const project = richProject();
    const broken = {
      ...project,
      lists: project.lists.filter((l) => l.id !== 'reengage'),
      emails: project.emails.filter((e) => e.id !== 'birthday'),
    };
    expect(checkProjectIntegrity(broken)).toEqual([]);
    const found = paths(danglingReferences(broken));
    expect(found).toContain('project.workflows[0].steps[7].list');
    expect(found).toContain('project.workflows[2].steps[1].email');
    expect(found).toContain('project.contacts[0].lists[0]');
    expect(found.some((p) => /^project\.workflows\[0\]\.steps\[8\]\.branches\[0\]\.criteria\.groups\[1\]\.filters\[\d+\]\.list$/.test(p))).toBe(true);
  });
});
