import { describe, expect, it } from 'vitest';
import { checkRun, describeExpectation, type Outcome } from '../../../engine/expect/index.ts';
import { asStepId, asWorkflowId, type Criteria, type Expectation, type Project } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { contact, START_MS } from '../sim/fixtures.ts';
import { CONTACTS, L, P0, smallProject, STAGGERED_STEPS } from './fixture.ts';

/**
 * An expectation's day is a day number as the rest of the app reads it: day 1 is the start date
 * (5 Jan), and the figures are those at the end of day D, its last minute, as on the timeline and
 * in the study tables. Expected values worked out by hand from the fixtures' minutes.
 */

const WF = asWorkflowId('wf');

function check(x: Expectation, project: Project, contacts = CONTACTS): Outcome {
  return checkRun(project, [x], contacts, simulate(project, contacts))[0]!;
}

describe('share-in-list on a day number', () => {
  // The student joins L at 6 Jan 12:00 (day 2), the prospect at 7 Jan 00:00 (the start of day 3).
  const project = smallProject(STAGGERED_STEPS);
  const share = (day: number, percent = 100): Expectation => ({ id: 's', kind: 'share-in-list', workflow: WF, list: L, day, bound: 'at-least', percent });

  it('reads enrollment and membership at the end of day D: 0 % on day 1, 50 % on day 2 (the student since noon), 100 % on day 3', () => {
    expect([1, 2, 3].map((day) => check(share(day), project).measured.value)).toEqual([0, 50, 100]);
  });

  it('names who is missing on day 2 with that day’s calendar date, 6 Jan', () => {
    const o = check(share(2), project);
    expect(o.state).toBe('fails');
    expect(o.measured.offenders.map((f) => [f.id, f.why.fr, f.why.en])).toEqual([['c1', 'pas dans le segment le 6 janv.', 'not in the segment on 6 Jan']]);
    // Its journey opens at the last minute of day 2: 6 Jan 23:59, minute 2 × 1,440 − 1.
    expect(o.measured.offenders[0]!.minute).toBe(2879);
  });

  it('says it in words as the end of day D, French and English', () => {
    const x = { ...share(30), percent: 20 };
    expect(describeExpectation(x, project, 'fr')).toBe('À la fin du jour 30, au moins 20\u00a0% des inscrits de «\u00a0Qualify\u00a0» sont dans le segment «\u00a0L\u00a0»');
    expect(describeExpectation(x, project, 'en')).toBe('At the end of day 30, at least 20% of those enrolled in “Qualify” are in the segment “L”');
  });
});

describe('list-exactly on a day number, with a time filter flipping mid-day', () => {
  /**
   * Enrolls contacts inactive for more than 730 days, waits 12 hours, adds them to L. A is past the
   * boundary at the start: enrolled at minute 0, in L at 720 (5 Jan 12:00). B crosses it at 12:00
   * on 5 Jan and C at 12:00 on 6 Jan: the simulator re-checks time filters at midnights, so B is
   * enrolled at 1,440 (6 Jan 00:00) and in L at 2,160; C enrolled at 2,880 and in L at 3,600.
   */
  const DAY_MS = 86_400_000;
  const HOUR_MS = 3_600_000;
  const inactive = (days: number): Criteria => ({ groups: [{ filters: [{ kind: 'property', property: 'lastactivitydate', type: 'date', operation: { op: 'more-than-days-ago', days } }] }] });
  const project = smallProject(
    [
      { id: asStepId('s-wait'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 12, unit: 'hours' } }, next: asStepId('s-list') },
      { id: asStepId('s-list'), kind: 'add-to-list', list: L, next: null },
    ],
    inactive(730),
  );
  const contacts = [
    contact('a', { firstname: 'A', lastactivitydate: START_MS - 730 * DAY_MS - HOUR_MS }, [], P0),
    contact('b', { firstname: 'B', lastactivitydate: START_MS - 730 * DAY_MS + 12 * HOUR_MS }, [], P0),
    contact('c', { firstname: 'C', lastactivitydate: START_MS - 730 * DAY_MS + 36 * HOUR_MS }, [], P0),
  ];
  const exactly = (day: number, who = inactive(730)): Expectation => ({ id: 'le', kind: 'list-exactly', list: L, who, day });

  it('(precondition) the run enrolled A, B and C at minutes 0, 1,440 and 2,880', () => {
    expect(Array.from(simulate(project, contacts).enrollments.enrolledAt)).toEqual([0, 1440, 2880]);
  });

  it('holds on days 1, 2 and 3: the segment at the end of the day, the criteria at the midnight starting it', () => {
    // Day 1: L = {A} at 23:59; at 00:00 only A is past 730 days. Day 2: L = {A, B}; at 6 Jan
    // 00:00, A and B. Day 3: L = {A, B, C}; at 7 Jan 00:00, all three. Read at 23:59 instead, C
    // would match on day 2 (since 12:00) while the simulator only acts on it at the next midnight.
    expect([1, 2, 3].map((day) => check(exactly(day), project, contacts).measured.offenders.map((f) => f.id))).toEqual([[], [], []]);
  });

  it('fails on day 2 when the criteria say 729 days: C matches from that midnight, joins only on day 3; the reason gives day 2’s date', () => {
    // At 6 Jan 00:00 C's last activity is 730 days − 12 hours old: past 729 days. C is in L from 7 Jan 12:00.
    const o = check(exactly(2, inactive(729)), project, contacts);
    expect(o.state).toBe('fails');
    expect(o.measured.offenders.map((f) => [f.id, f.why.fr, f.why.en, f.minute])).toEqual([['c', 'répond aux critères le 6 janv. mais n’est pas dans le segment', 'meets the criteria on 6 Jan but is not in the segment', 2879]]);
  });

  it('says it in words as the end of day D', () => {
    expect(describeExpectation(exactly(30), project, 'en')).toMatch(/^At the end of day 30, the segment “L” holds exactly the contacts \(/);
    expect(describeExpectation(exactly(30), project, 'fr')).toMatch(/^À la fin du jour 30, le segment «\u00a0L\u00a0» contient exactement les contacts \(/);
  });
});

describe('a day past the run', () => {
  // The fixture's run lasts 10 days, 5 to 14 Jan: day 10 ends at its last minute, day 11 is past it.
  const project = smallProject();
  const past = {
    fr: 'le jour 11 est après la fin de la simulation (10 jours, dernier jour le 14 janv.)\u00a0: choisissez un jour de 1 à 10 ou allongez la simulation.',
    en: 'day 11 is after the end of the run (10 days, last day 14 Jan): pick a day from 1 to 10 or make the run longer.',
  };

  it('share-in-list: day 10 is measured (both in L since day 3); day 11 fails saying so, not measured at the run’s end', () => {
    const share = (day: number): Expectation => ({ id: 's', kind: 'share-in-list', workflow: WF, list: L, day, bound: 'at-least', percent: 100 });
    expect(check(share(10), project)).toMatchObject({ state: 'holds', measured: { value: 100 } });
    const o = check(share(11), project);
    expect(o.state).toBe('fails');
    expect(o.measured.broken).toEqual(past);
    expect(o.measured.offenders).toEqual([]);
  });

  it('list-exactly: the same', () => {
    const o = check({ id: 'le', kind: 'list-exactly', list: L, who: smallProject().workflows[0]!.enrollment.triggers, day: 11 }, project);
    expect(o.state).toBe('fails');
    expect(o.measured.broken).toEqual(past);
  });
});
