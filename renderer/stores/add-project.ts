import { freshId, type Project } from '../../engine/model/index.ts';

type Remap = Map<string, string>;

/** A copy of `value` where every string equal to a remapped id is replaced (ids are whole values). */
function remapDeep<T>(value: T, remap: Remap): T {
  if (remap.size === 0) return value;
  if (typeof value === 'string') return (remap.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => remapDeep(v, remap)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = remapDeep(v, remap);
  return out as T;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges one kind of resource: an item already in the target with the same content is shared, an
 * id taken by something different gets a fresh id (recorded in `remap`), the rest is appended.
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
 * Adds a template (or any project) INTO the open project: its workflows become new workflows, its
 * emails, assets, lists, custom properties and score rules come along. Nothing of the open project
 * is changed or replaced; ids that collide with something different are renamed, and every
 * reference inside the added workflows follows. The target keeps its own name, personas, simulation
 * settings and contacts. Pure: returns a new project.
 */
export function addProjectInto(target: Project, source: Project): { project: Project; workflowIds: string[] } {
  const remap: Remap = new Map();
  const emails = mergeById(target.emails, source.emails, 'email', remap);
  const assets = mergeById(target.assets, source.assets, 'asset', remap);
  const lists = mergeById(target.lists, source.lists, 'list', remap);
  const scoreRules = mergeById(target.scoreRules, source.scoreRules, 'score', remap);
  const workflows = mergeById(target.workflows, source.workflows, 'workflow', remap, true);
  const takenNames = new Set(target.properties.map((p) => p.name));
  const properties = source.properties.flatMap((p) => {
    const existing = target.properties.find((x) => x.name === p.name);
    if (existing && existing.type === p.type) return [];
    if (!existing) return [p];
    let n = 2;
    while (takenNames.has(`${p.name}_${n}`)) n++;
    const name = `${p.name}_${n}`;
    takenNames.add(name);
    remap.set(p.name, name);
    return [{ ...p, name }];
  });
  const added = {
    emails: remapDeep(emails, remap),
    assets: remapDeep(assets, remap),
    lists: remapDeep(lists, remap),
    scoreRules: remapDeep(scoreRules, remap),
    workflows: remapDeep(workflows, remap),
  };
  return {
    project: {
      ...target,
      workflows: [...target.workflows, ...added.workflows],
      emails: [...target.emails, ...added.emails],
      assets: [...target.assets, ...added.assets],
      lists: [...target.lists, ...added.lists],
      properties: [...target.properties, ...properties],
      scoreRules: [...target.scoreRules, ...added.scoreRules],
    },
    workflowIds: added.workflows.map((w) => w.id),
  };
}
