import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copySubtree, createStep, deleteStep, EditError, insertStep, newStepId, pasteFragment, wellFormedProblems } from '../../../engine/edit/index.ts';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import { checkWorkflowIntegrity } from '../../../engine/schema/index.ts';
import { asProjectId, emptyProject, emptyWorkflow, outgoingEdges, STEP_KINDS, workflowEdges, type Project, type Workflow } from '../../../engine/model/index.ts';
import { EMAIL, LIST, seedWorkflow } from './fixtures.ts';
import { apply, context, opArb, OTHER_WORKFLOW, type Op } from './random-ops.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The workflow in a project that holds every email, list and workflow its steps may name. */
function projectOf(workflow: Workflow): Project {
  return {
    ...emptyProject(asProjectId('edit-props'), 'Edit properties'),
    emails: [{ id: EMAIL, name: 'Bienvenue', subject: 'Bienvenue !', asset: null, openScale: 1, clickScale: 1 }],
    lists: [{ id: LIST, name: 'Nurtured' }],
    workflows: [workflow, emptyWorkflow(OTHER_WORKFLOW, 'Other')],
  };
}

const succeeded = new Map<Op['op'], number>();

/** Runs the sequence; a refusal leaves the workflow as it was, any other error fails the property. */
function run(start: Workflow, ops: readonly Op[]): Workflow {
  let workflow = deepFreeze(start);
  for (const op of ops) {
    try {
      workflow = deepFreeze(apply(workflow, op));
      succeeded.set(op.op, (succeeded.get(op.op) ?? 0) + 1);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      expect(error.text.fr.length).toBeGreaterThan(0);
      expect(error.text.en.length).toBeGreaterThan(0);
    }
    expect(wellFormedProblems(workflow), JSON.stringify(op)).toEqual([]);
  }
  return workflow;
}

const ops = fc.array(opArb, { minLength: 1, maxLength: 40, size: 'max' });
const starts = fc.constantFrom(emptyWorkflow('edited', 'Edited'), seedWorkflow());

describe('random sequences of editing operations', () => {
  it('never leave a dangling id or an orphan step, from an empty or a seed workflow', () => {
    fc.assert(
      fc.property(starts, ops, (start, sequence) => {
        run(start, sequence);
      }),
      { numRuns: 300 },
    );
  });

  it('always pass the schema integrity check of the workflow inside its project', () => {
    fc.assert(
      fc.property(starts, ops, (start, sequence) => {
        const workflow = run(start, sequence);
        expect(checkWorkflowIntegrity(workflow, projectOf(workflow))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('always survive saving then loading the project unchanged', () => {
    fc.assert(
      fc.property(starts, ops, (start, sequence) => {
        const project = projectOf(run(start, sequence));
        const loaded = loadProject(saveProject(project));
        expect(loaded.ok ? loaded.project : loaded.errors).toEqual(project);
      }),
      { numRuns: 150 },
    );
  });

  it('deleting a freshly inserted step, keeping the path it continued on, gives back the workflow', () => {
    fc.assert(
      fc.property(starts, ops, fc.nat(), fc.nat(), (start, sequence, kindPick, edgePick) => {
        const workflow = run(start, sequence);
        const kinds = STEP_KINDS.filter((k) => k !== 'go-to');
        const step = createStep(kinds[kindPick % kinds.length]!, newStepId(workflow), context(workflow), 'fr');
        const edges = workflowEdges(workflow).filter((e) => e.slot.kind !== 'go-to');
        const edge = edges[edgePick % edges.length]!;
        const inserted = insertStep(workflow, edge, step);
        const keep = outgoingEdges(inserted.steps.at(-1)!).find((e) => e.to === edge.to)?.slot;
        expect(deleteStep(inserted, step.id, keep)).toEqual(workflow);
      }),
      { numRuns: 200 },
    );
  });

  it('pasting a copy on a path end adds exactly the copied steps', () => {
    fc.assert(
      fc.property(starts, ops, fc.nat(), fc.nat(), (start, sequence, stepPick, edgePick) => {
        const workflow = run(start, sequence);
        const ends = workflowEdges(workflow).filter((e) => e.slot.kind !== 'go-to' && e.to === null);
        const source = workflow.steps[stepPick % Math.max(workflow.steps.length, 1)];
        fc.pre(source !== undefined && source.kind !== 'go-to' && ends.length > 0);
        const fragment = copySubtree(workflow, source!.id);
        const pasted = pasteFragment(workflow, ends[edgePick % ends.length]!, fragment);
        expect(pasted.steps).toHaveLength(workflow.steps.length + fragment.steps.length);
        expect(wellFormedProblems(pasted)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('exercise every kind of operation successfully, not only refusals', () => {
    const kinds: Op['op'][] = ['insert', 'delete', 'delete-subtree', 'duplicate', 'add-branch', 'move', 'copy-paste', 'remove-branch', 'rename-branch', 'reorder-branch', 'percentages', 'update'];
    for (const kind of kinds) expect(succeeded.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });
});
