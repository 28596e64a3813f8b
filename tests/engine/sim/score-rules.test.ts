import { describe, expect, it } from 'vitest';
import { asAssetId, asProjectId, asStepId, emptyProject, type Criteria, type Project, type ScoreRule, type Step, type Workflow } from '../../../engine/model/index.ts';
import { asScoreRuleId } from '../../../engine/model/ids.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { Sim } from '../../../engine/sim/sim.ts';
import { certainPersona, contact, DAY, START_MS, workflow } from './fixtures.ts';

/**
 * Score rules (engine/sim/score.ts). The score is the base (the initial score minus the rules
 * holding at start) plus the points of the rules holding at the very instant it is read: it drops
 * exactly when a rule's window closes, and criteria reading it are re-checked at the midnight
 * after, like any other rolling filter.
 */

const persona = certainPersona(0);
const ASSET = asAssetId('asset-1');
const recentForm: ScoreRule = {
  id: asScoreRuleId('form-recent'),
  name: 'Form in the last 30 days',
  points: 30,
  criteria: { groups: [{ filters: [{ kind: 'form', asset: null, op: 'submitted', withinDays: 30 }] }] },
};
const above = (value: number): Criteria => ({
  groups: [{ filters: [{ kind: 'property', property: 'hubspotscore', type: 'number', operation: { op: 'gt', value } }] }],
});

function project(workflows: Workflow[], rules: ScoreRule[] = [recentForm]): Project {
  return {
    ...emptyProject(asProjectId('p'), 'p'),
    personas: [persona],
    assets: [{ id: ASSET, name: 'A', kind: 'ebook', conversionScale: 1 }],
    scoreRules: rules,
    workflows,
  };
}

/**
 * A contact whose form was submitted `daysAgo` days before the start, at 11:00 in Paris. Its score
 * is 40 as given, the form rule's 30 points included while the form is recent (10 without).
 */
const FORM_AT = (daysAgo: number) => START_MS + 11 * 60 * 60_000 - daysAgo * 86_400_000;
const scored = (daysAgo: number) =>
  contact('a', { hubspotscore: daysAgo <= 30 ? 40 : 10 }, [{ kind: 'form-submitted', asset: ASSET, at: FORM_AT(daysAgo) }], persona);

/** The minute of an epoch instant in the run (minute 0 = START_MS). */
const minuteOf = (ms: number) => Math.ceil((ms - START_MS) / 60_000);

describe('score rules', () => {
  it('add their points while they hold and take them back the very minute a window closes', () => {
    const closes = minuteOf(FORM_AT(5) + 30 * 86_400_000) + 1;
    const at = (stop: number) => simulate(project([]), [scored(5)], { horizonDays: 40, stopAtMinute: stop }).finalContacts[0]!.properties.hubspotscore;
    expect(at(0)).toBe(40);
    expect(at(closes - 2)).toBe(40);
    expect(at(closes)).toBe(10);
    expect(simulate(project([]), [scored(40)], { horizonDays: 10 }).finalContacts[0]!.properties.hubspotscore).toBe(10);
  });

  it('are read lazily, and a trigger reading the score is re-checked at the midnight after the window closes', () => {
    const hot = workflow('hot', [{ id: asStepId('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 90, unit: 'days' } }, next: null }], {
      enrollment: { triggers: above(35), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: true },
    });
    const sim = new Sim(project([hot]), [scored(5)], { horizonDays: 60 });
    expect(sim.compiled.lazyScore).toBe(true);
    const result = simulate(project([hot]), [scored(5), contact('cold', { hubspotscore: 10 }, [], persona)], { horizonDays: 60 });
    const en = result.enrollments;
    expect(en.count).toBe(1);
    expect(en.enrolledAt[0]).toBe(0);
    expect(result.workflows[0]!.ended['not-matching']).toBe(1);
    // The form, 5 days before the start, leaves the window on day 25 at 11:00: re-checked at the midnight after.
    expect(en.endedAt[0]).toBe(26 * DAY);
  });

  it('re-check a contact only where its score can cross the threshold', () => {
    // Below the threshold, a closing window only lowers the score: no re-check is needed.
    const hot = workflow('hot', [{ id: asStepId('note'), kind: 'create-task', taskTitle: 'call', next: null }], {
      enrollment: { triggers: above(60), enrollExisting: true, reenroll: true, unenrollWhenNotMatching: true },
    });
    const low = simulate(project([hot]), [scored(5)], { horizonDays: 60 });
    const loose = simulate(project([hot]), [scored(5)], { horizonDays: 60, tightRechecks: false });
    expect(low.totals.events).toBeLessThan(loose.totals.events);
    expect(low.enrollments.count).toBe(0);
    expect(loose.enrollments.count).toBe(0);
  });

  it('keep a score a step writes: the rules then add and take back their points on top of it', () => {
    const bump = workflow('bump', [{ id: asStepId('inc'), kind: 'increment-property', property: 'hubspotscore', by: 5, next: null }], {
      enrollment: { triggers: above(0), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
    });
    const score = (days: number) => simulate(project([bump]), [scored(5)], { horizonDays: days }).finalContacts[0]!.properties.hubspotscore;
    expect(score(10)).toBe(45);
    expect(score(40)).toBe(15);
  });

  it("keep a fit rule's verdict between changes and read it again when a step writes the property it reads", () => {
    // The job-title rule reads a property alone: score.ts keeps its verdict until the column is written.
    const director: ScoreRule = {
      id: asScoreRuleId('director'),
      name: 'Director',
      points: 25,
      criteria: { groups: [{ filters: [{ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: 'director' } }] }] },
    };
    const setTitle = (id: string, value: string, next: string | null): Step => ({ id: asStepId(id), kind: 'set-property', property: 'jobtitle', value, next: next === null ? null : asStepId(next) });
    const wait = (id: string, days: number, next: string): Step => ({ id: asStepId(id), kind: 'delay', delay: { mode: 'duration', duration: { amount: days, unit: 'days' } }, next: asStepId(next) });
    const promote = workflow('promote', [wait('w1', 2, 'up'), setTitle('up', 'Sales Director', 'w2'), wait('w2', 1, 'down'), setTitle('down', 'Intern', null)], {
      enrollment: {
        triggers: { groups: [{ filters: [{ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'is-known' } }] }] },
        enrollExisting: true,
        reenroll: false,
        unenrollWhenNotMatching: false,
      },
    });
    const hot = workflow('hot', [{ id: asStepId('note'), kind: 'create-task', taskTitle: 'call', next: null }], {
      enrollment: { triggers: above(60), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
    });
    const intern = contact('a', { hubspotscore: 40, jobtitle: 'Intern' }, [{ kind: 'form-submitted', asset: ASSET, at: FORM_AT(5) }], persona);
    const run = (stop: number) => simulate(project([promote, hot], [recentForm, director]), [intern], { horizonDays: 10, stopAtMinute: stop });
    // Given 40 with the recent form's 30 points: base 10. Director from day 2 to day 3: 10 + 30 + 25 = 65.
    const score = (stop: number) => run(stop).finalContacts[0]!.properties.hubspotscore;
    expect(score(DAY)).toBe(40);
    expect(score(2 * DAY + 60)).toBe(65);
    expect(score(3 * DAY + 60)).toBe(40);
    const whole = run(10 * DAY);
    const hotEnrollment = [...whole.enrollments.workflow].indexOf(1);
    expect(whole.enrollments.enrolledAt[hotEnrollment]).toBe(2 * DAY);
  });

  it('are stored and recomputed on changes where a filter asks when the score last changed', () => {
    const moved: Criteria = {
      groups: [{ filters: [{ kind: 'property', property: 'hubspotscore', type: 'date', operation: { op: 'updated-in-last-days', days: 3 } }] }],
    };
    const watcher = workflow('moved', [{ id: asStepId('note'), kind: 'create-task', taskTitle: 'call', next: null }], {
      enrollment: { triggers: moved, enrollExisting: true, reenroll: true, unenrollWhenNotMatching: false },
    });
    const sim = new Sim(project([watcher]), [scored(5)], { horizonDays: 40 });
    expect(sim.compiled.lazyScore).toBe(false);
    const result = simulate(project([watcher]), [scored(5)], { horizonDays: 40 });
    // The stored score drops at the re-check after the window closes, and that change enrolls.
    expect(result.finalContacts[0]!.properties.hubspotscore).toBe(10);
    expect(result.enrollments.count).toBe(1);
    expect(result.enrollments.enrolledAt[0]).toBe(26 * DAY);
  });
});
