import type { Project, Step, Workflow } from '../model/index.ts';
import { allReferences } from '../schema/dangling.ts';
import type { Reference } from '../schema/references.ts';

/** Where a segment, email, asset or workflow is used: a step, a workflow's settings, or the project's (score rules, arrivals). */
export interface Use {
  readonly workflow: Workflow | null;
  readonly step: Step | null;
}

const AT = /^project\.workflows\[(\d+)\](?:\.steps\[(\d+)\])?/;

/**
 * The places that name `id` (a `kind`): what deleting it leaves to fix (the linter's
 * missing-reference afterwards). A workflow's references to itself are not counted when it is
 * the one asked about: they go with it. One use per step or workflow setting, in project order.
 */
export function usesOf(project: Project, kind: Reference['kind'], id: string): Use[] {
  const uses: Use[] = [];
  const seen = new Set<string>();
  for (const ref of allReferences(project)) {
    if (ref.kind !== kind || ref.id !== id) continue;
    const m = AT.exec(ref.path);
    const workflow = m ? (project.workflows[Number(m[1])] ?? null) : null;
    if (kind === 'workflow' && workflow?.id === id) continue;
    const step = m?.[2] !== undefined && workflow ? (workflow.steps[Number(m[2])] ?? null) : null;
    const key = m ? (m[2] !== undefined ? `${m[1]}.${m[2]}` : `${m[1]}`) : ref.path;
    if (seen.has(key)) continue;
    seen.add(key);
    uses.push({ workflow, step });
  }
  return uses;
}
