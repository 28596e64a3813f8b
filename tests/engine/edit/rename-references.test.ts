import { describe, expect, it } from 'vitest';
import { renameInWorkflow, type Renames } from '../../../engine/edit/index.ts';
import type { Workflow } from '../../../engine/model/index.ts';
import { workflowReferences } from '../../../engine/schema/references.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';

/**
 * renameInWorkflow against the loader's own reference walker (schema/references.ts, written apart:
 * it lists where a workflow names a list, an email, an asset or another workflow, as JSON paths):
 * renaming every id must change exactly the values at those paths, and the workflow's own id.
 */

/** Sets `value` at a path like `steps[3].branches[0].criteria.groups[1].filters[0].list` in a JSON copy. */
function setAt(root: unknown, path: string, value: string): void {
  const keys = path.replace(/^\$?\.?/, '').split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

const everyId = (suffix: string): Renames => {
  const map = new Proxy(new Map<string, string>(), { get: (target, key) => (key === 'get' ? (id: string) => `${id}${suffix}` : Reflect.get(target, key)) });
  return { lists: map, emails: map, assets: map, workflows: map, properties: new Map() };
};

describe('renaming what a workflow names outside itself', () => {
  for (const id of TEMPLATE_IDS) {
    it(`renames exactly the references the loader reads, in the ${id} template`, () => {
      for (const workflow of buildTemplate(id, 'en').workflows) {
        const expected = JSON.parse(JSON.stringify(workflow)) as Workflow;
        const refs = workflowReferences(workflow, '');
        for (const ref of refs) setAt(expected, ref.path, `${ref.id}-x`);
        setAt(expected, 'id', `${workflow.id}-x`);
        expect(renameInWorkflow(workflow, everyId('-x'))).toEqual(expected);
      }
    });
  }
});
