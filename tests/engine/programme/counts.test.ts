import { describe, expect, it } from 'vitest';
import {
  asBranchId,
  asContactId,
  asListId,
  asWorkflowId,
  intervalOf,
  programmeCounts,
  programmeMap,
  simulate,
  withCounts,
  withIntervals,
  type Contact,
  type Filter,
  type Step,
} from '../../../engine/index.ts';
import { replicationFrame, studyShape } from '../../../engine/study/index.ts';
import { project, sid, triggered, when } from './fixtures.ts';

const seedIs = (value: string): Filter => ({ kind: 'property', property: 'seed', type: 'string', operation: { op: 'eq', value } });
const planPro: Filter = { kind: 'property', property: 'plan', type: 'string', operation: { op: 'eq', value: 'pro' } };
const oneDay = (id: string, next: string): Step => ({ id: sid(id), kind: 'delay', delay: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, next: sid(next) });

function contact(id: string, seed: string): Contact {
  return { id: asContactId(id), properties: { email: `${id}@example.com`, seed }, lists: [], events: [], persona: null };
}

/**
 * "a" runs for the 4 contacts seeded "yes": after a day it sets plan = pro, adds them to list A
 * and enrolls them in "c". "f" does the same plan change for the 2 seeded "other". So, by hand:
 * "b" (trigger plan = pro) enrolls 6, 4 of them after a's write and 2 after f's; "d" (trigger in
 * list A) enrolls a's 4; "c" gets a's 4 by its enroll step; "e" (the 4 "yes", goal plan = pro,
 * waiting 2 days) converts a's 4 after a day; "g" (the 4 "yes", branch on plan = pro after 2 days)
 * decides for a's 4. The 2 seeded "no" go nowhere.
 */
function programme() {
  return project(
    [
      triggered('a', when(seedIs('yes')), [
        oneDay('a0', 'a1'),
        { id: sid('a1'), kind: 'set-property', property: 'plan', value: 'pro', next: sid('a2') },
        { id: sid('a2'), kind: 'add-to-list', list: asListId('list-a'), next: sid('a3') },
        { id: sid('a3'), kind: 'enroll-in-workflow', workflow: asWorkflowId('c'), next: null },
      ]),
      triggered('f', when(seedIs('other')), [oneDay('f0', 'f1'), { id: sid('f1'), kind: 'set-property', property: 'plan', value: 'pro', next: null }]),
      triggered('b', when(planPro)),
      triggered('c', { groups: [] }, [{ id: sid('c1'), kind: 'create-task', taskTitle: 'Call', next: null }]),
      triggered('d', when({ kind: 'list', list: asListId('list-a'), op: 'in' })),
      triggered('e', when(seedIs('yes')), [{ id: sid('e1'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: null }], {
        goal: when(planPro),
      }),
      triggered('g', when(seedIs('yes')), [
        { id: sid('g0'), kind: 'delay', delay: { mode: 'duration', duration: { amount: 2, unit: 'days' } }, next: sid('g1') },
        { id: sid('g1'), kind: 'branch-if', branches: [{ id: asBranchId('pro'), name: 'Pro', criteria: when(planPro), next: null }], defaultName: 'No', defaultNext: null },
      ]),
    ],
    { properties: [{ name: 'plan', type: 'string', label: { fr: 'Offre', en: 'Plan' } }, { name: 'seed', type: 'string', label: { fr: 'Graine', en: 'Seed' } }] },
  );
}

const contacts = [...['y1', 'y2', 'y3', 'y4'].map((id) => contact(id, 'yes')), contact('o1', 'other'), contact('o2', 'other'), contact('n1', 'no'), contact('n2', 'no')];

describe('programme counts after a run', () => {
  it('counts the contacts each link carried, by the place the target reads it', () => {
    const p = programme();
    const map = programmeMap(p);
    const result = simulate(p, contacts, { horizonDays: 5 });
    const counts = programmeCounts(p, map, result);
    expect(Object.fromEntries(map.edges.map((e) => [`${e.from}>${e.to} ${e.kind} @${e.place}`, counts.get(e.key)]))).toEqual({
      'a>b property @trigger': 4,
      'a>e property @goal': 4,
      'a>g property @branch': 4,
      'a>c enroll @enroll': 4,
      'a>d list @trigger': 4,
      'f>b property @trigger': 2,
      'f>e property @goal': 0,
      'f>g property @branch': 0,
    });
    const counted = withCounts(map, counts, result);
    expect(counted.nodes.find((n) => n.workflow === 'b')?.enrolled).toBe(6);
    expect(counted.edges.every((e) => e.count === counts.get(e.key))).toBe(true);
  });

  it('a study counts the same links day by day, with no log kept', () => {
    // By hand, from the run above: a's and f's writes come after a day (day 1, minutes 1440 to
    // 2879), which enrolls b, d and c and meets e's goal then; g's branch is decided after 2 days (day 2).
    const p = programme();
    const options = { replications: 1, horizonDays: 5 };
    const layout = studyShape(p, options);
    const frame = replicationFrame(p, contacts, options, 0, layout);
    const C = layout.cells.length;
    const byDay = (d: number) =>
      Object.fromEntries(
        layout.programme!.map.edges.map((e, k) => [`${e.from}>${e.to} ${e.kind} @${e.place}`, frame[d * C + layout.programmeCell + k]]),
      );
    const none = { 'a>b property @trigger': 0, 'a>e property @goal': 0, 'a>g property @branch': 0, 'a>c enroll @enroll': 0, 'a>d list @trigger': 0, 'f>b property @trigger': 0, 'f>e property @goal': 0, 'f>g property @branch': 0 };
    const dayOne = { ...none, 'a>b property @trigger': 4, 'a>e property @goal': 4, 'a>c enroll @enroll': 4, 'a>d list @trigger': 4, 'f>b property @trigger': 2 };
    expect(byDay(0)).toEqual(none);
    expect(byDay(1)).toEqual(dayOne);
    for (const d of [2, 3, 4]) expect(byDay(d)).toEqual({ ...dayOne, 'a>g property @branch': 4 });
    expect(layout.cells.slice(layout.programmeCell).map((c) => c.subject)).toEqual(programmeMap(p).edges.map((e) => e.key));
  });

  it('the interval over replications is the mean and the study’s 90 % interval (order statistics)', () => {
    // 40 values 1..40: mean 20.5; k = floor(0.05 * 41) = 2: the 2nd smallest (2) and the 2nd largest (39).
    expect(intervalOf(Array.from({ length: 40 }, (_, i) => 40 - i))).toEqual({ mean: 20.5, low: 2, high: 39 });
    // Few runs: the smallest and the largest.
    expect(intervalOf([3, 5, 4])).toEqual({ mean: 4, low: 3, high: 5 });
    const map = programmeMap(programme());
    const key = map.edges[0]!.key;
    const withRange = withIntervals(map, [new Map([[key, 2]]), new Map([[key, 6]])]);
    expect(withRange.edges[0]!.interval).toEqual({ mean: 4, low: 2, high: 6 });
    // A link the runs did not count (added since they ran) has no interval: "0 (0–0)" would read as measured.
    expect(withRange.edges[1]!.interval).toBeUndefined();
    const counted = withIntervals(map, [new Map([[key, 2]]), new Map([[key, 6]])], [new Map([['a', 5]]), new Map([['a', 7]])]);
    expect(counted.nodes.find((n) => n.workflow === 'a')!.enrolledInterval).toEqual({ mean: 6, low: 5, high: 7 });
    expect(counted.nodes.find((n) => n.workflow === 'b')!.enrolledInterval).toBeUndefined();
  });
});
