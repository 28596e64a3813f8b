import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveProject } from '../../../engine/io/index.ts';
import { asWorkflowId, type Expectation, type Project } from '../../../engine/model/index.ts';
import { initialProject } from '../../../renderer/bootstrap.ts';
import { openDb } from '../../../renderer/persistence/db.ts';
import { dexieLibrary } from '../../../renderer/persistence/library.ts';
import { CONTACTS, L, prospectsAndStudents, smallProject } from '../../engine/expect/fixture.ts';

/**
 * Projects autosaved in IndexedDB before expectation days became day numbers (file version 3):
 * a stored row is the file's text, envelope and version included, so it opens through the
 * loader's migration like a file: day 0 (the start date, as version 2 counted) reads as day 1,
 * nothing saved before reads a day off, and once saved again the row is version 3, not migrated twice.
 */

let dbCount = 0;
const WF = asWorkflowId('wf');
const share: Expectation = { id: 's', kind: 'share-in-list', workflow: WF, list: L, day: 0, bound: 'at-least', percent: 50 };
const exactly: Expectation = { id: 'e', kind: 'list-exactly', list: L, who: prospectsAndStudents, day: 6 };
const project: Project = { ...smallProject(), tests: { expectations: [share, exactly], population: { kind: 'contacts', contacts: CONTACTS } } };

/** The row the app wrote before version 3: the project file as version 2, days counted from 0. */
function version2Row(): { id: string; name: string; json: string; savedAt: number } {
  const file = JSON.parse(saveProject(project, { includeContacts: true })) as Record<string, unknown>;
  return { id: project.id, name: project.name, json: JSON.stringify({ ...file, version: 2 }), savedAt: 1 };
}

const days = (p: Project | null) => p?.tests?.expectations.map((x) => ('day' in x ? x.day : null));

describe('a project autosaved before day numbers', () => {
  it('reopens at start with day 0 read as day 1 and day 6 as day 7', async () => {
    const db = openDb(`flowbench-stored-days-${++dbCount}`);
    await db.projects.put(version2Row());
    await db.meta.put({ key: 'lastProjectId', value: project.id });
    const library = dexieLibrary(db);
    expect(days(await library.read(project.id))).toEqual([1, 7]);
    const start = await initialProject(library, 'en', 'New', '');
    expect(start.restored).toBe(true);
    expect(days(start.project)).toEqual([1, 7]);
  });

  it('once saved again, is stored as version 3 and reads the same days (not moved a second time)', async () => {
    const db = openDb(`flowbench-stored-days-${++dbCount}`);
    await db.projects.put(version2Row());
    const library = dexieLibrary(db);
    await library.save((await library.read(project.id))!);
    const row = await db.projects.get(project.id);
    expect((JSON.parse(row!.json) as { version: number }).version).toBe(3);
    expect(days(await library.read(project.id))).toEqual([1, 7]);
  });
});
