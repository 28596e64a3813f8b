import { describe, expect, it } from 'vitest';
import { asAssetId, asProjectId, asStepId, emptyProject, type Criteria, type Project } from '../../../engine/model/index.ts';
import { simulate, type SimulationOptions } from '../../../engine/sim/index.ts';
import { certainPersona, contact, DAY, START_MS, workflow } from './fixtures.ts';

/**
 * Where a time-dependent filter flips, and so when its midnight re-check comes. Both cases were
 * found by the tight-versus-every-boundary property test (tight-rechecks.test.ts).
 */

const persona = certainPersona(0);
const ASSET = asAssetId('asset-1');

function project(triggers: Criteria, unenroll: boolean): Project {
  return {
    ...emptyProject(asProjectId('p'), 'p'),
    personas: [persona],
    assets: [{ id: ASSET, name: 'A', kind: 'ebook', conversionScale: 1 }],
    workflows: [
      workflow('w', [{ id: asStepId('wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 30, unit: 'days' } }, next: null }], {
        enrollment: { triggers, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: unenroll },
      }),
    ],
  };
}

const both: SimulationOptions[] = [{}, { tightRechecks: false }];

describe('midnight re-checks', () => {
  it('come at a boundary that falls on a midnight, that very midnight', () => {
    // Active at the stroke of the start: "less than 1 day ago" stops holding at the next midnight exactly.
    const recent: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'less-than-days-ago', days: 1 } }] }] };
    for (const options of both) {
      const result = simulate(project(recent, true), [contact('a', { lastactivitydate: START_MS }, [], persona)], { horizonDays: 5, ...options });
      expect(result.enrollments.enrolledAt[0]).toBe(0);
      expect(result.enrollments.endedAt[0]).toBe(DAY);
      expect(result.workflows[0]!.ended['not-matching']).toBe(1);
    }
  });

  it('notice an imported event still ahead when it enters the window', () => {
    // A form dated two hours after the start: "form in the last 30 days" holds from then on.
    const form: Criteria = { groups: [{ filters: [{ kind: 'form', asset: null, op: 'submitted', withinDays: 30 }] }] };
    const ahead = contact('a', {}, [{ kind: 'form-submitted', asset: ASSET, at: START_MS + 2 * 60 * 60_000 }], persona);
    for (const options of both) {
      const result = simulate(project(form, false), [ahead], { horizonDays: 5, ...options });
      expect(result.enrollments.count).toBe(1);
      expect(result.enrollments.enrolledAt[0]).toBe(DAY);
    }
  });
});
