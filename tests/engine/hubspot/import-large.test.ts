import { describe, expect, it } from 'vitest';
import { addImportToProject, buildTemplate, fromHubSpotText, loadProject, saveProject } from '../../../engine/index.ts';
import { layoutWorkflow } from '../../../engine/layout/index.ts';
import { drawingProblems, expectedNodeIds } from '../layout/well-drawn.ts';
import { chainFlow, treeFlow } from './big-flow.ts';

/**
 * A HubSpot flow of 12,000 actions, read from its JSON text as the app reads a file, becomes a
 * workflow of 12,000 steps that the canvas can draw: every card and path end placed, nothing
 * overlapping. ELK took minutes on it (tree-layout.ts); the layout now comes well within the
 * test's time limit.
 */
const SIZE = 12_000;

describe.each([
  ['a chain', chainFlow],
  ['a branching tree', treeFlow],
])('a HubSpot flow of 12,000 actions in %s', (_shape, make) => {
  const project = buildTemplate('nurturing', 'en');
  const flow = make(SIZE);

  it('imports as one workflow of as many steps, which the project saves and opens again', () => {
    const r = fromHubSpotText(JSON.stringify(flow), { project });
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    expect(r.workflows).toHaveLength(1);
    expect(r.workflows[0]!.steps).toHaveLength(SIZE);
    const loaded = loadProject(saveProject(addImportToProject(project, r)));
    expect(loaded.ok).toBe(true);
  });

  it('is laid out, every card and path end placed, nothing overlapping, every edge on its cards', async () => {
    const r = fromHubSpotText(JSON.stringify(flow), { project });
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    const workflow = r.workflows[0]!;
    const layout = await layoutWorkflow(workflow);
    expect(layout.simplified).toBe(true);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(expectedNodeIds(workflow));
    expect(drawingProblems(layout)).toEqual([]);
  });
});

describe('the big flows themselves', () => {
  it('are valid v4 flows of the size asked: ids 1..n, each action but the first reached once', () => {
    for (const flow of [chainFlow(500), treeFlow(500)]) {
      const actions = flow.actions as { actionId: string; connection?: { nextActionId: string }; listBranches?: { connection?: { nextActionId: string } }[]; defaultBranch?: { nextActionId: string } }[];
      expect(actions.map((a) => a.actionId)).toEqual(Array.from({ length: 500 }, (_, i) => String(i + 1)));
      const targets = actions.flatMap((a) => [a.connection, a.defaultBranch, ...(a.listBranches ?? []).map((b) => b.connection)]).flatMap((c) => (c ? [c.nextActionId] : []));
      expect(targets.sort()).toEqual(Array.from({ length: 499 }, (_, i) => String(i + 2)).sort());
    }
    // The tree branches: a fifth of its actions are if/then branches with three paths.
    expect((treeFlow(500).actions as { type: string }[]).filter((a) => a.type === 'LIST_BRANCH')).toHaveLength(100);
  });
});
