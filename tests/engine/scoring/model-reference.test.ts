import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asAssetId, asEmailId, asProjectId, asStepId, emptyProject, type ContactEvent, type Criteria, type Project, type ScoreGroup, type ScoreModel } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { certainPersona, contact, DAY, workflow } from '../sim/fixtures.ts';

/**
 * The simulator against a slower reference written here from the model's definition alone
 * (model/scoring.ts): random engagement models (time frames, decays, caps), random contacts
 * whose events lie before and after the start (imported events still ahead arrive with time),
 * and a trigger on the combined score. Nothing in the run changes the contacts, so the trigger
 * is asked at the start and then at each midnight time could have moved it: the contact enrolls
 * at the first of minute 0 and the midnights where the reference score matches.
 */

const persona = certainPersona(0);
const EMAIL = asEmailId('email-1');
const ASSET = asAssetId('asset-1');
/** The run is in UTC (midnights every 1,440 minutes, no daylight saving): Jan 5th 2026, the default start date. */
const START_MS = Date.UTC(2026, 0, 5);

type Kind = 'opened' | 'clicked' | 'form';
interface GroupSpec {
  readonly limit: number | null;
  readonly timing: Pick<ScoreGroup, 'timeFrameDays' | 'decay'>;
  readonly rules: readonly { readonly kind: Kind; readonly points: number }[];
}
interface EventSpec {
  readonly kind: Kind;
  readonly minute: number;
}
const kinds: Kind[] = ['opened', 'clicked', 'form'];

const groupArb: fc.Arbitrary<GroupSpec> = fc.record({
  limit: fc.option(fc.integer({ min: 5, max: 40 }), { nil: null }),
  timing: fc.oneof(
    fc.constant<GroupSpec['timing']>({ timeFrameDays: null, decay: null }),
    fc.integer({ min: 1, max: 40 }).map((d) => ({ timeFrameDays: d, decay: null })),
    fc.record({ percent: fc.constantFrom(10, 25, 50, 100), everyDays: fc.integer({ min: 1, max: 40 }) }).map((decay) => ({ timeFrameDays: null, decay })),
  ),
  rules: fc.array(fc.record({ kind: fc.constantFrom(...kinds), points: fc.integer({ min: -10, max: 20 }) }), { minLength: 1, maxLength: 3 }),
});

const eventArb: fc.Arbitrary<EventSpec> = fc.record({ kind: fc.constantFrom(...kinds), minute: fc.integer({ min: -60 * DAY, max: 60 * DAY }) });

function toModel(groups: GroupSpec[], limit: number | null): ScoreModel {
  return {
    groups: groups.map(
      (g, k): ScoreGroup => ({
        id: `g${k}`,
        name: `g${k}`,
        kind: 'engagement',
        limit: g.limit,
        ...g.timing,
        rules: g.rules.map((r, n) => ({
          type: 'event',
          id: `g${k}-r${n}`,
          name: 'r',
          points: r.points,
          event: r.kind === 'form' ? { kind: 'form', asset: null } : { kind: 'email', event: r.kind, email: null },
        })),
      }),
    ),
    limit,
    thresholds: [],
  };
}

function toEvent(e: EventSpec): ContactEvent {
  const at = START_MS + e.minute * 60_000;
  return e.kind === 'form' ? { kind: 'form-submitted', asset: ASSET, at } : { kind: 'email', event: e.kind, email: EMAIL, at };
}

/** The combined score by the definition: each past occurrence weighted, groups capped, the total capped. */
function referenceScore(model: ScoreModel, events: EventSpec[], minute: number): number {
  const clamp = (v: number, limit: number | null) => (limit === null ? v : Math.min(limit, Math.max(-limit, v)));
  let total = 0;
  for (const g of model.groups) {
    let sum = 0;
    for (const rule of g.rules) {
      if (rule.type !== 'event') continue;
      const kind = rule.event.kind === 'form' ? 'form' : rule.event.kind === 'email' ? rule.event.event : '';
      for (const e of events) {
        if (e.kind !== kind || e.minute > minute) continue;
        const ageDays = (minute - e.minute) / DAY;
        let weight = 1;
        if (g.timeFrameDays !== null) weight = ageDays <= g.timeFrameDays ? 1 : 0;
        else if (g.decay) weight = Math.pow(1 - g.decay.percent / 100, Math.floor(ageDays / g.decay.everyDays));
        sum += rule.points * weight;
      }
    }
    total += clamp(sum, g.limit);
  }
  return clamp(total, model.limit);
}

function project(model: ScoreModel, triggers: Criteria): Project {
  const base = emptyProject(asProjectId('p'), 'p');
  return {
    ...base,
    personas: [persona],
    emails: [{ id: EMAIL, name: 'E', subject: 'S', asset: null, openScale: 1, clickScale: 1 }],
    assets: [{ id: ASSET, name: 'A', kind: 'form', conversionScale: 1 }],
    scoreModel: model,
    simulation: { ...base.simulation, timeZone: 'UTC' },
    workflows: [
      workflow('w', [{ id: asStepId('task'), kind: 'create-task', taskTitle: 't', next: null }], {
        timeZone: 'UTC',
        enrollment: { triggers, enrollExisting: true, reenroll: false, unenrollWhenNotMatching: false },
      }),
    ],
  };
}

describe('score model against a reference computation', () => {
  it('enrolls on the combined score where and when the reference says', () => {
    const HORIZON = 90;
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 2 }),
        fc.option(fc.integer({ min: 5, max: 50 }), { nil: null }),
        fc.array(eventArb, { maxLength: 8 }),
        fc.constantFrom<'gte' | 'lt'>('gte', 'lt'),
        fc.integer({ min: -10, max: 40 }),
        fc.boolean(),
        (groups, limit, events, op, value, tight) => {
          const model = toModel(groups, limit);
          const triggers: Criteria = { groups: [{ filters: [{ kind: 'property', property: 'hubspotscore', type: 'number', operation: { op, value } }] }] };
          const r = simulate(project(model, triggers), [contact('a', {}, events.map(toEvent), persona)], { horizonDays: HORIZON, tightRechecks: tight });
          const holds = (minute: number) => {
            const s = referenceScore(model, events, minute);
            return op === 'gte' ? s >= value : s < value;
          };
          let expected: number | null = null;
          for (let d = 0; d < HORIZON && expected === null; d++) if (holds(d * DAY)) expected = d * DAY;
          expect(r.enrollments.count).toBe(expected === null ? 0 : 1);
          if (expected !== null) expect(r.enrollments.enrolledAt[0]).toBe(expected);
          // And the score read at the end is the reference's at the last minute.
          const last = r.lastMinute;
          expect(r.finalContacts[0]!.properties.hubspotscore).toBeCloseTo(referenceScore(model, events, last), 9);
        },
      ),
      { numRuns: 150 },
    );
  });
});
