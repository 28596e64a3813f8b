import type { Criteria, Step, WaitEvent, Workflow } from '../model/index.ts';

/** What a workflow names outside itself, each with the JSON path where it is named. */
export interface Reference {
  readonly kind: 'list' | 'email' | 'asset' | 'workflow';
  readonly id: string;
  readonly path: string;
}

export function criteriaReferences(criteria: Criteria, at: string): Reference[] {
  const refs: Reference[] = [];
  criteria.groups.forEach((group, g) =>
    group.filters.forEach((filter, f) => {
      const here = `${at}.groups[${g}].filters[${f}]`;
      if (filter.kind === 'list') refs.push({ kind: 'list', id: filter.list, path: `${here}.list` });
      if (filter.kind === 'form' && filter.asset !== null) refs.push({ kind: 'asset', id: filter.asset, path: `${here}.asset` });
      if (filter.kind === 'email' && filter.email !== null) refs.push({ kind: 'email', id: filter.email, path: `${here}.email` });
    }),
  );
  return refs;
}

function waitEventReferences(event: WaitEvent, at: string): Reference[] {
  switch (event.kind) {
    case 'email-opened':
    case 'email-clicked':
      return event.email === null ? [] : [{ kind: 'email', id: event.email, path: `${at}.email` }];
    case 'form-submitted':
      return event.asset === null ? [] : [{ kind: 'asset', id: event.asset, path: `${at}.asset` }];
    case 'criteria-met':
      return criteriaReferences(event.criteria, `${at}.criteria`);
    case 'page-viewed':
      return [];
  }
}

export function stepReferences(step: Step, at: string): Reference[] {
  switch (step.kind) {
    case 'send-email':
      return [{ kind: 'email', id: step.email, path: `${at}.email` }];
    case 'add-to-list':
    case 'remove-from-list':
      return [{ kind: 'list', id: step.list, path: `${at}.list` }];
    case 'enroll-in-workflow':
    case 'unenroll-from-workflow':
      return [{ kind: 'workflow', id: step.workflow, path: `${at}.workflow` }];
    case 'delay-until-event':
      return waitEventReferences(step.event, `${at}.event`);
    case 'branch-if':
      return step.branches.flatMap((b, k) => criteriaReferences(b.criteria, `${at}.branches[${k}].criteria`));
    default:
      return [];
  }
}

export function workflowReferences(workflow: Workflow, at: string): Reference[] {
  const unenroll = workflow.unenrollFromOthers;
  return [
    ...criteriaReferences(workflow.enrollment.triggers, `${at}.enrollment.triggers`),
    ...workflow.suppressionLists.map((id, k): Reference => ({ kind: 'list', id, path: `${at}.suppressionLists[${k}]` })),
    ...(workflow.goal ? criteriaReferences(workflow.goal, `${at}.goal`) : []),
    ...(unenroll.mode === 'selected'
      ? unenroll.workflows.map((id, k): Reference => ({ kind: 'workflow', id, path: `${at}.unenrollFromOthers.workflows[${k}]` }))
      : []),
    ...workflow.steps.flatMap((s, i) => stepReferences(s, `${at}.steps[${i}]`)),
  ];
}
