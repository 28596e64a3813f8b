import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../engine/templates/index.ts';
import type { Criteria, Filter, Project } from '../../../engine/model/index.ts';

const filtersOf = (criteria: Criteria): readonly Filter[] => criteria.groups.flatMap((g) => g.filters);
const workflow = (project: Project, id: string) => {
  const w = project.workflows.find((x) => x.id === id);
  if (!w) throw new Error(`no workflow ${id}`);
  return w;
};

describe('lifecycle template (seed example 2)', () => {
  const project = buildTemplate('lifecycle', 'fr');

  it('runs three workflows that each move a contact one stage forward', () => {
    expect(project.workflows.map((w) => w.id)).toEqual(['wf-lifecycle-lead', 'wf-lifecycle-mql', 'wf-lifecycle-sql']);
    expect(project.workflows.map((w) => w.steps[0])).toMatchObject([
      { kind: 'set-lifecycle-stage', stage: 'lead' },
      { kind: 'set-lifecycle-stage', stage: 'marketingqualifiedlead' },
      { kind: 'set-lifecycle-stage', stage: 'salesqualifiedlead' },
    ]);
    for (const w of project.workflows) {
      expect(w.enrollment.reenroll).toBe(false);
      expect(w.unenrollFromOthers).toEqual({ mode: 'none' });
    }
  });

  it('makes any form submission a lead', () => {
    expect(filtersOf(workflow(project, 'wf-lifecycle-lead').enrollment.triggers)).toContainEqual({ kind: 'form', asset: null, op: 'submitted' });
  });

  it('excludes students, competitors and partners from MQL', () => {
    expect(filtersOf(workflow(project, 'wf-lifecycle-mql').enrollment.triggers)).toContainEqual(
      expect.objectContaining({ property: 'contacttype', operation: { op: 'none-of', values: ['student', 'competitor', 'partner'] } }),
    );
  });

  it('promotes an MQL above 90 points active within 6 weeks to SQL, then notifies sales', () => {
    const sql = workflow(project, 'wf-lifecycle-sql');
    expect(filtersOf(sql.enrollment.triggers)).toEqual([
      { kind: 'property', property: 'lifecyclestage', type: 'enumeration', operation: { op: 'any-of', values: ['marketingqualifiedlead'] } },
      { kind: 'property', property: 'hubspotscore', type: 'number', operation: { op: 'gt', value: 90 } },
      { kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'less-than-days-ago', days: 42 } },
    ]);
    expect(sql.steps.map((s) => s.kind)).toEqual(['set-lifecycle-stage', 'add-to-list', 'internal-notification']);
  });

  it('ends every lifecycle workflow in a static list, so no contact counts as lost', () => {
    for (const w of project.workflows) {
      const lists = w.steps.filter((s) => s.kind === 'add-to-list').map((s) => (s.kind === 'add-to-list' ? s.list : null));
      expect(lists, w.id).toHaveLength(1);
      expect(project.lists.map((l) => l.id)).toContain(lists[0]);
    }
  });

  it('has a score model that can pass 90 only when several signals add up', () => {
    // Since the 2025 model (engine/model/scoring.ts) the template scores with groups, not legacy rules.
    const model = project.scoreModel!;
    expect(project.scoreRules).toEqual([]);
    const rules = model.groups.flatMap((g) => g.rules);
    const positive = rules.filter((r) => r.points > 0).map((r) => r.points);
    expect(Math.max(...positive)).toBeLessThan(90);
    // The most the groups can give together (each at its cap, or the sum of its positive rules when uncapped), capped by the model.
    const most = model.groups.reduce((sum, g) => sum + (g.limit ?? g.rules.reduce((s, r) => s + Math.max(0, r.points), 0)), 0);
    expect(Math.min(most, model.limit ?? Infinity)).toBeGreaterThan(90);
    expect(rules.some((r) => r.points < 0)).toBe(true);
    expect(model.groups.some((g) => g.decay !== null)).toBe(true);
  });
});

describe('cleanup template (seed example 3)', () => {
  const project = buildTemplate('cleanup', 'fr');
  const w = workflow(project, 'wf-cleanup');

  it('gathers contacts inactive for more than 2 years in the "Nettoyage" list and deletes nothing itself', () => {
    expect(filtersOf(w.enrollment.triggers)).toEqual([
      { kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'more-than-days-ago', days: 730 } },
    ]);
    expect(w.steps).toHaveLength(1);
    expect(w.steps[0]).toMatchObject({ kind: 'add-to-list', list: 'list-cleanup' });
    expect(project.lists[0]?.name).toBe('Nettoyage');
  });

  it('explains clearing the email and deleting by hand in its notes', () => {
    expect(w.description).toContain('e-mail');
    expect(w.steps[0]?.note).toMatch(/supprimer/);
  });
});

describe('webinar template (fixed date)', () => {
  const project = buildTemplate('webinar', 'en');
  const w = workflow(project, 'wf-webinar');

  it('anchors on a date 30 days after the simulation starts, within the horizon', () => {
    expect(project.simulation.startDate).toBe('2026-01-05');
    expect(w.timing).toEqual({ type: 'fixed-date', anchorDate: '2026-02-04' });
    expect(project.simulation.horizonDays).toBeGreaterThan(31);
  });

  it('invites 14 days before, reminds the day before at 9:00 and sends the replay the day after', () => {
    const delays = w.steps.flatMap((s) => (s.kind === 'delay' ? [s.delay] : []));
    expect(delays).toEqual([
      { mode: 'relative-to-anchor', offsetDays: -14, time: '10:00' },
      { mode: 'relative-to-anchor', offsetDays: -1, time: '09:00' },
      { mode: 'relative-to-anchor', offsetDays: 1, time: '10:00' },
    ]);
    expect(w.steps.filter((s) => s.kind === 'send-email').map((s) => s.kind === 'send-email' && s.email)).toEqual([
      'email-invitation',
      'email-reminder',
      'email-replay',
    ]);
  });

  it('invites leads and MQLs and keeps them in the invitees list', () => {
    expect(filtersOf(w.enrollment.triggers)[0]).toMatchObject({ property: 'lifecyclestage', operation: { op: 'any-of', values: ['lead', 'marketingqualifiedlead'] } });
    expect(buildTemplate('webinar', 'fr').lists.map((l) => l.name)).toEqual(['Webinar – invités']);
  });
});

describe('birthday template (date property)', () => {
  const project = buildTemplate('birthday', 'en');
  const w = workflow(project, 'wf-birthday');

  it('anchors on each contact’s birthday every year and emails 30 days before at 9:00', () => {
    expect(w.timing).toEqual({ type: 'date-property', anchorProperty: 'birthday', recurAnnually: true });
    expect(w.steps[0]).toMatchObject({ kind: 'delay', delay: { mode: 'relative-to-anchor', offsetDays: -30, time: '09:00' } });
    expect(w.steps[1]).toMatchObject({ kind: 'send-email', email: 'email-birthday' });
    expect(w.description).toMatch(/renewal/i);
  });
});
