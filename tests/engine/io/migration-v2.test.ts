import { describe, expect, it } from 'vitest';
import { checkRun } from '../../../engine/expect/index.ts';
import { FILE_VERSION, loadProject, saveProject } from '../../../engine/io/index.ts';
import { asWorkflowId, type Expectation, type Project } from '../../../engine/model/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { CONTACTS, L, prospectsAndStudents, smallProject } from '../expect/fixture.ts';
import { asJson } from './helpers.ts';

/**
 * Version 2 counted an expectation's day from 0 (0 = the start date); version 3 writes day numbers
 * (day 1 = the start date), the app's one convention. An old file opens with the same meaning.
 *
 * The fixture's run (tests/engine/expect/fixture.ts), 30 days from 5 Jan: the prospect and the
 * student are enrolled at minute 0 and join L at minute 2,880 (7 Jan 00:00).
 */

const WF = asWorkflowId('wf');
const share = (id: string, day: number): Expectation => ({ id, kind: 'share-in-list', workflow: WF, list: L, day, bound: 'at-least', percent: 100 });
const exactly = (id: string, day: number): Expectation => ({ id, kind: 'list-exactly', list: L, who: prospectsAndStudents, day });

const project: Project = { ...smallProject(), simulation: { ...smallProject().simulation, horizonDays: 30 } };

/** The project as a version 2 file with these days, as that version wrote it (0 = the start date). */
function version2(expectations: readonly Expectation[]): string {
  const file = asJson(saveProject({ ...project, tests: { expectations, population: { kind: 'contacts', contacts: CONTACTS } } }));
  return JSON.stringify({ ...file, version: 2 });
}

function opened(text: string): Project {
  const result = loadProject(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.migratedFrom).toBe(2);
  return result.project;
}

describe('opening a version 2 file: expectation days become day numbers', () => {
  it('writes version 3', () => expect(FILE_VERSION).toBe(3));

  it('turns day 0 into day 1 and day 29 into day 30, for both kinds; other expectations are untouched', () => {
    const never: Expectation = { id: 'n', kind: 'never-stage', who: prospectsAndStudents, stage: 'customer' };
    const loaded = opened(version2([share('s0', 0), share('s29', 29), exactly('e0', 0), never]));
    expect(loaded.tests!.expectations).toEqual([share('s0', 1), share('s29', 30), exactly('e0', 1), never]);
  });

  it('share-in-list measures what version 2 measured', () => {
    // Version 2 read day d at the last minute of day index d: d = 0 at 5 Jan 23:59, 1 at 6 Jan
    // 23:59, 2 at 7 Jan 23:59, 29 at the run's end. L is joined at 7 Jan 00:00: 0, 0, 100, 100 %.
    const loaded = opened(version2([0, 1, 2, 29].map((d) => share(`s${d}`, d))));
    const outcomes = checkRun(loaded, loaded.tests!.expectations, CONTACTS, simulate(loaded, CONTACTS));
    expect(outcomes.map((o) => ['day' in o.expectation ? o.expectation.day : null, o.measured.value])).toEqual([
      [1, 0],
      [2, 0],
      [3, 100],
      [30, 100],
    ]);
  });

  it('list-exactly keeps the midnight its criteria are read at; the segment is read at the end of that day', () => {
    // Version 2's day 2 read both at 7 Jan 00:00 (the prospect and the student had just joined):
    // it held. Now day 3: the criteria at 7 Jan 00:00, the segment at 7 Jan 23:59: it holds.
    const loaded = opened(version2([exactly('e2', 2)]));
    expect(loaded.tests!.expectations[0]).toEqual(exactly('e2', 3));
    expect(checkRun(loaded, loaded.tests!.expectations, CONTACTS, simulate(loaded, CONTACTS))[0]!.state).toBe('holds');
  });

  it('a day at or past the horizon, which version 2 read at the run’s last minute, becomes the run’s last day', () => {
    // Version 2's days 30 and 45 of a 30-day run were read, silently, at 3 Feb 23:59: the end of day 30.
    const loaded = opened(version2([share('s30', 30), exactly('e45', 45)]));
    expect(loaded.tests!.expectations).toEqual([share('s30', 30), exactly('e45', 30)]);
  });

  it('saves what it opened as version 3, with the new days', () => {
    const resaved = asJson(saveProject(opened(version2([share('s0', 0)])))) as unknown as { version: number; project: { tests: { expectations: Expectation[] } } };
    expect(resaved.version).toBe(3);
    expect(resaved.project.tests.expectations[0]).toEqual(share('s0', 1));
  });

  it('refuses a version 3 file with day 0: days start at 1, naming the field', () => {
    const file = asJson(saveProject({ ...project, tests: { expectations: [share('s', 1)], population: { kind: 'contacts', contacts: CONTACTS } } }));
    const text = JSON.stringify(file).replace('"day":1', '"day":0');
    const result = loadProject(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['project.tests.expectations[0].day']);
  });
});
