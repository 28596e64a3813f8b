import { describe, expect, it } from 'vitest';
import { asStepId, asWorkflowId, type Project } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { leaveAfterEdit, previewDelayEdit, previewSentence } from '../../../engine/whatif/index.ts';
import { L, P0, smallProject } from '../expect/fixture.ts';
import { contact, START_MS } from '../sim/fixtures.ts';

/**
 * HubSpot's live-edit rule for delays, on hand-derived times. The workflow enrolls contacts
 * inactive for more than 730 days, then waits 3 days (4,320 min). Contact A is past the boundary
 * at the start (enrolled at minute 0); B crosses it at 12:00 on 5 Jan and C at 12:00 on 6 Jan,
 * each enrolled at the midnight re-check after (minutes 1,440 and 2,880). At t = 3,000 (7 Jan,
 * 02:00 in Paris) the three wait in the delay, to leave at 4,320, 5,760 and 7,200.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const WF = asWorkflowId('wf');
const WAIT = asStepId('s-wait');
const T = 3000;

const project: Project = smallProject(
  [
    { id: WAIT, kind: 'delay', delay: { mode: 'duration', duration: { amount: 3, unit: 'days' } }, next: asStepId('s-list') },
    { id: asStepId('s-list'), kind: 'add-to-list', list: L, next: null },
  ],
  { groups: [{ filters: [{ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'more-than-days-ago', days: 730 } }] }] },
);
const contacts = [
  contact('a', { lastactivitydate: START_MS - 730 * DAY_MS - HOUR_MS }, [], P0),
  contact('b', { lastactivitydate: START_MS - 730 * DAY_MS + 12 * HOUR_MS }, [], P0),
  contact('c', { lastactivitydate: START_MS - 730 * DAY_MS + 36 * HOUR_MS }, [], P0),
];
const result = simulate(project, contacts);

describe('editing a delay while contacts wait in it', () => {
  it('(precondition) the run enrolled A, B and C at minutes 0, 1,440 and 2,880', () => {
    expect(Array.from(result.enrollments.enrolledAt)).toEqual([0, 1440, 2880]);
  });

  it('the rule itself: arrival + new length, never before the edit; deleted: at once', () => {
    expect(leaveAfterEdit(1440, { kind: 'length', minutes: 2880 }, T)).toBe(4320);
    expect(leaveAfterEdit(0, { kind: 'length', minutes: 2880 }, T)).toBe(T);
    expect(leaveAfterEdit(2880, { kind: 'delete' }, T)).toBe(T);
  });

  it('shortened to 2 days: A has waited longer and leaves at once, B and C two days after arriving', () => {
    const p = previewDelayEdit(project, result, WF, WAIT, T, { kind: 'length', minutes: 2880 });
    expect(p.moved.map((m) => [m.contact, m.entered, m.before, m.after])).toEqual([
      ['a', 0, 4320, 3000],
      ['b', 1440, 5760, 4320],
      ['c', 2880, 7200, 5760],
    ]);
  });

  // The step as its card names it, its length before and after, in the app's words (renderer/expect/WhatIfSection.tsx passes them).
  const lengthened = { fr: { step: 'Attendre 3 jours', from: '3 jours', to: '4 jours' }, en: { step: 'Wait 3 days', from: '3 days', to: '4 days' } };
  const deleted = { fr: { step: 'Attendre 3 jours', from: '3 jours', to: null }, en: { step: 'Wait 3 days', from: '3 days', to: null } };

  it('lengthened to 4 days: each leaves 4 days after arriving; the preview names the delay, its old and new length, and says between 9 and 11 Jan', () => {
    const p = previewDelayEdit(project, result, WF, WAIT, T, { kind: 'length', minutes: 5760 });
    expect(p.moved.map((m) => m.after)).toEqual([5760, 7200, 8640]);
    // 5,760 min after 5 Jan 00:00 Paris is 9 Jan 00:00; 8,640 is 11 Jan 00:00. "3 → 4": the old length, then the new one.
    expect(previewSentence(p, lengthened.fr, result, 'fr')).toBe('«\u00a0Attendre 3 jours\u00a0»\u00a0: 3 jours\u00a0\u2192 4 jours. 3 contacts y attendent\u00a0: ils en partiront désormais entre le 9 et le 11 janv.');
    expect(previewSentence(p, lengthened.en, result, 'en')).toBe('“Wait 3 days”: 3 days\u00a0\u2192 4 days. 3 contacts wait there: they will now leave between 9 and 11 Jan.');
  });

  it('deleted: everyone waiting leaves at the edit; at minute 1,000 only A waits (B and C are not enrolled yet)', () => {
    const p = previewDelayEdit(project, result, WF, WAIT, T, { kind: 'delete' });
    expect(p.moved.map((m) => m.after)).toEqual([T, T, T]);
    expect(previewSentence(p, deleted.en, result, 'en')).toBe('“Wait 3 days”: delay of 3 days deleted. 3 contacts wait there: they will now leave on 7 Jan.');
    const early = previewDelayEdit(project, result, WF, WAIT, 1000, { kind: 'delete' });
    expect(early.moved.map((m) => m.contact)).toEqual(['a']);
    expect(previewSentence(early, deleted.fr, result, 'fr')).toBe('«\u00a0Attendre 3 jours\u00a0»\u00a0: délai de 3 jours supprimé. 1 contact y attend\u00a0: il en partira désormais le 5 janv.');
    expect(previewSentence(early, deleted.en, result, 'en')).toBe('“Wait 3 days”: delay of 3 days deleted. 1 contact waits there: it will now leave on 5 Jan.');
  });

  it('with nobody waiting (C, the last, left at 7,200), still says the edit', () => {
    const p = previewDelayEdit(project, result, WF, WAIT, 7300, { kind: 'length', minutes: 5760 });
    expect(p.moved).toEqual([]);
    expect(previewSentence(p, lengthened.fr, result, 'fr')).toBe('«\u00a0Attendre 3 jours\u00a0»\u00a0: 3 jours\u00a0\u2192 4 jours. Aucun contact n’y attend.');
    expect(previewSentence(p, lengthened.en, result, 'en')).toBe('“Wait 3 days”: 3 days\u00a0\u2192 4 days. No contact is waiting there.');
  });

  it('contacts that have left the delay are not moved', () => {
    // At 4,320 A leaves (its row at that minute counts): B and C still wait.
    const p = previewDelayEdit(project, result, WF, WAIT, 4320, { kind: 'length', minutes: 2880 });
    expect(p.moved.map((m) => [m.contact, m.after])).toEqual([
      ['b', 4320],
      ['c', 5760],
    ]);
  });
});
