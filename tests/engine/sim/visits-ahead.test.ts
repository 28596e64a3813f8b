import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asStepId, type Criteria, type Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { buildResult } from '../../../engine/sim/result.ts';
import { Sim } from '../../../engine/sim/sim.ts';
import type { SimulationOptions } from '../../../engine/sim/index.ts';
import { workflow } from './fixtures.ts';
import { activityFields, activityProject, allTemplates, digest } from './golden-digest.ts';

/**
 * Visits that only move the activity date are played ahead (engine/sim/visits.ts). The
 * reference is the same run with every visit played at its own minute: both must give the very
 * same log, enrollments, counters (the number of queue events included), series, contacts and
 * time travel, on projects where visits do enroll, unenroll and move re-checks.
 */

function run(project: Project, contacts: number, seed: number, options: SimulationOptions): { digest: Record<string, number>; played: number } {
  const sim = new Sim(project, generateContacts(project, contacts, seed), options);
  while (!sim.advance(50_000)) {
    /* to the horizon */
  }
  return { digest: digest(buildResult(sim)), played: sim.visits.played };
}

const activity = (op: 'less-than-days-ago' | 'more-than-days-ago', days: number): Criteria => ({
  groups: [{ filters: [{ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op, days } }] }],
});

describe('visits played ahead', () => {
  it('give the results of every visit played at its own minute, for the templates together', () => {
    const project = allTemplates();
    const ahead = run(project, 600, 7, {});
    const reference = run(project, 600, 7, { playAhead: false });
    expect(ahead.played).toBeGreaterThan(1000);
    expect(reference.played).toBe(0);
    expect(ahead.digest).toEqual(reference.digest);
  });

  it('give the same results when visits enroll, unenroll and move re-checks', () => {
    let played = 0;
    fc.assert(
      fc.property(
        fc.record(activityFields),
        (p) => {
          const project = activityProject(p);
          const ahead = run(project, 150, p.seed, { seed: p.seed });
          const reference = run(project, 150, p.seed, { seed: p.seed, playAhead: false });
          played += ahead.played;
          expect(ahead.digest).toEqual(reference.digest);
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 12) },
    );
    // Where every visit flips a trigger none is played ahead; over the runs many are.
    expect(played).toBeGreaterThan(100);
  }, 120_000);

  it('are not played ahead where a step waits for a page view', () => {
    const base = allTemplates();
    const waits = workflow(
      'w-page',
      [{ id: asStepId('w-wait'), kind: 'delay-until-event', event: { kind: 'page-viewed', url: '/blog' }, maxWait: { amount: 3, unit: 'days' }, met: null, notMet: null }],
      { enrollment: { triggers: activity('less-than-days-ago', 400), enrollExisting: true, reenroll: true, unenrollWhenNotMatching: false } },
    );
    const project = { ...base, workflows: [...base.workflows, waits] };
    const ahead = run(project, 200, 5, {});
    expect(ahead.played).toBe(0);
    expect(ahead.digest).toEqual(run(project, 200, 5, { playAhead: false }).digest);
  });
});
