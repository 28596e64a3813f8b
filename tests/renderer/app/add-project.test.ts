import { describe, expect, it } from 'vitest';
import { asProjectId, emptyProject, type Project } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { addProjectInto } from '../../../renderer/stores/add-project.ts';

/** The engine's loader checks every reference (emails, lists, workflows): the problems it finds. */
const problems = (p: Project) => {
  const result = loadProject(saveProject(p));
  return result.ok ? [] : result.errors;
};

const empty = (): Project => ({ ...emptyProject(asProjectId('p-article'), 'Article'), workflows: [] });

describe('adding a template into the open project', () => {
  it('gathers the article’s three examples in one project, unchanged', () => {
    const parts = (['nurturing', 'lifecycle', 'cleanup'] as const).map((id) => buildTemplate(id, 'fr'));
    const merged = parts.reduce((project, part) => addProjectInto(project, part).project, empty());
    // The three templates use distinct ids (engine/templates): nothing needs renaming.
    expect(merged.workflows).toEqual(parts.flatMap((p) => p.workflows));
    expect(merged.emails).toEqual(parts.flatMap((p) => p.emails));
    expect(merged.lists).toEqual(parts.flatMap((p) => p.lists));
    expect(merged.assets).toEqual(parts.flatMap((p) => p.assets));
    expect(merged.scoreRules).toEqual(parts.flatMap((p) => p.scoreRules));
    expect(merged).toMatchObject({ id: 'p-article', name: 'Article' });
    expect(problems(merged)).toEqual([]);
  });

  it('adds the same template twice as a second copy whose references follow the new workflow id', () => {
    const nurturing = buildTemplate('nurturing', 'en');
    const once = addProjectInto(empty(), nurturing).project;
    const { project: twice, workflowIds } = addProjectInto(once, nurturing);
    expect(twice.workflows).toHaveLength(2);
    // The workflow id is taken: the copy gets the first free `workflow-N`.
    expect(workflowIds).toEqual(['workflow-1']);
    expect(twice.workflows[1]).toEqual({ ...nurturing.workflows[0], id: 'workflow-1' });
    // Same emails, lists and assets: shared, not duplicated.
    expect(twice.emails).toEqual(once.emails);
    expect(twice.lists).toEqual(once.lists);
    expect(problems(twice)).toEqual([]);
  });

  it('renames a resource whose id is taken by something different, and the added steps point to the copy', () => {
    const nurturing = buildTemplate('nurturing', 'en');
    const clash = nurturing.emails[0]!;
    const target: Project = { ...empty(), emails: [{ ...clash, name: 'Mine, not the template’s' }] };
    const { project } = addProjectInto(target, nurturing);
    expect(project.emails[0]).toEqual(target.emails[0]);
    const copy = project.emails.find((e) => e.name === clash.name)!;
    expect(copy.id).toBe('email-1');
    const text = JSON.stringify(project.workflows[0]);
    expect(text).toContain('"email-1"');
    expect(text).not.toContain(`"${clash.id}"`);
    expect(problems(project)).toEqual([]);
  });
});
