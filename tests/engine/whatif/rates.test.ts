import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { LOG_KINDS as K, type SimulationResult } from '../../../engine/sim/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { rateWhatIf } from '../../../engine/whatif/index.ts';

const DAY = 1440;

/** Every row of the log (all fields), every enrollment, the totals: equal runs give equal digests. */
function rows(result: SimulationResult, below = Infinity): string[] {
  const log = result.log;
  const out: string[] = [];
  for (let r = 0; r < log.length && log.time(r) < below; r++) out.push([log.time(r), log.contact(r), log.enrollment(r), log.step(r), log.kind(r), log.detail(r), log.extra(r)].join(','));
  return out;
}
function digest(result: SimulationResult) {
  const e = result.enrollments;
  return { rows: rows(result), enrolled: Array.from(e.enrolledAt), ended: Array.from(e.endedAt), states: Array.from(e.endState), totals: result.totals, lists: result.listCounts };
}

describe('what if a rate changes from minute t', () => {
  it('with nothing changed, is exactly the full run (random templates, seeds, populations and t)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATE_IDS), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 10, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (id, seed, n, at) => {
        const base = buildTemplate(id, 'en');
        const project = { ...base, simulation: { ...base.simulation, seed, horizonDays: Math.min(base.simulation.horizonDays, 60) } };
        const contacts = generateContacts(project, n, seed);
        const t = Math.floor(at * project.simulation.horizonDays * DAY);
        // The same rates, in fresh persona objects: the what-if path runs, and changes nothing.
        const w = rateWhatIf(project, contacts, t, project.personas.map((p) => ({ persona: p.id, openRate: p.openRate })));
        expect(digest(w.changed)).toEqual(digest(w.original));
        expect(w.steps.every((s) => s.original === s.changed)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('nobody opens before day 10; everyone does from day 10: the run before t is untouched, opens come only from sends at t or later', () => {
    const base = buildTemplate('nurturing', 'en');
    const project = { ...base, personas: base.personas.map((p) => ({ ...p, openRate: 0, bounceRate: 0 })) };
    const contacts = generateContacts(project, 300, 7);
    const t = 10 * DAY;
    const w = rateWhatIf(project, contacts, t, project.personas.map((p) => ({ persona: p.id, openRate: 1 })));
    expect(w.original.totals.opened).toBe(0);
    expect(rows(w.changed, t)).toEqual(rows(w.original, t));
    // Each open follows a send of the same contact at or after t (and before the open).
    const log = w.changed.log;
    const sentAt = new Map<string, number[]>();
    let opens = 0;
    for (let r = 0; r < log.length; r++) {
      const key = `${log.contact(r)}/${log.step(r)}`;
      if (log.kind(r) === K.sent) sentAt.set(key, [...(sentAt.get(key) ?? []), log.time(r)]);
      if (log.kind(r) !== K.opened) continue;
      opens++;
      const sends = (sentAt.get(key) ?? []).filter((m) => m <= log.time(r));
      expect(sends.length).toBeGreaterThan(0);
      expect(Math.max(...sends)).toBeGreaterThanOrEqual(t);
    }
    expect(opens).toBe(w.changed.totals.opened);
    expect(opens).toBeGreaterThan(0);
  });
});
