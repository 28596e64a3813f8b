import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { LEGACY_SCORE_RULES } from '../../../engine/templates/lifecycle.ts';
import { LOG_COLUMNS, logColumn } from './golden-digest.ts';

/**
 * The lazy score (run/score.ts: read when asked from the rules holding at that instant) against
 * the eager one (`lazyScore: false`: a stored property recomputed on every change the rules
 * depend on and at every re-check of a rule's window), on the lifecycle template (score rules
 * with windows, workflows branching and triggering on the score). Same log, enrollments, series
 * and time travel; only the number of events (the eager score re-checks each rule's window)
 * and final scores may differ (eager: as at the last re-check, lazy: as at the last minute).
 */

/** The lifecycle template with its legacy score rules (before the 2025 score model, which is always lazy). */
function legacyLifecycle(): Project {
  const { scoreModel: _model, ...project } = buildTemplate('lifecycle', 'fr');
  return { ...project, scoreRules: LEGACY_SCORE_RULES('fr') };
}

function comparable(r: SimulationResult) {
  const at = [0.2, 0.5, 0.9].map((f) => Math.floor(f * r.lastMinute));
  return {
    log: Object.fromEntries(LOG_COLUMNS.map((c) => [c, logColumn(r.log, c)])),
    enrollments: [r.enrollments.contact, r.enrollments.workflow, r.enrollments.enrolledAt, r.enrollments.endedAt, r.enrollments.endState].map((a) => Array.from(a)),
    workflows: r.workflows,
    steps: r.steps,
    series: [Array.from(r.series.stepWaiting), ...r.series.lifecycle.map((a) => Array.from(a)), ...r.series.lists.map((a) => Array.from(a))],
    stateAt: at.map((m) => r.stateAt(m)),
    contactAt: at.map((m) => r.contactIds.slice(0, 20).map((id) => r.contactAt(id, m))),
    totals: { ...r.totals, events: 0 },
  };
}

describe('lazy score against eager score', () => {
  it('lifecycle template: the same run either way', () => {
    const project = legacyLifecycle();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 20, max: 120 }), fc.integer({ min: 30, max: 120 }), (seed, n, days) => {
        const contacts = generateContacts(project, n, seed);
        const options = { seed, horizonDays: days };
        const lazy = simulate(project, contacts, options);
        const eager = simulate(project, contacts, { ...options, lazyScore: false });
        expect(comparable(lazy)).toEqual(comparable(eager));
      }),
      // Seeded so CI is reproducible: unseeded, this property found (session 4) the disagreement
      // pinned by the next test, which then failed a CI run at random.
      { numRuns: 12, seed: 20261206 },
    );
  });

  // Found by the property above on a fresh-clone CI run (counterexample [seed 93304, 68 contacts,
  // 52 days]). Contact c-68 comes with a score of 49 (no rule holds at the start: a "Chef de projet
  // digital" prospect with no history), views the pricing page at minute 30,362 (+15: 64), and
  // submits a form at minute 74,805 (+30). The pricing rule's 30-day window closed at
  // 30,362 + 43,200 = 73,562, before the form, so the score at the form is 49 + 30 = 79, not
  // 49 + 15 + 30 = 94: c-68 becomes MQL (the lifecycle chain runs at that minute) but not SQL
  // (score > 90). The eager score used to re-read only the rules the change touched (forms), kept
  // the closed pricing rule (its re-check waited for the midnight at 74,880, past the horizon) and
  // enrolled c-68 in SQL. The lazy score was right; the eager one now re-reads windowed rules at
  // every change (run/score.ts#rescore).
  it('a window that closed before a change no longer counts at that change (seed 93304, 68 contacts, 52 days)', () => {
    const project = legacyLifecycle();
    const [seed, n, days] = [93304, 68, 52] as const;
    const contacts = generateContacts(project, n, seed);
    const c68 = contacts.find((c) => c.id === 'c-68')!;
    expect(c68.properties['hubspotscore']).toBe(49);
    const lazy = simulate(project, contacts, { seed, horizonDays: days });
    const eager = simulate(project, contacts, { seed, horizonDays: days, lazyScore: false });
    for (const run of [lazy, eager]) {
      const journey = run.contactAt('c-68', run.lastMinute)!;
      expect(journey.enrollments.map((e) => [e.workflow, e.enrolledAt])).toEqual([
        ['wf-lifecycle-lead', 74_805],
        ['wf-lifecycle-mql', 74_805],
      ]);
    }
    expect(comparable(lazy)).toEqual(comparable(eager));
  });

  it('the switch does switch: the eager score runs more events (re-checks of the rules)', () => {
    const project = legacyLifecycle();
    const contacts = generateContacts(project, 200, 5);
    const lazy = simulate(project, contacts, { seed: 5, horizonDays: 90 });
    const eager = simulate(project, contacts, { seed: 5, horizonDays: 90, lazyScore: false });
    expect(eager.totals.events).toBeGreaterThan(lazy.totals.events);
  });
});
