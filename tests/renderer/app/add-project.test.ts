import { describe, expect, it } from 'vitest';
import { asEmailId, asListId, asProjectId, emptyProject, type Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
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
    // Lifecycle scores with a model (its MQL workflow reads the score); the others have none.
    expect(merged.scoreModel).toEqual(parts[1]!.scoreModel);
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

  it('brings the lifecycle template’s score model and expectations: the added workflows run as in the template', () => {
    const lifecycle = buildTemplate('lifecycle', 'en');
    // The open project: the template's personas and settings, none of its resources, no scoring, no tests.
    const bare: Project = { ...lifecycle, workflows: [], emails: [], lists: [], assets: [], properties: [], scoreRules: [], scoreModel: undefined, tests: undefined };
    const { project, scoring, expectations } = addProjectInto(bare, lifecycle);
    expect(scoring).toBe('added');
    expect(project.scoreModel).toEqual(lifecycle.scoreModel);
    expect(project.tests).toEqual(lifecycle.tests);
    expect(expectations).toEqual({ added: 4, leftOut: 0 });
    expect(problems(project)).toEqual([]);
    // Everything the template's run reads is now in the project: the same contacts give the same
    // run, figure for figure. Without the model the MQL workflow (a score threshold) enrolls nobody.
    const contacts = generateContacts(lifecycle, 300, 3);
    const run = (p: Project) => simulate(p, contacts, { horizonDays: 60 });
    const mine = run(project);
    const theirs = run(lifecycle);
    expect(mine.workflows.map((w) => w.enrolled)).toEqual(theirs.workflows.map((w) => w.enrolled));
    expect(theirs.workflows.find((w) => w.id === 'wf-lifecycle-mql')!.enrolled).toBeGreaterThan(0);
  });

  it('leaves the open project’s own scoring alone and says the template’s was not added', () => {
    const lifecycle = buildTemplate('lifecycle', 'en');
    const mine = { ...lifecycle.scoreModel!, limit: 42 };
    const target: Project = { ...empty(), scoreModel: mine };
    const { project, scoring } = addProjectInto(target, lifecycle);
    expect(scoring).toBe('kept-own');
    expect(project.scoreModel).toEqual(mine);
    // Legacy rules score too: a model added beside them would replace them in every run.
    const legacy: Project = { ...empty(), scoreRules: [{ id: 'score-1' as never, name: 'Opened', points: 5, criteria: { groups: [] } }] };
    const added = addProjectInto(legacy, lifecycle);
    expect(added.scoring).toBe('kept-own');
    expect(added.project.scoreModel).toBeUndefined();
    expect(addProjectInto(empty(), buildTemplate('nurturing', 'en')).scoring).toBe('none');
  });

  it('renames a taken id where that kind is named only: a list of the same id, a name or a value stay', () => {
    const nurturing = buildTemplate('nurturing', 'en');
    const clash = nurturing.emails[0]!;
    // The open project's email takes the template's first email id with other content: the
    // template's email becomes email-1. The template also gets a list of that same id (a list and
    // an email may share an id) and a step and a branch value named after it.
    const sameId = asListId(clash.id);
    const source: Project = {
      ...nurturing,
      lists: [...nurturing.lists, { id: sameId, name: 'Same id, a list' }],
      workflows: nurturing.workflows.map((w) => ({
        ...w,
        name: clash.id,
        steps: w.steps.map((s) => (s.kind === 'add-to-list' ? { ...s, list: sameId } : s.kind === 'send-email' ? { ...s, title: clash.id } : s)),
      })),
    };
    const target: Project = { ...empty(), emails: [{ ...clash, name: 'Mine' }] };
    const { project } = addProjectInto(target, source);
    const added = project.workflows[0]!;
    const sends = added.steps.filter((s) => s.kind === 'send-email');
    const adds = added.steps.filter((s) => s.kind === 'add-to-list');
    // Every send of the renamed email follows it (the template's first email is sent somewhere).
    expect(sends.some((s) => s.email === asEmailId('email-1'))).toBe(true);
    expect(sends.every((s) => s.email !== clash.id)).toBe(true);
    // The list reference, the workflow's name and the steps' titles keep the text.
    expect(adds.length).toBeGreaterThan(0);
    expect(adds.every((s) => s.list === sameId)).toBe(true);
    expect(added.name).toBe(clash.id);
    expect(sends.every((s) => s.title === clash.id)).toBe(true);
    expect(problems(project)).toEqual([]);
  });

  it('renames a custom property of another type in its filters and steps, not in values', () => {
    const nurturing = buildTemplate('nurturing', 'en');
    const wf = nurturing.workflows[0]!;
    const source: Project = {
      ...nurturing,
      properties: [{ name: 'region', label: { fr: 'Région', en: 'Region' }, type: 'string' }],
      workflows: [
        {
          ...wf,
          enrollment: {
            ...wf.enrollment,
            triggers: { groups: [{ filters: [{ kind: 'property', property: 'region', type: 'string', operation: { op: 'eq', value: 'region' } }] }] },
          },
        },
      ],
    };
    const target: Project = { ...empty(), properties: [{ name: 'region', label: { fr: 'Région', en: 'Region' }, type: 'number' }] };
    const { project } = addProjectInto(target, source);
    expect(project.properties.map((p) => `${p.name}:${p.type}`)).toEqual(['region:number', 'region_2:string']);
    expect(project.workflows[0]!.enrollment.triggers).toEqual({
      groups: [{ filters: [{ kind: 'property', property: 'region_2', type: 'string', operation: { op: 'eq', value: 'region' } }] }],
    });
  });

  it('leaves out an expectation naming a persona the open project lacks, and renames an expectation id taken', () => {
    const nurturing = buildTemplate('nurturing', 'en');
    const reaches = nurturing.tests!.expectations.find((x) => x.kind === 'reaches-within')!;
    const source: Project = {
      ...nurturing,
      tests: { ...nurturing.tests!, expectations: [...nurturing.tests!.expectations, { ...reaches, id: 'x-persona', persona: 'engaged' as never }] },
    };
    const target: Project = { ...empty(), personas: [], tests: { expectations: [nurturing.tests!.expectations[0]!], population: { kind: 'sample', count: 10, seed: 9 } } };
    const { project, expectations } = addProjectInto(target, source);
    expect(expectations).toEqual({ added: 3, leftOut: 1 });
    const ids = project.tests!.expectations.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(4);
    // The open project keeps its test population.
    expect(project.tests!.population).toEqual({ kind: 'sample', count: 10, seed: 9 });
  });
});
