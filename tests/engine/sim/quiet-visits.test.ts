import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asStepId, type Criteria, type Filter, type Project, type ScoreRule } from '../../../engine/model/index.ts';
import { asScoreRuleId } from '../../../engine/model/ids.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { buildResult } from '../../../engine/sim/replay/result.ts';
import { Sim } from '../../../engine/sim/sim.ts';
import { simulate, type SimulationOptions } from '../../../engine/sim/index.ts';
import { workflow } from './fixtures.ts';
import { activityFields, activityProject, allTemplates, digest } from './golden-digest.ts';

/**
 * Visits that only move the activity date skip the change path (engine/sim/quiet-visits.ts). The
 * reference is the same run with every visit taking the full path (`quietVisits: false`): both
 * must give the very same log, enrollments, counters, series, contacts and time travel, on
 * projects where visits do enroll, unenroll and move re-checks.
 */

function run(project: Project, contacts: number, seed: number, options: SimulationOptions): { digest: Record<string, number>; quiet: number } {
  const sim = new Sim(project, generateContacts(project, contacts, seed), options);
  while (!sim.advance(50_000)) {
    /* to the horizon */
  }
  return { digest: digest(buildResult(sim)), quiet: sim.visits.quiet };
}

const activity = (op: 'less-than-days-ago' | 'more-than-days-ago', days: number): Criteria => ({
  groups: [{ filters: [{ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op, days } }] }],
});

/**
 * The activity workflows' triggers also ask for a score above `above` (a gate that opens and
 * closes) and a view of the pricing page in the last `days` days (a window that closes with time
 * alone, between two visits); -1: not.
 */
function narrowed(project: Project, above: number, days: number, rule = 0): Project {
  const extra: Filter[] = [];
  if (above >= 0) extra.push({ kind: 'property', property: 'hubspotscore', type: 'number', operation: { op: 'gt', value: above } });
  if (days >= 0) extra.push({ kind: 'page-view', url: '/pricing', match: 'equals', op: 'viewed', withinDays: days });
  const workflows = project.workflows.map((w) =>
    w.id.startsWith('a-') ? { ...w, enrollment: { ...w.enrollment, triggers: { groups: w.enrollment.triggers.groups.map((g) => ({ filters: [...g.filters, ...extra] })) } } } : w,
  );
  return { ...project, workflows, scoreRules: [...project.scoreRules, ...(EXTRA_RULES[rule] ?? [])] };
}

/**
 * Score rules beside the templates' (index 0: none): a view taking points away (a visit then
 * lowers the score), and one rewarding the absence of views (time alone then raises it).
 */
const EXTRA_RULES: readonly (readonly ScoreRule[])[] = [
  [],
  [{ id: asScoreRuleId('x-pricing-minus'), name: 'x', points: -30, criteria: { groups: [{ filters: [{ kind: 'page-view', url: '/pricing', match: 'equals', op: 'viewed', withinDays: 10 }] }] } }],
  [{ id: asScoreRuleId('x-quiet-blog'), name: 'x', points: 25, criteria: { groups: [{ filters: [{ kind: 'page-view', url: '/blog', match: 'equals', op: 'not-viewed', withinDays: 5 }] }] } }],
];

describe('quiet visits', () => {
  // 'model': the lifecycle template's 2025 score model (engine/sim/run/score-model.ts), 'legacy': its former rules.
  it.each(['legacy', 'model'] as const)('give the results of every visit taking the full path, for the templates together (%s scoring)', (scoring) => {
    const project = allTemplates(scoring);
    const quiet = run(project, 600, 7, {});
    const reference = run(project, 600, 7, { quietVisits: false });
    expect(quiet.quiet).toBeGreaterThan(1000);
    expect(reference.quiet).toBe(0);
    expect(quiet.digest).toEqual(reference.digest);
  });

  it('give the same results when visits enroll, unenroll and move re-checks, behind a score gate, beside a closing window, with rules a visit or time moves either way', () => {
    let quietVisits = 0;
    fc.assert(
      fc.property(fc.record({ ...activityFields, gate: fc.integer({ min: -1, max: 60 }), days: fc.integer({ min: -1, max: 6 }), rule: fc.integer({ min: 0, max: 2 }) }), (p) => {
        const project = narrowed(activityProject(p), p.gate, p.days, p.rule);
        const quiet = run(project, 150, p.seed, { seed: p.seed });
        const reference = run(project, 150, p.seed, { seed: p.seed, quietVisits: false });
        quietVisits += quiet.quiet;
        expect(quiet.digest).toEqual(reference.digest);
      }),
      { numRuns: Number(process.env.RUNS ?? 12) },
    );
    // Where every visit flips a trigger none is quiet; over the runs many are.
    expect(quietVisits).toBeGreaterThan(100);
  }, 120_000);

  it('end, as the full path does, an enrollment made by another workflow whose trigger does not match', () => {
    const base = allTemplates();
    const never: Criteria = {
      groups: [
        {
          filters: [
            { kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'less-than-days-ago', days: 400 } },
            { kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: 'nobody has this title' } },
          ],
        },
      ],
    };
    const pushed = workflow('a-pushed', [{ id: asStepId('p-wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 300, unit: 'days' } }, next: null }], {
      enrollment: { triggers: never, enrollExisting: false, reenroll: false, unenrollWhenNotMatching: true },
    });
    const pusher = workflow('a-pusher', [{ id: asStepId('p-push'), kind: 'enroll-in-workflow', workflow: pushed.id, next: null }], {
      enrollment: { triggers: activity('less-than-days-ago', 4000), enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
    });
    const project = { ...base, workflows: [...base.workflows, pushed, pusher] };
    const quiet = run(project, 300, 9, {});
    const reference = run(project, 300, 9, { quietVisits: false });
    expect(quiet.digest).toEqual(reference.digest);
    const result = simulate(project, generateContacts(project, 300, 9));
    const ended = result.workflows.find((w) => w.id === pushed.id)!.ended['not-matching'];
    expect(ended).toBeGreaterThan(10);
  });

  it('are all taken the full way where a step waits for a page view', () => {
    const base = allTemplates();
    const waits = workflow(
      'w-page',
      [{ id: asStepId('w-wait'), kind: 'delay-until-event', event: { kind: 'page-viewed', url: '/blog' }, maxWait: { amount: 3, unit: 'days' }, met: null, notMet: null }],
      { enrollment: { triggers: activity('less-than-days-ago', 400), enrollExisting: true, reenroll: true, unenrollWhenNotMatching: false } },
    );
    const project = { ...base, workflows: [...base.workflows, waits] };
    const quiet = run(project, 200, 5, {});
    expect(quiet.quiet).toBe(0);
    expect(quiet.digest).toEqual(run(project, 200, 5, { quietVisits: false }).digest);
  });
});
