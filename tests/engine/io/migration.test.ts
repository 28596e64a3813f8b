import { describe, expect, it } from 'vitest';
import { FILE_VERSION, MIGRATIONS, loadProject, saveProject } from '../../../engine/io/index.ts';
import { richProject } from './fixtures/rich-project.ts';
import { asJson, errorsOf } from './helpers.ts';

/** Rewrites a current file into the pre-release version 0 shape. */
function asVersion0(text: string): Record<string, unknown> {
  const file = asJson(text);
  const workflows = file.project.workflows.map(({ start, enabled: _enabled, timeZone: _zone, ...rest }) => ({ ...rest, firstStep: start }));
  return { ...file, version: 0, project: { ...file.project, workflows } };
}

describe('migration from version 0', () => {
  it('has one migration for every version below the current one', () => {
    for (let v = 0; v < FILE_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('renames firstStep to start, turns workflows on and gives them the simulation time zone', () => {
    const v0 = asVersion0(saveProject(richProject()));
    const result = loadProject(JSON.stringify(v0));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(0);
    const expected = richProject().workflows.map((w) => ({ ...w, enabled: true, timeZone: 'Europe/Paris' }));
    expect(result.project.workflows).toEqual(expected);
    expect(result.project.workflows.map((w) => w.start)).toEqual(['send-1', 'invite-wait', 'before']);
  });

  it('saves a migrated project in the current version', () => {
    const result = loadProject(JSON.stringify(asVersion0(saveProject(richProject()))));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const resaved = asJson(saveProject(result.project));
    expect(resaved.version).toBe(FILE_VERSION);
    expect(resaved.project.workflows[0]).not.toHaveProperty('firstStep');
  });

  it('does not report migratedFrom for a current file', () => {
    const result = loadProject(saveProject(richProject()));
    expect(result.ok).toBe(true);
    expect(result).not.toHaveProperty('migratedFrom');
  });

  it('still validates after migrating: a v0 edge to a missing step is reported at the new path', () => {
    const v0 = asVersion0(saveProject(richProject())) as { project: { workflows: Record<string, unknown>[] } };
    v0.project.workflows[2]!.firstStep = 'missing';
    const errors = errorsOf(loadProject(JSON.stringify(v0)));
    expect(errors.map((e) => e.path)).toEqual(['project.workflows[2].start']);
  });

  it('survives a v0 file whose workflows are not objects, reporting them instead of throwing', () => {
    const errors = errorsOf(loadProject(JSON.stringify({ ...asVersion0(saveProject(richProject())), project: { workflows: [3] } })));
    expect(errors.some((e) => e.path === 'project.workflows[0]')).toBe(true);
  });
});

describe('a version 0 file without app', () => {
  it('loads, since pre-release files did not always name the app', () => {
    const { app: _app, ...v0 } = asVersion0(saveProject(richProject()));
    const result = loadProject(JSON.stringify(v0));
    expect(result.ok && result.migratedFrom).toBe(0);
  });
});
