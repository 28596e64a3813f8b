import { EMPTY_HUBSPOT_MAPPING, type HubSpotMapping, type Project, type WorkflowId } from '../model/index.ts';
import { toHubSpotFlow } from './export.ts';
import type { PreflightProblem } from './types.ts';

export interface Preflight {
  /** True when every workflow asked for exports (no blocking problem). */
  readonly ok: boolean;
  readonly problems: readonly PreflightProblem[];
}

const RANK = { blocking: 0, warning: 1, info: 2 } as const;

/**
 * The pre-flight check: runs the export of each workflow (all of them, or the one given) and
 * gathers what it found, blocking problems first. The same walk as the export, so the check
 * and the body can never disagree.
 */
export function preflight(project: Project, workflowId?: WorkflowId | string, mapping: HubSpotMapping = project.hubspot ?? EMPTY_HUBSPOT_MAPPING): Preflight {
  const ids = workflowId === undefined ? project.workflows.map((w) => w.id) : [workflowId];
  const problems = ids.flatMap((id) => toHubSpotFlow(project, id, mapping).problems);
  const sorted = problems.map((p, i) => ({ p, i })).sort((a, b) => RANK[a.p.severity] - RANK[b.p.severity] || a.i - b.i).map((x) => x.p);
  return { ok: !problems.some((p) => p.severity === 'blocking'), problems: sorted };
}
