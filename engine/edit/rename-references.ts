import type {
  AssetId,
  Criteria,
  EmailId,
  Expectation,
  Filter,
  ListId,
  ScoreModel,
  ScoreModelRule,
  ScoreRule,
  Step,
  WaitEvent,
  Workflow,
  WorkflowId,
} from '../model/index.ts';

/**
 * Renames what a workflow, a score rule or an expectation names outside itself, kind by kind:
 * a list id is looked up among the lists only, a property name among the properties only, and
 * only in the fields that hold a reference (a step's name or a filter's value equal to an id is
 * text, and stays). Used when one project's workflows are added into another (ids taken by
 * something different are renamed there). Pure.
 */
export interface Renames {
  readonly lists: ReadonlyMap<string, string>;
  readonly emails: ReadonlyMap<string, string>;
  readonly assets: ReadonlyMap<string, string>;
  readonly workflows: ReadonlyMap<string, string>;
  readonly properties: ReadonlyMap<string, string>;
}

const renamed = <T extends string>(map: ReadonlyMap<string, string>, id: T): T => (map.get(id) ?? id) as T;
const list = (r: Renames, id: ListId) => renamed(r.lists, id);
const email = (r: Renames, id: EmailId | null) => (id === null ? null : renamed(r.emails, id));
const asset = (r: Renames, id: AssetId | null) => (id === null ? null : renamed(r.assets, id));
const workflow = (r: Renames, id: WorkflowId) => renamed(r.workflows, id);
const property = (r: Renames, name: string) => renamed(r.properties, name);

function inFilter(f: Filter, r: Renames): Filter {
  switch (f.kind) {
    case 'property':
      return { ...f, property: property(r, f.property) };
    case 'list':
      return { ...f, list: list(r, f.list) };
    case 'form':
      return { ...f, asset: asset(r, f.asset) };
    case 'email':
      return { ...f, email: email(r, f.email) };
    case 'page-view':
      return f;
  }
}

export function renameInCriteria(criteria: Criteria, r: Renames): Criteria {
  return { ...criteria, groups: criteria.groups.map((g) => ({ ...g, filters: g.filters.map((f) => inFilter(f, r)) })) };
}

function inWaitEvent(event: WaitEvent, r: Renames): WaitEvent {
  switch (event.kind) {
    case 'email-opened':
    case 'email-clicked':
      return { ...event, email: email(r, event.email) };
    case 'form-submitted':
      return { ...event, asset: asset(r, event.asset) };
    case 'criteria-met':
      return { ...event, criteria: renameInCriteria(event.criteria, r) };
    case 'page-viewed':
      return event;
  }
}

function inStep(step: Step, r: Renames): Step {
  switch (step.kind) {
    case 'send-email':
      return { ...step, email: renamed(r.emails, step.email) };
    case 'delay':
      return step.delay.mode === 'until-date-property' ? { ...step, delay: { ...step.delay, property: property(r, step.delay.property) } } : step;
    case 'delay-until-event':
      return { ...step, event: inWaitEvent(step.event, r) };
    case 'branch-if':
      return { ...step, branches: step.branches.map((b) => ({ ...b, criteria: renameInCriteria(b.criteria, r) })) };
    case 'branch-value':
    case 'set-property':
    case 'clear-property':
    case 'increment-property':
      return { ...step, property: property(r, step.property) };
    case 'copy-property':
      return { ...step, from: property(r, step.from), to: property(r, step.to) };
    case 'add-to-list':
    case 'remove-from-list':
      return { ...step, list: list(r, step.list) };
    case 'enroll-in-workflow':
    case 'unenroll-from-workflow':
      return { ...step, workflow: workflow(r, step.workflow) };
    case 'branch-random':
    case 'set-lifecycle-stage':
    case 'internal-notification':
    case 'create-task':
    case 'hubspot-action':
    case 'go-to':
      return step;
  }
}

export function renameInWorkflow(w: Workflow, r: Renames): Workflow {
  const others = w.unenrollFromOthers;
  return {
    ...w,
    id: workflow(r, w.id),
    timing: w.timing.type === 'date-property' ? { ...w.timing, anchorProperty: property(r, w.timing.anchorProperty) } : w.timing,
    enrollment: { ...w.enrollment, triggers: renameInCriteria(w.enrollment.triggers, r) },
    suppressionLists: w.suppressionLists.map((id) => list(r, id)),
    goal: w.goal && renameInCriteria(w.goal, r),
    unenrollFromOthers: others.mode === 'selected' ? { ...others, workflows: others.workflows.map((id) => workflow(r, id)) } : others,
    steps: w.steps.map((s) => inStep(s, r)),
  };
}

export function renameInScoreRule(rule: ScoreRule, r: Renames): ScoreRule {
  return { ...rule, criteria: renameInCriteria(rule.criteria, r) };
}

function inModelRule(rule: ScoreModelRule, r: Renames): ScoreModelRule {
  if (rule.type === 'criteria') return { ...rule, criteria: renameInCriteria(rule.criteria, r) };
  const e = rule.event;
  switch (e.kind) {
    case 'email':
      return { ...rule, event: { ...e, email: email(r, e.email) } };
    case 'form':
      return { ...rule, event: { ...e, asset: asset(r, e.asset) } };
    case 'page-view':
      return rule;
  }
}

export function renameInScoreModel(model: ScoreModel, r: Renames): ScoreModel {
  return { ...model, groups: model.groups.map((g) => ({ ...g, rules: g.rules.map((rule) => inModelRule(rule, r)) })) };
}

export function renameInExpectation(x: Expectation, r: Renames): Expectation {
  switch (x.kind) {
    case 'share-in-list':
      return { ...x, workflow: workflow(r, x.workflow), list: list(r, x.list) };
    case 'never-stage':
      return { ...x, who: renameInCriteria(x.who, r) };
    case 'ends-in-list':
    case 'reaches-within':
    case 'step-reached':
      return { ...x, workflow: workflow(r, x.workflow) };
    case 'list-exactly':
      return { ...x, list: list(r, x.list), who: renameInCriteria(x.who, r) };
  }
}
