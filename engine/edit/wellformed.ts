import { outgoingEdges, type Workflow } from '../model/index.ts';
import { isTreeSlot, subtreeIds } from './tree.ts';

/**
 * What makes a workflow a tree plus jumps, in plain English for test failures: unique ids, no
 * dangling reference, one incoming tree edge per step, every step reachable from the start.
 */
export function wellFormedProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  const ids = new Set(workflow.steps.map((s) => s.id));
  if (ids.size !== workflow.steps.length) problems.push('duplicate step ids');
  if (workflow.start === null && workflow.steps.length > 0) problems.push('steps but no start');
  if (workflow.start !== null && !ids.has(workflow.start)) problems.push(`start ${workflow.start} is dangling`);
  const incoming = new Map<string, number>(workflow.start ? [[workflow.start, 1]] : []);
  for (const step of workflow.steps) {
    for (const e of outgoingEdges(step)) {
      if (e.to === null) continue;
      if (!ids.has(e.to)) problems.push(`${step.id} points to missing ${e.to}`);
      if (isTreeSlot(e.slot)) incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
      else if (e.to === step.id) problems.push(`go-to ${step.id} jumps to itself`);
    }
    if ('branches' in step) {
      const branchIds = step.branches.map((b) => b.id);
      if (branchIds.length === 0 || new Set(branchIds).size !== branchIds.length) problems.push(`${step.id} has bad branches`);
    }
    if (step.kind === 'branch-random' && Math.abs(step.branches.reduce((a, b) => a + b.percent, 0) - 100) > 1e-6) problems.push(`${step.id} does not add up to 100`);
  }
  for (const [id, n] of incoming) if (n > 1) problems.push(`${id} has ${n} incoming tree edges`);
  const reachable = workflow.start ? subtreeIds(workflow.steps, workflow.start) : new Set();
  for (const id of ids) if (!reachable.has(id)) problems.push(`${id} is an orphan`);
  return problems;
}

export function isWellFormed(workflow: Workflow): boolean {
  return wellFormedProblems(workflow).length === 0;
}
