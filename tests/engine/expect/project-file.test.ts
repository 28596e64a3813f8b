import { describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { CONTACTS, smallProject, students } from './fixture.ts';

const withTests: Project = {
  ...smallProject(),
  tests: {
    expectations: [{ id: 'no-student-mql', kind: 'never-stage', who: students, stage: 'marketingqualifiedlead' }],
    population: { kind: 'contacts', contacts: CONTACTS },
  },
};

describe('the tests section of a project file', () => {
  it('round-trips', () => {
    const loaded = loadProject(saveProject(withTests));
    expect(loaded.ok && loaded.project.tests).toEqual(withTests.tests);
  });

  it('is optional: a file without it loads, with no tests', () => {
    const loaded = loadProject(saveProject(smallProject()));
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.project.tests).toBeUndefined();
  });

  it('refuses a bad expectation, naming its path', () => {
    const text = saveProject(withTests).replace('"never-stage"', '"never-stages"');
    const loaded = loadProject(text);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.path).join(' ')).toContain('tests.expectations[0]');
  });

  it('refuses a percentage above 100', () => {
    const bad = { ...withTests, tests: { ...withTests.tests!, expectations: [{ id: 's', kind: 'share-in-list', workflow: 'wf', list: 'list-l', day: 1, bound: 'at-least', percent: 120 }] } };
    const loaded = loadProject(JSON.stringify(JSON.parse(saveProject(bad as unknown as Project))));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.path).join(' ')).toContain('tests.expectations[0].percent');
  });
});
