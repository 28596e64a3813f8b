import { describe, expect, it } from 'vitest';
import { asEmailId, asProjectId, emptyProject, type ContactEvent, type Project, type ScoreGroup, type ScoreModel } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { certainPersona, contact, START_MS } from '../sim/fixtures.ts';

/**
 * The 2025 score model in the simulator (sim/run/score-model.ts), against scores computed by
 * hand. Minute 0 is the start (START_MS, midnight in Paris); a day is 1,440 minutes. The contacts
 * act by themselves (a persona that never reacts), so only their given events count.
 */

const persona = certainPersona(0);
const EMAIL = asEmailId('email-1');
/** A click on day 0 at 10:00: minute 600 of the run. */
const CLICK_MINUTE = 600;
const at = (minute: number) => START_MS + minute * 60_000;
const click = (minute: number): ContactEvent => ({ kind: 'email', event: 'clicked', email: EMAIL, at: at(minute) });

function engagement(patch: Partial<ScoreGroup>): ScoreGroup {
  return {
    id: 'g-engagement',
    name: 'Engagement',
    kind: 'engagement',
    limit: null,
    timeFrameDays: null,
    decay: null,
    rules: [{ type: 'event', id: 'r-click', name: 'Clicked an email', points: 10, event: { kind: 'email', event: 'clicked', email: null } }],
    ...patch,
  };
}

function project(model: ScoreModel, patch: Partial<Project> = {}): Project {
  return {
    ...emptyProject(asProjectId('p'), 'p'),
    personas: [persona],
    emails: [{ id: EMAIL, name: 'E', subject: 'S', asset: null, openScale: 1, clickScale: 1 }],
    scoreModel: model,
    ...patch,
  };
}

/** The contact's score properties at a minute of the run (the run stopped there). */
function scoresAt(p: Project, events: ContactEvent[], minute: number, properties: Record<string, string> = {}) {
  const r = simulate(p, [contact('a', properties, events, persona)], { horizonDays: 200, stopAtMinute: minute });
  const c = r.finalContacts[0]!.properties;
  return { combined: c.hubspotscore, fit: c.fitscore, engagement: c.engagementscore, label: c.scorethreshold };
}

describe('score model: decay', () => {
  // One click worth 10 points, 50 % decay every 30 days. Steps at 600 + k x 43,200 minutes (30 days):
  // [600, 43,800) 10; [43,800, 87,000) 10 x 0.5 = 5; [87,000, 130,200) 2.5; from 130,200 1.25.
  const model: ScoreModel = { groups: [engagement({ decay: { percent: 50, everyDays: 30 } })], limit: null, thresholds: [] };
  const cases: [number, number][] = [
    [CLICK_MINUTE - 1, 0],
    [CLICK_MINUTE, 10],
    [CLICK_MINUTE + 43_200 - 1, 10],
    [CLICK_MINUTE + 43_200, 5],
    [CLICK_MINUTE + 86_400 - 1, 5],
    [CLICK_MINUTE + 86_400, 2.5],
    [CLICK_MINUTE + 129_600, 1.25],
  ];
  it.each(cases)('at minute %i the engagement and combined scores are %d', (minute, expected) => {
    const s = scoresAt(project(model), [click(CLICK_MINUTE)], minute);
    expect(s.engagement).toBe(expected);
    expect(s.combined).toBe(expected);
    expect(s.fit).toBe(0);
  });

  it('each occurrence decays on its own clock', () => {
    // Clicks on day 0 (minute 600) and day 20 (minute 600 + 28,800). On day 35 (minute 50,400 + 600):
    // the first is 35 days old (one step: 5), the second 15 days old (no step: 10): 15.
    // On day 55 the second is 35 days old too: 5 + 5 = 10 (the first, 55 days old, is still one step).
    const p = project({ groups: [engagement({ decay: { percent: 50, everyDays: 30 } })], limit: null, thresholds: [] });
    const events = [click(CLICK_MINUTE), click(CLICK_MINUTE + 28_800)];
    expect(scoresAt(p, events, CLICK_MINUTE + 35 * 1440).engagement).toBe(15);
    expect(scoresAt(p, events, CLICK_MINUTE + 55 * 1440).engagement).toBe(10);
  });

  it('25 % every 90 days keeps three quarters at each step', () => {
    // 10 x 0.75 = 7.5 after 90 days, 10 x 0.75^2 = 5.625 after 180 days.
    const p = project({ groups: [engagement({ decay: { percent: 25, everyDays: 90 } })], limit: null, thresholds: [] });
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE + 90 * 1440 - 1).engagement).toBe(10);
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE + 90 * 1440).engagement).toBe(7.5);
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE + 180 * 1440).engagement).toBe(5.625);
  });
});

describe('score model: time frame, caps, fit and thresholds', () => {
  it('an occurrence counts for its whole time frame, and not one minute more', () => {
    // "In the last 7 days": the click at minute 600 counts while it is at most 7 x 1,440 = 10,080 minutes old,
    // so up to minute 10,680 included, and no longer from 10,681.
    const p = project({ groups: [engagement({ timeFrameDays: 7 })], limit: null, thresholds: [] });
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE + 10_080).engagement).toBe(10);
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE + 10_081).engagement).toBe(0);
  });

  it('a group gives no more than its limit, the model no more than its own', () => {
    // Three clicks of 10 = 30, capped at 25 by the group. The fit group gives 25 (a director); the model caps
    // 25 + 25 = 50 at 40. Thirty-one days after the clicks each is worth 5 (50 %): 15, under the cap; 25 + 15 = 40.
    const fit: ScoreGroup = {
      id: 'g-fit',
      name: 'Fit',
      kind: 'fit',
      limit: null,
      timeFrameDays: null,
      decay: null,
      rules: [
        {
          type: 'criteria',
          id: 'r-director',
          name: 'Director',
          points: 25,
          criteria: { groups: [{ filters: [{ kind: 'property', property: 'jobtitle', type: 'string', operation: { op: 'contains', value: 'Director' } }] }] },
        },
      ],
    };
    const p = project({ groups: [fit, engagement({ limit: 25, decay: { percent: 50, everyDays: 30 } })], limit: 40, thresholds: [] });
    const events = [click(CLICK_MINUTE), click(CLICK_MINUTE + 1), click(CLICK_MINUTE + 2)];
    const early = scoresAt(p, events, CLICK_MINUTE + 10, { jobtitle: 'Marketing Director' });
    expect(early).toMatchObject({ fit: 25, engagement: 25, combined: 40 });
    const later = scoresAt(p, events, CLICK_MINUTE + 31 * 1440, { jobtitle: 'Marketing Director' });
    expect(later).toMatchObject({ fit: 25, engagement: 15, combined: 40 });
    // Not a director: fit 0, engagement 15, combined 15.
    expect(scoresAt(p, events, CLICK_MINUTE + 31 * 1440, { jobtitle: 'Intern' })).toMatchObject({ fit: 0, engagement: 15, combined: 15 });
  });

  it('the threshold label follows the combined score down the tiers', () => {
    // Tiers: C from 0, B from 5, A from 10. One click of 10, halved every 30 days: 10 (A), then 5 (B), then 2.5 (C).
    const thresholds = [
      { label: 'C', from: 0 },
      { label: 'B', from: 5 },
      { label: 'A', from: 10 },
    ];
    const p = project({ groups: [engagement({ decay: { percent: 50, everyDays: 30 } })], limit: null, thresholds });
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE).label).toBe('A');
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE + 43_200).label).toBe('B');
    expect(scoresAt(p, [click(CLICK_MINUTE)], CLICK_MINUTE + 86_400).label).toBe('C');
    // Below the first tier (a negative score): no label.
    const negative = project({ groups: [engagement({ rules: [{ type: 'event', id: 'r', name: 'r', points: -3, event: { kind: 'email', event: 'clicked', email: null } }] })], limit: null, thresholds });
    expect(scoresAt(negative, [click(CLICK_MINUTE)], CLICK_MINUTE).label).toBeNull();
  });

  it('a score given with the contact is its combined score at the start; the model moves it from there', () => {
    // Given 40 at minute 0, when the model gives 0 (the click is at 600): offset 40. At 600: 40 + 10 = 50;
    // after one decay step 40 + 5 = 45. The parts carry no offset.
    const p = project({ groups: [engagement({ decay: { percent: 50, everyDays: 30 } })], limit: null, thresholds: [] });
    const events = [click(CLICK_MINUTE)];
    expect(simulate(p, [contact('a', { hubspotscore: 40 }, events, persona)], { horizonDays: 40, stopAtMinute: CLICK_MINUTE }).finalContacts[0]!.properties).toMatchObject({ hubspotscore: 50, engagementscore: 10 });
    expect(simulate(p, [contact('a', { hubspotscore: 40 }, events, persona)], { horizonDays: 40, stopAtMinute: CLICK_MINUTE + 43_200 }).finalContacts[0]!.properties).toMatchObject({ hubspotscore: 45, engagementscore: 5 });
  });

  it('never reads above the model’s limit, a given score included', () => {
    // Limit 100, given 95 (offset 95, the model giving 0 at the start). At the click: 95 + 10 = 105, read 100;
    // one step later 95 + 5 = 100; two steps later 95 + 2.5 = 97.5.
    const p = project({ groups: [engagement({ decay: { percent: 50, everyDays: 30 } })], limit: 100, thresholds: [] });
    const at = (minute: number) => simulate(p, [contact('a', { hubspotscore: 95 }, [click(CLICK_MINUTE)], persona)], { horizonDays: 100, stopAtMinute: minute }).finalContacts[0]!.properties.hubspotscore;
    expect(at(CLICK_MINUTE)).toBe(100);
    expect(at(CLICK_MINUTE + 43_200)).toBe(100);
    expect(at(CLICK_MINUTE + 86_400)).toBe(97.5);
  });
});
