import { describe, expect, it } from 'vitest';
import { asBranchId, asStepId, buildTemplate, EMPTY_HUBSPOT_MAPPING, preflight, toHubSpotFlow, type Project, type Step } from '../../../engine/index.ts';
import { fullMapping } from './helpers.ts';

const withSteps = (project: Project, steps: Step[]): Project => ({
  ...project,
  workflows: [{ ...project.workflows[0]!, start: steps[0]!.id, steps }],
});

describe('the pre-flight check', () => {
  it('lists every unmapped id of the nurturing template, once each, as blocking, in both languages', () => {
    const project = buildTemplate('nurturing', 'fr');
    const result = preflight(project, undefined, EMPTY_HUBSPOT_MAPPING);
    expect(result.ok).toBe(false);
    const unmapped = result.problems.filter((p) => p.kind === 'unmapped').map((p) => `${p.table}:${p.key}`);
    // Two forms (trigger, branch), three emails, two segments: seven ids, each named once.
    expect(unmapped.sort()).toEqual(['emails:email-articles', 'emails:email-ebook-2', 'emails:email-followup', 'forms:asset-ebook-1', 'forms:asset-ebook-2', 'lists:list-articles', 'lists:list-downloaded']);
    const first = result.problems[0]!;
    expect(first.severity).toBe('blocking');
    expect(first.message.fr).toContain('identifiant HubSpot');
    expect(first.message.en).toContain('HubSpot id');
    expect(toHubSpotFlow(project, 'wf-nurturing', EMPTY_HUBSPOT_MAPPING).ok).toBe(false);
  });

  it('passes once every id is mapped, keeping the warnings and [INFERRED] fields', () => {
    const project = buildTemplate('nurturing', 'en');
    const result = preflight(project, undefined, fullMapping(project));
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => `${p.severity}:${p.kind}`)).toEqual(['warning:approximated', 'info:inferred']);
  });

  it('blocks steps HubSpot cannot express: clear property, unenroll, delay until a weekday', () => {
    const project = buildTemplate('nurturing', 'en');
    const steps: Step[] = [
      { id: asStepId('a'), kind: 'clear-property', property: 'jobtitle', next: asStepId('b') },
      { id: asStepId('b'), kind: 'unenroll-from-workflow', workflow: project.workflows[0]!.id, next: asStepId('c') },
      { id: asStepId('c'), kind: 'delay', delay: { mode: 'until-weekday', weekdays: ['monday'], time: '09:00' }, next: null },
    ];
    const result = preflight(withSteps(project, steps), undefined, fullMapping(project));
    const blocked = result.problems.filter((p) => p.kind === 'inexpressible');
    expect(blocked.map((p) => p.steps[0])).toEqual(['a', 'b', 'c']);
    expect(blocked[0]!.message.en).toContain('Clear property value');
  });

  it('blocks an if/then of 21 branches (HubSpot allows 20) and passes one of 20', () => {
    const project = buildTemplate('nurturing', 'en');
    const branchStep = (n: number): Step => ({
      id: asStepId('branch'),
      kind: 'branch-if',
      branches: Array.from({ length: n }, (_, k) => ({ id: asBranchId(`b${k}`), name: `B${k}`, criteria: { groups: [{ filters: [{ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'eq', value: String(k) } }] }] }, next: null })),
      defaultName: 'No',
      defaultNext: null,
    });
    const limits = (n: number) => preflight(withSteps(project, [branchStep(n)]), undefined, fullMapping(project)).problems.filter((p) => p.kind === 'limit');
    expect(limits(20)).toEqual([]);
    expect(limits(21)).toHaveLength(1);
    expect(limits(21)[0]!.message.en).toContain('at most 20');
  });

  it('warns about an uneven random split, exported even', () => {
    const project = buildTemplate('nurturing', 'en');
    const end = (id: string): Step => ({ id: asStepId(id), kind: 'create-task', taskTitle: id, next: null });
    const split: Step = { id: asStepId('split'), kind: 'branch-random', branches: [{ id: asBranchId('x'), name: 'X', percent: 70, next: asStepId('t1') }, { id: asBranchId('y'), name: 'Y', percent: 30, next: asStepId('t2') }] };
    const result = toHubSpotFlow(withSteps(project, [split, end('t1'), end('t2')]), 'wf-nurturing', fullMapping(project));
    expect(result.ok).toBe(true);
    expect(result.problems.some((p) => p.kind === 'approximated' && p.message.en.includes('70 / 30'))).toBe(true);
  });

  it('warns that the lifecycle template reads the legacy HubSpot score (frozen since 2025-08-31), once', () => {
    const project = buildTemplate('lifecycle', 'en');
    const problems = preflight(project, 'wf-lifecycle-sql', fullMapping(project)).problems;
    expect(problems.filter((p) => p.message.en.includes('legacy "HubSpot score"'))).toHaveLength(1);
  });

  it('names each [INFERRED] field a body relies on, once per workflow', () => {
    const project = buildTemplate('cleanup', 'en');
    const inferred = preflight(project, undefined, fullMapping(project)).problems.filter((p) => p.kind === 'inferred');
    // The cleanup trigger is "last activity more than 730 days ago": an inferred TIME_POINT; the action is a segment add.
    expect(inferred).toHaveLength(2);
    // The message says what to check in words a marketer reads; the field and action ids are in the detail.
    expect(inferred.map((p) => p.message.en)).toEqual([
      'Check in HubSpot once the workflow is created: date filters (on, before, after, between, more than N days ago or from now).',
      'Check in HubSpot once the workflow is created: “add to static segment” and “remove from static segment” actions.',
    ]);
    expect(inferred[1]!.message.fr).toBe('À vérifier dans HubSpot une fois le workflow créé\u00a0: les actions «\u00a0ajouter à un segment statique\u00a0» et «\u00a0retirer d’un segment statique\u00a0».');
    for (const p of inferred) expect(`${p.message.en} ${p.message.fr}`).not.toMatch(/[A-Z]{2,}_[A-Z]|0-\d{3,}|\[/);
    expect(inferred[0]!.detail?.en).toContain('TIME_POINT');
    expect(inferred[1]!.detail?.fr).toContain('0-63809083');
  });
});
