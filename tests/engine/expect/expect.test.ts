import { describe, expect, it } from 'vitest';
import { checkRun, runTests, type Outcome } from '../../../engine/expect/index.ts';
import { asBranchId, asPersonaId, asStepId, asWorkflowId, type Expectation, type Step } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { CONTACTS, L, P0, P1, prospects, prospectsAndStudents, smallProject, STEPS, students, TWO_DAYS } from './fixture.ts';

const WF = asWorkflowId('wf');
const step = asStepId;

function check(x: Expectation, project = smallProject()): Outcome {
  const result = simulate(project, CONTACTS);
  return checkRun(project, [x], CONTACTS, result)[0]!;
}
const names = (o: Outcome) => o.measured.offenders.map((f) => `${f.id} ${f.name}`);

describe('never-stage', () => {
  const x: Expectation = { id: 'x', kind: 'never-stage', who: students, stage: 'marketingqualifiedlead' };

  it('fails when a student is moved to MQL, naming the student, when and by which step', () => {
    const o = check(x);
    expect(o.state).toBe('fails');
    expect(names(o)).toEqual(['c2 Bob Student']);
    const f = o.measured.offenders[0]!;
    expect(f.minute).toBe(TWO_DAYS);
    expect(f.step).toEqual({ workflow: WF, step: step('s-mql') });
    expect(f.why.en).toBe('moved to Marketing qualified lead on 7 Jan by “Qualify”');
    expect(o.measured.steps).toEqual([{ workflow: WF, step: step('s-mql') }]);
  });

  it('holds when the trigger leaves students out', () => {
    expect(check(x, smallProject(STEPS, prospects)).state).toBe('holds');
  });

  it('does not count a contact already at the stage before the run', () => {
    const already = CONTACTS.map((c) => (c.id === 'c2' ? { ...c, properties: { ...c.properties, lifecyclestage: 'marketingqualifiedlead' } } : c));
    const project = smallProject();
    const o = checkRun(project, [x], already, simulate(project, already))[0]!;
    expect(o.state).toBe('holds');
  });
});

describe('share-in-list', () => {
  const share = (day: number, bound: 'at-least' | 'at-most', percent: number): Expectation => ({ id: 's', kind: 'share-in-list', workflow: WF, list: L, day, bound, percent });
  // Days are day numbers (day 1 = 5 Jan, the start date), read at the end of the day: the two
  // enrolled contacts join L at minute 2,880, 7 Jan 00:00, the start of day 3. (Before, days counted
  // from 0 and these read "day 1" and "day 2" for the same two moments.)

  it('fails at the end of day 2 (6 Jan): the two enrolled contacts join L only at the start of day 3; those left out are named', () => {
    const o = check(share(2, 'at-least', 50));
    expect(o.state).toBe('fails');
    expect(o.measured.value).toBe(0);
    expect(names(o)).toEqual(['c1 Ada Lovelace', 'c2 Bob Student']);
  });

  it('holds at the end of day 3 (both enrolled contacts are in L: 100 %)', () => {
    const o = check(share(3, 'at-least', 100));
    expect(o.measured.value).toBe(100);
    expect(o.state).toBe('holds');
  });

  it('at most: fails naming those in the list', () => {
    const o = check(share(3, 'at-most', 50));
    expect(o.state).toBe('fails');
    expect(names(o)).toEqual(['c1 Ada Lovelace', 'c2 Bob Student']);
  });

  it('fails with a reason when nobody is enrolled', () => {
    const o = check(share(3, 'at-least', 10), smallProject(STEPS, { groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['partner'] } }] }] }));
    expect(o.state).toBe('fails');
    expect(o.measured.broken?.en).toContain('nothing to measure');
  });
});

describe('ends-in-list', () => {
  const x: Expectation = { id: 'e', kind: 'ends-in-list', workflow: WF };

  it('holds when every path adds the contact to a static list', () => {
    expect(check(x).state).toBe('holds');
  });

  it('fails without the list step: the completed contacts are lost, the open end is marked', () => {
    const noList: readonly Step[] = [STEPS[0]!, { ...STEPS[1]!, next: null } as Step];
    const o = check(x, smallProject(noList));
    expect(o.state).toBe('fails');
    expect(names(o)).toEqual(['c1 Ada Lovelace', 'c2 Bob Student']);
    expect(o.measured.steps).toEqual([{ workflow: WF, step: step('s-mql') }]);
    expect(o.measured.broken?.en).toContain('ends without a static segment');
  });

  it('fails on a path no contact took', () => {
    // A branch on a property nobody has: its "yes" path has no list, and nobody goes there.
    const branchy: readonly Step[] = [
      {
        id: step('s-branch'),
        kind: 'branch-if',
        branches: [{ id: asBranchId('b-yes'), name: 'yes', criteria: { groups: [{ filters: [{ kind: 'property', property: 'contacttype', type: 'enumeration', operation: { op: 'any-of', values: ['nobody'] } }] }] }, next: null }],
        defaultName: 'no',
        defaultNext: step('s-wait'),
      },
      ...STEPS,
    ];
    const o = check(x, smallProject(branchy));
    expect(o.measured.offenders).toEqual([]);
    expect(o.state).toBe('fails');
    expect(o.measured.steps).toEqual([{ workflow: WF, step: step('s-branch') }]);
  });
});

describe('reaches-within', () => {
  const within = (days: number, percent = 100, persona: string | null = null): Expectation => ({
    id: 'r',
    kind: 'reaches-within',
    workflow: WF,
    step: step('s-list'),
    persona: persona === null ? null : asPersonaId(persona),
    days,
    percent,
  });

  it('holds: enrolled at minute 0, both reach the list step at exactly 2 days', () => {
    const o = check(within(2));
    expect(o.measured.value).toBe(100);
    expect(o.state).toBe('holds');
  });

  it('fails within 1 day, saying when they got there', () => {
    const o = check(within(1, 50));
    expect(o.state).toBe('fails');
    expect(o.measured.value).toBe(0);
    expect(o.measured.offenders[0]!.why.en).toBe('enrolled on 5 Jan, only got there on 7 Jan');
  });

  it('counts only the persona asked for', () => {
    // c1 has persona P0, c2 P1: within 1 day only P1's contact is measured (and misses it).
    expect(check(within(2, 100, P0.id)).measured.offenders).toEqual([]);
    const o = check(within(1, 100, P1.id));
    expect(names(o)).toEqual(['c2 Bob Student']);
  });

  it('fails with a reason when no one had the time (span longer than the run)', () => {
    const o = check(within(11));
    expect(o.state).toBe('fails');
    expect(o.measured.broken?.en).toContain('at least 11 days before the run ends');
  });
});

describe('step-reached', () => {
  it('holds when at least the count entered the step, fails above it', () => {
    const reached = (count: number): Expectation => ({ id: 'sr', kind: 'step-reached', workflow: WF, step: step('s-list'), count });
    expect(check(reached(1)).state).toBe('holds');
    expect(check(reached(2)).state).toBe('holds');
    const o = check(reached(3));
    expect(o.state).toBe('fails');
    expect(o.measured.value).toBe(2);
  });

  it('fails naming a step that no longer exists', () => {
    const o = check({ id: 'sr', kind: 'step-reached', workflow: WF, step: step('gone'), count: 1 });
    expect(o.state).toBe('fails');
    expect(o.measured.broken?.fr).toBe('l’étape gone n’existe plus.');
  });
});

describe('list-exactly', () => {
  const exactly = (day: number, who = prospectsAndStudents): Expectation => ({ id: 'le', kind: 'list-exactly', list: L, who, day });
  // Day numbers, as share-in-list above: L holds the prospect and the student from 7 Jan 00:00, the
  // start of day 3. (Before, days counted from 0 and read the list at a day's first minute: these
  // were "day 2" and "day 1".)

  it('holds at day 3: L holds the prospect and the student from 7 Jan midnight', () => {
    expect(check(exactly(3)).state).toBe('holds');
  });

  it('fails at day 2: both match, neither has joined by the end of 6 Jan', () => {
    const o = check(exactly(2));
    expect(o.state).toBe('fails');
    expect(o.measured.offenders.map((f) => f.why.en)).toEqual(['meets the criteria on 6 Jan but is not in the segment', 'meets the criteria on 6 Jan but is not in the segment']);
  });

  it('fails naming the member who does not match', () => {
    const o = check(exactly(3, prospects));
    expect(names(o)).toEqual(['c2 Bob Student']);
    expect(o.measured.offenders[0]!.why).toEqual({ fr: 'dans le segment le 7 janv. sans répondre aux critères', en: 'in the segment on 7 Jan without meeting the criteria' });
  });
});

describe('runTests', () => {
  const tests = { expectations: [{ id: 'x', kind: 'never-stage', who: students, stage: 'marketingqualifiedlead' } as Expectation], population: { kind: 'contacts', contacts: CONTACTS } as const };

  it('runs the saved population; over replications, the interval of a fixed count is that count', () => {
    const run = runTests(smallProject(), tests, 3);
    expect(run).toMatchObject({ contacts: 3, replications: 3 });
    expect(run.outcomes[0]!.interval).toEqual({ mean: 1, low: 1, high: 1 });
    expect(run.outcomes[0]!.state).toBe('fails');
  });

  it('draws a seeded sample of the asked size', () => {
    const run = runTests(smallProject(), { ...tests, population: { kind: 'sample', count: 40, seed: 3 } });
    expect(run.contacts).toBe(40);
    expect(run.replications).toBe(1);
  });
});
