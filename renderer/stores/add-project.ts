import { renameInExpectation, renameInScoreModel, renameInScoreRule, renameInWorkflow, type Renames } from '../../engine/edit/index.ts';
import { freshId, type Expectation, type Project, type ProjectTests } from '../../engine/model/index.ts';

type Remap = Map<string, string>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges one kind of resource: an item already in the target with the same content is shared, an
 * id taken by something different gets a fresh id (recorded in `remap`, the renames of this kind
 * only), the rest is appended.
 */
function mergeById<T extends { readonly id: string }>(target: readonly T[], source: readonly T[], prefix: string, remap: Remap, alwaysCopy = false): T[] {
  const taken = new Set<string>([...target.map((x) => x.id), ...source.map((x) => x.id)]);
  const added: T[] = [];
  for (const item of source) {
    const existing = target.find((x) => x.id === item.id);
    if (!existing) {
      added.push(item);
    } else if (alwaysCopy || !same(existing, item)) {
      const id = freshId(`${prefix}`, taken);
      taken.add(id);
      remap.set(item.id, id);
      added.push({ ...item, id });
    }
  }
  return added;
}

/**
 * What became of the added project's lead scoring: its score model taken (the open project scored
 * nobody), left out because the open project scores with its own (a second model would replace
 * it: a project runs one), or none to add.
 */
export type AddedScoring = 'added' | 'kept-own' | 'none';

export interface AddedProject {
  readonly project: Project;
  readonly workflowIds: string[];
  readonly scoring: AddedScoring;
  /** Expectations of the added project now in the open one, and those left out (they name a persona the open project does not have). */
  readonly expectations: { readonly added: number; readonly leftOut: number };
}

/**
 * Adds a template (or any project) INTO the open project: its workflows become new workflows, its
 * emails, assets, lists, custom properties, score rules and expectations come along, and its score
 * model when the open project has no scoring of its own. Nothing of the open project is changed or
 * replaced; ids that collide with something different are renamed, and every reference inside what
 * is added follows, kind by kind (engine/edit rename-references: a list id is renamed where a list
 * is named, never in a name or a filter's value). The target keeps its own name, personas,
 * simulation settings, contacts and test population. Pure: returns a new project.
 */
export function addProjectInto(target: Project, source: Project): AddedProject {
  const renames = { lists: new Map<string, string>(), emails: new Map<string, string>(), assets: new Map<string, string>(), workflows: new Map<string, string>(), properties: new Map<string, string>() } satisfies Renames;
  const emails = mergeById(target.emails, source.emails, 'email', renames.emails);
  const assets = mergeById(target.assets, source.assets, 'asset', renames.assets);
  const lists = mergeById(target.lists, source.lists, 'list', renames.lists);
  const scoreRules = mergeById(target.scoreRules, source.scoreRules, 'score', new Map());
  const workflows = mergeById(target.workflows, source.workflows, 'workflow', renames.workflows, true);
  const takenNames = new Set(target.properties.map((p) => p.name));
  const properties = source.properties.flatMap((p) => {
    const existing = target.properties.find((x) => x.name === p.name);
    if (existing && existing.type === p.type) return [];
    if (!existing) return [p];
    let n = 2;
    while (takenNames.has(`${p.name}_${n}`)) n++;
    const name = `${p.name}_${n}`;
    takenNames.add(name);
    renames.properties.set(p.name, name);
    return [{ ...p, name }];
  });
  const addedWorkflows = workflows.map((w) => renameInWorkflow(w, renames));
  const scoresAlready = target.scoreModel !== undefined || target.scoreRules.length > 0;
  const scoring: AddedScoring = source.scoreModel === undefined ? 'none' : scoresAlready ? 'kept-own' : 'added';
  const scoreModel = scoring === 'added' && source.scoreModel ? renameInScoreModel(source.scoreModel, renames) : target.scoreModel;
  const { tests, added, leftOut } = addedTests(target, source, renames);
  return {
    project: {
      ...target,
      workflows: [...target.workflows, ...addedWorkflows],
      emails: [...target.emails, ...emails],
      assets: [...target.assets, ...assets],
      lists: [...target.lists, ...lists],
      properties: [...target.properties, ...properties],
      scoreRules: [...target.scoreRules, ...scoreRules.map((r) => renameInScoreRule(r, renames))],
      ...(scoreModel ? { scoreModel } : {}),
      ...(tests ? { tests } : {}),
    },
    workflowIds: addedWorkflows.map((w) => w.id),
    scoring,
    expectations: { added, leftOut },
  };
}

/**
 * The source's expectations, renamed, after the target's (ids made unique). One naming a persona
 * the target does not have is left out: personas stay the target's. A target without tests takes
 * the source's test population too.
 */
function addedTests(target: Project, source: Project, renames: Renames): { tests: ProjectTests | undefined; added: number; leftOut: number } {
  const theirs = source.tests?.expectations ?? [];
  const personas = new Set<string>(target.personas.map((p) => p.id));
  const fits = (x: Expectation) => x.kind !== 'reaches-within' || x.persona === null || personas.has(x.persona);
  const kept = theirs.filter(fits);
  if (kept.length === 0 || !source.tests) return { tests: target.tests, added: 0, leftOut: theirs.length };
  const mine = target.tests?.expectations ?? [];
  const taken = new Set(mine.map((x) => x.id));
  const added = kept.map((x) => {
    const id = taken.has(x.id) ? freshId('expectation', taken) : x.id;
    taken.add(id);
    return { ...renameInExpectation(x, renames), id };
  });
  const tests: ProjectTests = target.tests ? { ...target.tests, expectations: [...mine, ...added] } : { ...source.tests, expectations: added };
  return { tests, added: added.length, leftOut: theirs.length - kept.length };
}
