import { findProperty, type Project, type Step, type StepId, type Workflow } from '../model/index.ts';
import type { LoadIssue } from './issues.ts';

/** An edge of the diagram with the JSON path of the field that holds it. */
interface PathEdge {
  readonly from: number | 'enrollment';
  readonly to: StepId | null;
  readonly goTo: boolean;
  readonly path: string;
}

function stepEdges(step: Step, at: string, from: number): PathEdge[] {
  const edge = (to: StepId | null, field: string, goTo = false): PathEdge => ({ from, to, goTo, path: `${at}.${field}` });
  switch (step.kind) {
    case 'go-to':
      return [edge(step.target, 'target', true)];
    case 'delay-until-event':
      return [edge(step.met, 'met'), edge(step.notMet, 'notMet')];
    case 'branch-if':
    case 'branch-value':
      return [...step.branches.map((b, k) => edge(b.next, `branches[${k}].next`)), edge(step.defaultNext, 'defaultNext')];
    case 'branch-random':
      return step.branches.map((b, k) => edge(b.next, `branches[${k}].next`));
    default:
      return [edge(step.next, 'next')];
  }
}

const issue = (path: string, fr: string, en: string): LoadIssue => ({ path, message: { fr, en } });

function idIssues(workflow: Workflow, at: string): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const seen = new Map<string, number>();
  workflow.steps.forEach((step, i) => {
    const first = seen.get(step.id);
    if (first !== undefined)
      issues.push(issue(`${at}.steps[${i}].id`, `L’identifiant d’étape « ${step.id} » est déjà utilisé par steps[${first}].`, `The step id "${step.id}" is already used by steps[${first}].`));
    else seen.set(step.id, i);
    if (!('branches' in step)) return;
    const branchIds = new Set<string>();
    step.branches.forEach((b, k) => {
      if (branchIds.has(b.id))
        issues.push(issue(`${at}.steps[${i}].branches[${k}].id`, `L’identifiant de branche « ${b.id} » apparaît deux fois dans cette étape.`, `The branch id "${b.id}" appears twice in this step.`));
      branchIds.add(b.id);
    });
  });
  return issues;
}

/**
 * Edges must land on steps of this workflow; apart from go-to jumps the diagram is a tree, so a
 * step has at most one incoming tree edge and no tree path leads back to where it started.
 */
function edgeIssues(workflow: Workflow, at: string): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const indexOf = new Map<string, number>();
  workflow.steps.forEach((s, i) => { if (!indexOf.has(s.id)) indexOf.set(s.id, i); });
  const edges: PathEdge[] = [
    { from: 'enrollment', to: workflow.start, goTo: false, path: `${at}.start` },
    ...workflow.steps.flatMap((s, i) => stepEdges(s, `${at}.steps[${i}]`, i)),
  ];
  const parent = new Map<number, PathEdge>();
  for (const e of edges) {
    if (e.to === null) continue;
    const target = indexOf.get(e.to);
    if (target === undefined) {
      issues.push(issue(e.path, `Aucune étape « ${e.to} » dans ce workflow : le lien pointe dans le vide.`, `There is no step "${e.to}" in this workflow: the link points nowhere.`));
      continue;
    }
    if (e.goTo) continue;
    const earlier = parent.get(target);
    if (earlier)
      issues.push(issue(e.path, `L’étape « ${e.to} » suit déjà ${earlier.path} ; pour y revenir, utilisez une étape « Aller à ».`, `Step "${e.to}" already follows ${earlier.path}; use a go-to step to reach it again.`));
    else parent.set(target, e);
  }
  // Each step has at most one parent, so walking parents either reaches a root or loops.
  const state = new Map<number, 'walking' | 'done'>();
  for (let i = 0; i < workflow.steps.length; i++) {
    const trail: number[] = [];
    let cur: number | undefined = i;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 'walking');
      trail.push(cur);
      const p = parent.get(cur);
      cur = p && p.from !== 'enrollment' ? p.from : undefined;
    }
    const closing = cur !== undefined && state.get(cur) === 'walking' ? parent.get(cur) : undefined;
    if (closing && cur !== undefined) {
      const id = workflow.steps[cur]?.id ?? '';
      issues.push(issue(closing.path, `Ce lien ramène à l’étape « ${id} », déjà sur le chemin ; une boucle doit passer par une étape « Aller à ».`, `This link leads back to step "${id}", already on the path; a loop must go through a go-to step.`));
    }
    for (const t of trail) state.set(t, 'done');
  }
  return issues;
}

function timingIssues(workflow: Workflow, at: string, project?: Project): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const timing = workflow.timing;
  if (timing.type === 'date-property') {
    const property = findProperty(project?.properties ?? [], timing.anchorProperty);
    const path = `${at}.timing.anchorProperty`;
    if (property && property.type !== 'date')
      issues.push(issue(path, `La propriété « ${timing.anchorProperty} » n’est pas une date ; un workflow centré sur une propriété a besoin d’une date.`, `The property "${timing.anchorProperty}" is not a date; a date-property workflow needs a date property.`));
    else if (!property && project)
      issues.push(issue(path, `La propriété « ${timing.anchorProperty} » n’existe pas dans ce projet.`, `The property "${timing.anchorProperty}" does not exist in this project.`));
  }
  if (timing.type === 'contact')
    workflow.steps.forEach((s, i) => {
      if (s.kind === 'delay' && s.delay.mode === 'relative-to-anchor')
        issues.push(issue(`${at}.steps[${i}].delay.mode`, 'Un délai relatif à la date d’ancrage n’existe que dans un workflow centré sur une date.', 'A delay relative to the anchor date only exists in a date-centred workflow.'));
    });
  return issues;
}

/**
 * Checks what a schema cannot see inside one workflow: ids, edges, tree shape, timing (with the
 * project, the anchor property's type). Paths start at `at`. What it names outside itself may be
 * missing (project-integrity.ts, `danglingReferences`).
 */
export function checkWorkflowIntegrity(workflow: Workflow, project?: Project, at = 'workflow'): LoadIssue[] {
  return [...idIssues(workflow, at), ...edgeIssues(workflow, at), ...timingIssues(workflow, at, project)];
}
