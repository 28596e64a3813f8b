import { useDeferredValue } from 'react';
import { preflight, type Preflight } from '../../engine/hubspot/index.ts';
import { lintProject, type Finding } from '../../engine/lint/index.ts';
import type { Project, WorkflowId } from '../../engine/model/index.ts';
import { useDocument } from '../stores/context.tsx';

/** One lint run per project snapshot, however many panels ask (top bar, canvas, sidebar, problems). */
const cache = new WeakMap<object, readonly Finding[]>();

export function findingsOf(project: Parameters<typeof lintProject>[0]): readonly Finding[] {
  let findings = cache.get(project);
  if (!findings) {
    findings = lintProject(project);
    cache.set(project, findings);
  }
  return findings;
}

/** Lint findings of the open project, recomputed as it changes (deferred behind typing). */
export function useFindings(): readonly Finding[] {
  return findingsOf(useDeferredValue(useDocument((s) => s.project)));
}

/** One HubSpot pre-flight per project snapshot and workflow. */
const preflights = new WeakMap<object, Map<WorkflowId, Preflight>>();

export function preflightOf(project: Project, workflow: WorkflowId): Preflight {
  let byWorkflow = preflights.get(project);
  if (!byWorkflow) preflights.set(project, (byWorkflow = new Map()));
  let found = byWorkflow.get(workflow);
  if (!found) byWorkflow.set(workflow, (found = preflight(project, workflow)));
  return found;
}

/** The HubSpot pre-flight of the active workflow (blocking problems first), or null without one. */
export function usePreflight(): Preflight | null {
  const project = useDeferredValue(useDocument((s) => s.project));
  const active = useDocument((s) => s.activeWorkflowId);
  return active && project.workflows.some((w) => w.id === active) ? preflightOf(project, active) : null;
}
