import { describe, expect, it } from 'vitest';
import { runTests, testContacts } from '../../../engine/expect/index.ts';
import { asStepId, type Project, type Workflow } from '../../../engine/model/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';

function withWorkflow(project: Project, id: string, edit: (w: Workflow) => Workflow): Project {
  return { ...project, workflows: project.workflows.map((w) => (w.id === id ? edit(w) : w)) };
}

function states(project: Project) {
  return Object.fromEntries(runTests(project, project.tests!).outcomes.map((o) => [o.expectation.id, o.state]));
}

describe('the templates ship with the expectations the seed article implies', () => {
  for (const id of TEMPLATE_IDS) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${id} (${lang}): every expectation holds`, () => {
        const project = buildTemplate(id, lang);
        expect(project.tests!.expectations.length).toBeGreaterThan(1);
        const run = runTests(project, project.tests!);
        for (const o of run.outcomes) expect({ id: o.expectation.id, state: o.state, offenders: o.measured.offenders.length }).toEqual({ id: o.expectation.id, state: 'holds', offenders: 0 });
      });
    }
  }
});

describe('breaking a template makes its expectations fail', () => {
  it('lifecycle without the student / competitor / partner exclusion: excluded contacts become MQL, each named', () => {
    const base = buildTemplate('lifecycle', 'en');
    const broken = withWorkflow(base, 'wf-lifecycle-mql', (w) => ({
      ...w,
      enrollment: { ...w.enrollment, triggers: { groups: [{ filters: w.enrollment.triggers.groups[0]!.filters.slice(0, 1) }] } },
    }));
    const outcome = runTests(broken, broken.tests!).outcomes.find((o) => o.expectation.id === 'lifecycle-no-excluded-mql')!;
    expect(outcome.state).toBe('fails');
    // Every offender is one of the excluded types, moved by the MQL workflow's stage step.
    const byId = new Map(testContacts(broken, broken.tests!.population).map((c) => [c.id as string, c.properties['contacttype']]));
    expect(outcome.measured.offenders.length).toBeGreaterThan(0);
    for (const f of outcome.measured.offenders) {
      expect(['student', 'competitor', 'partner']).toContain(byId.get(f.id));
      expect(f.step).toEqual({ workflow: 'wf-lifecycle-mql', step: asStepId('step-set-mql') });
      expect(f.name).not.toBe(f.id);
    }
  });

  it('cleanup on one year instead of two: the list holds contacts active within two years', () => {
    const base = buildTemplate('cleanup', 'fr');
    const broken = withWorkflow(base, 'wf-cleanup', (w) => ({
      ...w,
      enrollment: { ...w.enrollment, triggers: { groups: [{ filters: [{ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'more-than-days-ago', days: 365 } }] }] } },
    }));
    expect(states(broken)['cleanup-exactly-inactive']).toBe('fails');
  });

  it('nurturing without its last list: the "no" path loses its contacts', () => {
    const base = buildTemplate('nurturing', 'en');
    const broken = withWorkflow(base, 'wf-nurturing', (w) => ({
      ...w,
      steps: w.steps.filter((s) => s.id !== 'step-list-articles').map((s) => (s.id === 'step-send-articles' ? { ...s, next: null } : s)),
    }));
    const s = states(broken);
    expect(s['wf-nurturing-ends-in-list']).toBe('fails');
    expect(s['nurturing-articles-sent']).toBe('fails');
  });
});
