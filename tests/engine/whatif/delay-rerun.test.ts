import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { LOG_KINDS as K, type SimulationResult } from '../../../engine/sim/index.ts';
import { whatIf } from '../../../engine/whatif/index.ts';
import { contacts, DAY, delay, L, project, workflow } from './nurturing-fixture.ts';

/**
 * A delay edited at minute t, applied in the re-run (sim option `delayFrom`), against HubSpot's
 * rule for live workflows written out here by hand: a contact that arrived at A in a delay of
 * length L, the delay set to L' at t, leaves at A + L when that is not after t (gone before the
 * edit), at A + L' when it arrived at t or later, else at max(t, A + L'); a deleted delay: at once
 * (t, or A for those arriving later).
 */

/** Per enrollment: when it arrived at the delay, and when it arrived at the step after it. */
function passages(result: SimulationResult): Map<number, { arrived: number; left: number | null }> {
  const s = result.steps.findIndex((x) => x.workflow === workflow.id && x.step === delay.id);
  const out = new Map<number, { arrived: number; left: number | null }>();
  const log = result.log;
  for (let r = 0; r < log.length; r++) {
    if (log.kind(r) !== K.at) continue;
    const e = log.enrollment(r);
    if (log.step(r) === s) out.set(e, { arrived: log.time(r), left: null });
    else if (out.get(e)?.left === null) out.get(e)!.left = log.time(r);
  }
  return out;
}

function expectedLeave(arrived: number, t: number, newLength: number | null): number {
  if (arrived >= t) return newLength === null ? arrived : arrived + newLength;
  if (arrived + L <= t) return arrived + L;
  return newLength === null ? t : Math.max(t, arrived + newLength);
}

describe('a delay edited at minute t, in the re-run', () => {
  it('the nurturing template’s first delay waits 5 days', () => {
    expect(L).toBe(5 * DAY);
  });

  for (const [what, newLength] of [
    ['shortened to 1 day', DAY],
    ['lengthened to 8 days', 8 * DAY],
    ['deleted', null],
  ] as const) {
    it(`${what} at day 3: every contact leaves by the live-edit rule; nothing before t moves`, () => {
      const t = 3 * DAY + 600;
      const w = whatIf(project, contacts, t, { delay: { workflow: workflow.id, step: delay.id, minutes: newLength } });
      const original = passages(w.original);
      const changed = passages(w.changed);
      let waitingAtEdit = 0;
      let checked = 0;
      for (const [e, p] of changed) {
        // The same enrollments arrive at the same minutes up to t (numbering is per contact and the run before t is the same).
        if (p.arrived < t) expect(original.get(e)?.arrived).toBe(p.arrived);
        const want = expectedLeave(p.arrived, t, newLength);
        if (want > w.changed.lastMinute) {
          expect(p.left).toBeNull();
          continue;
        }
        expect(p.left).toBe(want);
        if (p.arrived < t && p.arrived + L > t) waitingAtEdit++;
        checked++;
      }
      expect(checked).toBeGreaterThan(30);
      expect(waitingAtEdit).toBeGreaterThan(10);
    });
  }

  it('edited to its own length at a random minute, is exactly the full run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, at) => {
        const people = generateContacts(project, 80, seed);
        const t = Math.floor(at * 40 * DAY);
        const w = whatIf(project, people, t, { delay: { workflow: workflow.id, step: delay.id, minutes: L } }, { seed });
        const rows = (r: SimulationResult) => Array.from({ length: r.log.length }, (_, k) => [r.log.time(k), r.log.contact(k), r.log.step(k), r.log.kind(k), r.log.detail(k)].join(','));
        expect(rows(w.changed)).toEqual(rows(w.original));
      }),
      { numRuns: 25 },
    );
  });
});
