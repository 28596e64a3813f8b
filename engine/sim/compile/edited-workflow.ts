import { outgoingEdges, slotKey, type Criteria, type Step } from '../../model/index.ts';
import type { WorkflowFrom } from '../run/workflow-from.ts';
import type { CompiledEdge, CompiledStep, CompiledWorkflow, EditedTables } from './compiled.ts';

/**
 * Both versions of a workflow edited during the run (run/workflow-from.ts), in one index space:
 * the original's steps and edges keep their indices; steps and edges only the edited version has
 * are added after every other (so every other index is the one the unedited run has). The
 * returned table is the run's steps from the edit's minute: the edited version of each step of
 * that workflow (the same object where nothing of it changed), its deleted steps marked
 * `deleted` (a contact found there leaves by its first link, as it went before the edit).
 * New steps go in `steps` too (they are reached only from the minute on): results name them.
 */
export function compileEditedWorkflow(
  edit: WorkflowFrom,
  workflows: readonly CompiledWorkflow[],
  steps: CompiledStep[],
  edges: CompiledEdge[],
  isAction: (step: Step) => boolean,
  register: (criteria: Criteria) => void,
): EditedTables {
  const cw = workflows.find((w) => w.workflow.id === edit.workflow.id);
  if (!cw) throw new Error(`The edited workflow "${edit.workflow.id}" is not among the workflows of this run.`);
  const wi = cw.index;
  const before = new Map(steps.filter((cs) => cs.workflow === wi).map((cs) => [cs.step.id as string, cs.index]));
  const index = new Map<string, number>();
  let added = steps.length;
  for (const s of edit.workflow.steps) index.set(s.id, before.get(s.id) ?? added++);
  const edgeIndex = new Map(edges.map((e, k) => [`${e.workflow}|${e.from}|${e.slot}|${e.to}`, k]));
  const edgeOf = (from: number, slot: string, to: number, label: string): number => {
    const key = `${wi}|${from}|${slot}|${to}`;
    let k = edgeIndex.get(key);
    if (k === undefined) {
      k = edges.push({ workflow: wi, from, slot, to, label }) - 1;
      edgeIndex.set(key, k);
    }
    return k;
  };
  const after = steps.slice();
  const kept = new Set(edit.workflow.steps.map((s) => s.id as string));
  for (const [id, s] of before) if (!kept.has(id)) after[s] = { ...steps[s]!, deleted: true };
  for (const step of edit.workflow.steps) {
    const s = index.get(step.id)!;
    const ids: number[] = [];
    const targets: number[] = [];
    for (const e of outgoingEdges(step)) {
      const to = e.to ? (index.get(e.to) ?? -1) : -1;
      targets.push(to);
      ids.push(edgeOf(s, slotKey(e.slot), to, e.label ?? ''));
    }
    const old = steps[s];
    if (old && JSON.stringify(old.step) === JSON.stringify(step) && old.targets.every((t, k) => t === targets[k])) continue;
    const cs: CompiledStep = { step, index: s, workflow: wi, edges: ids, targets, isAction: isAction(step), deleted: false };
    after[s] = cs;
    if (!old) steps[s] = cs;
    if (step.kind === 'branch-if') step.branches.forEach((b) => register(b.criteria));
    if (step.kind === 'delay-until-event' && step.event.kind === 'criteria-met') register(step.event.criteria);
  }
  // New steps were numbered in the order of the edited workflow: every index up to `added` is set.
  const startStep = edit.workflow.start ? (index.get(edit.workflow.start) ?? -1) : -1;
  return { minute: edit.minute, workflow: wi, steps: after, enrollEdge: edgeOf(-1, 'next', startStep, ''), startStep };
}
