import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateScoreRules, scoreModelOf, type Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { TEMPLATE_IDS, buildTemplate } from '../../../engine/templates/index.ts';
import { LEGACY_SCORE_RULES } from '../../../engine/templates/lifecycle.ts';
import { LOG_COLUMNS, logColumn } from '../sim/golden-digest.ts';

/**
 * Legacy HubSpot score rules migrated into a score model (model/scoring.ts#migrateScoreRules)
 * give the same run as the legacy computation (sim/run/score.ts, rules alone): the same scores
 * for the same contacts at every instant asked, and so the same enrollments, branches and
 * series. The rules are those the lifecycle template had before the 2025 model (kept as
 * `LEGACY_SCORE_RULES`), put on each template's project and sample population.
 */

function comparable(r: SimulationResult) {
  const at = [0.1, 0.3, 0.6, 0.95].map((f) => Math.floor(f * r.lastMinute));
  return {
    log: Object.fromEntries(LOG_COLUMNS.map((c) => [c, logColumn(r.log, c)])),
    enrollments: [r.enrollments.contact, r.enrollments.workflow, r.enrollments.enrolledAt, r.enrollments.endedAt, r.enrollments.endState].map((a) => Array.from(a)),
    workflows: r.workflows,
    series: [Array.from(r.series.stepWaiting), ...r.series.lifecycle.map((a) => Array.from(a)), ...r.series.lists.map((a) => Array.from(a))],
    scores: r.finalContacts.map((c) => c.properties.hubspotscore),
    contactAt: at.map((m) => r.contactIds.slice(0, 30).map((id) => r.contactAt(id, m))),
    stateAt: at.map((m) => r.stateAt(m)),
    // Re-checks may be counted differently (the model looks at its own boundaries): not the events total.
    totals: { ...r.totals, events: 0 },
  };
}

describe('legacy score rules migrated into the score model', () => {
  it('groups property rules as fit and event rules as engagement, with no cap, decay or threshold', () => {
    const model = migrateScoreRules(LEGACY_SCORE_RULES('en'));
    expect(model.groups.map((g) => [g.kind, g.rules.map((r) => r.id)])).toEqual([
      ['fit', ['score-director', 'score-student', 'score-competitor']],
      ['engagement', ['score-form-recent', 'score-email-clicked', 'score-email-opened', 'score-pricing-page']],
    ]);
    expect(model.groups.every((g) => g.limit === null && g.decay === null && g.timeFrameDays === null)).toBe(true);
    expect(model).toMatchObject({ limit: null, thresholds: [] });
  });

  it('a project without a model scores with its legacy rules migrated; with one, with its own', () => {
    const legacy = { scoreRules: LEGACY_SCORE_RULES('fr') };
    expect(scoreModelOf(legacy)).toEqual(migrateScoreRules(legacy.scoreRules));
    expect(scoreModelOf({ scoreRules: [] })).toBeNull();
    const own = { groups: [], limit: 10, thresholds: [] };
    expect(scoreModelOf({ ...legacy, scoreModel: own })).toBe(own);
  });

  it.each(TEMPLATE_IDS)('%s: the same run, rules or migrated model', (id) => {
    const template = buildTemplate(id, 'fr');
    const legacy: Project = { ...template, scoreRules: LEGACY_SCORE_RULES('fr') };
    delete (legacy as { scoreModel?: unknown }).scoreModel;
    const migrated: Project = { ...legacy, scoreModel: migrateScoreRules(legacy.scoreRules) };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 20, max: 150 }), fc.integer({ min: 30, max: 200 }), (seed, n, days) => {
        const contacts = generateContacts(legacy, n, seed);
        const options = { seed, horizonDays: days };
        expect(comparable(simulate(migrated, contacts, options))).toEqual(comparable(simulate(legacy, contacts, options)));
        // The scores themselves at instants along the run (a run stopped there reads them as they stand).
        for (const f of [0.25, 0.5, 0.75]) {
          const stop = { ...options, stopAtMinute: Math.floor(f * days * 1440) };
          const scores = (p: Project) => simulate(p, contacts, stop).finalContacts.map((c) => c.properties.hubspotscore);
          expect(scores(migrated)).toEqual(scores(legacy));
        }
      }),
      { numRuns: 6 },
    );
  });
});
