import { evaluateFilter } from '../criteria/index.ts';
import { asContactId, criteriaFilters, type Criteria, type Filter, type Project, type StepId, type Workflow } from '../model/index.ts';
import type { ReadPlace, Write } from './types.ts';
import { emailAsset } from './writes.ts';

/** A place of a workflow that reads something another workflow may write. */
export interface Read {
  readonly place: ReadPlace;
  /** The reading step (branch, wait); null for the triggers, the goal and the suppression lists. */
  readonly step: StepId | null;
  /** The write keys it may accept (`email:*` for any email): the map looks reads up by key. */
  readonly keys: readonly string[];
  readonly accepts: (write: Write) => boolean;
}

/** The write keys that can make a filter hold (see `filterAccepts`). */
function filterKeys(filter: Filter, project: Project): string[] {
  switch (filter.kind) {
    case 'property':
      return [`prop:${filter.property}`];
    case 'list':
      return [`list:${filter.list}`];
    case 'email':
      return [filter.email === null ? 'email:*' : `email:${filter.email}`];
    case 'form':
      if (filter.op !== 'submitted') return [];
      return project.emails.filter((e) => e.asset !== null && (filter.asset === null || e.asset === filter.asset)).map((e) => `email:${e.id}`);
    case 'page-view':
      return [];
  }
}

/**
 * Whether a property write can make the filter hold. A value unknown before the run (copy,
 * increment) and date filters (they depend on the instant) are given the benefit of the doubt.
 */
function valueCanMatch(filter: Extract<Filter, { kind: 'property' }>, write: Write): boolean {
  if (write.value === undefined || filter.type === 'date') return true;
  const contact = { id: asContactId('programme'), properties: { [filter.property]: write.value }, lists: [], events: [], persona: null };
  return evaluateFilter(filter, contact, 0);
}

/** Whether writing `write` can make this filter hold. */
export function filterAccepts(filter: Filter, write: Write, project: Project): boolean {
  switch (filter.kind) {
    case 'property':
      return write.key === `prop:${filter.property}` && valueCanMatch(filter, write);
    case 'list':
      return write.key === `list:${filter.list}` && write.tag === (filter.op === 'in' ? 'add' : 'remove');
    case 'email':
      return write.kind === 'email' && (filter.email === null || filter.email === write.item);
    case 'form': {
      if (write.kind !== 'email' || filter.op !== 'submitted') return false;
      const asset = emailAsset(project, write.item);
      return asset !== null && (filter.asset === null || filter.asset === asset);
    }
    case 'page-view':
      return false;
  }
}

function criteriaRead(criteria: Criteria | null, place: ReadPlace, step: StepId | null, project: Project): Read[] {
  const filters = criteria ? criteriaFilters(criteria) : [];
  if (filters.length === 0) return [];
  const keys = [...new Set(filters.flatMap((f) => filterKeys(f, project)))];
  return keys.length === 0 ? [] : [{ place, step, keys, accepts: (w) => filters.some((f) => filterAccepts(f, w, project)) }];
}

/** Every place of `workflow` that reads what another workflow may write, in a stable order. */
export function workflowReads(workflow: Workflow, project: Project): readonly Read[] {
  const reads: Read[] = [
    ...criteriaRead(workflow.enrollment.triggers, 'trigger', null, project),
    ...criteriaRead(workflow.goal, 'goal', null, project),
  ];
  const suppression = new Set<string>(workflow.suppressionLists.map((l) => `list:${l}`));
  if (suppression.size > 0) reads.push({ place: 'suppression', step: null, keys: [...suppression], accepts: (w) => suppression.has(w.key) && w.tag === 'add' });
  for (const step of workflow.steps) {
    switch (step.kind) {
      case 'branch-if':
        reads.push(...criteriaRead({ groups: step.branches.flatMap((b) => b.criteria.groups) }, 'branch', step.id, project));
        break;
      case 'branch-value':
        reads.push({ place: 'branch', step: step.id, keys: [`prop:${step.property}`], accepts: (w) => w.key === `prop:${step.property}` });
        break;
      case 'delay-until-event': {
        const event = step.event;
        if (event.kind === 'criteria-met') reads.push(...criteriaRead(event.criteria, 'wait', step.id, project));
        else if (event.kind === 'email-opened' || event.kind === 'email-clicked') {
          const keys = [event.email === null ? 'email:*' : `email:${event.email}`];
          reads.push({ place: 'wait', step: step.id, keys, accepts: (w) => w.kind === 'email' && (event.email === null || event.email === w.item) });
        } else if (event.kind === 'form-submitted') {
          const filter: Filter = { kind: 'form', asset: event.asset, op: 'submitted' };
          reads.push({ place: 'wait', step: step.id, keys: filterKeys(filter, project), accepts: (w) => filterAccepts(filter, w, project) });
        }
        break;
      }
      default:
        break;
    }
  }
  return reads;
}
