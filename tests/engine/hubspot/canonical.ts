import { isEvenSplit } from '../../../engine/hubspot/splits.ts';
import { canonicalDuration, outgoingEdges, stepIndex, type Criteria, type Step, type StepId, type Workflow } from '../../../engine/index.ts';

/**
 * A workflow as it reads after a trip through HubSpot, for comparing an original with its
 * export-then-import. Each difference dropped here has a reason in HubSpot's format:
 * - step and branch ids, notes and titles: v4 actions have numeric ids and no notes;
 * - step order in the array: renumbered in walk order from the start (depth first);
 * - value-equals and random-split branch names: HubSpot names them by value / letter;
 * - an even random split's percentages: 33.3 / 33.3 / 33.4 comes back 34 / 33 / 33 (HubSpot's
 *   even groups, no percentage written); an uneven one keeps its whole percentages;
 * - durations: minutes, hours or days, the largest exact (2 weeks = 14 days);
 * - enabled, enrollExisting, time zone, recurAnnually: no v4 field (isEnabled is always false
 *   on export, the others are asked in HubSpot's editor; the import says so for the second and fourth);
 * - `includeUnknown: false` and its absence mean the same;
 * - unenrollWhenNotMatching without triggers (manual enrollment has no such setting).
 */
export function canonical(workflow: Workflow): unknown {
  const byId = stepIndex(workflow);
  const order: StepId[] = [];
  const seen = new Set<StepId>();
  const stack: StepId[] = workflow.start ? [workflow.start] : [];
  const walk = () => {
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id) || !byId.has(id)) continue;
      seen.add(id);
      order.push(id);
      const step = byId.get(id)!;
      const targets = outgoingEdges(step).flatMap((e) => (e.to ? [e.to] : []));
      for (let i = targets.length - 1; i >= 0; i--) stack.push(targets[i]!);
    }
  };
  walk();
  const name = new Map(order.map((id, i) => [id, `s${i + 1}`]));
  const ref = (id: StepId | null) => (id === null ? null : (name.get(id) ?? `?${id}`));
  const steps = order.map((id) => canonicalStep(byId.get(id)!, ref));
  const triggers = criteria(workflow.enrollment.triggers);
  return {
    name: workflow.name,
    description: workflow.description ?? '',
    timing: workflow.timing.type === 'date-property' ? { ...workflow.timing, recurAnnually: false } : workflow.timing,
    enrollment: {
      triggers,
      reenroll: workflow.enrollment.reenroll,
      unenrollWhenNotMatching: workflow.enrollment.triggers.groups.length > 0 && workflow.enrollment.unenrollWhenNotMatching,
    },
    suppressionLists: workflow.suppressionLists,
    goal: workflow.goal && workflow.goal.groups.length > 0 ? criteria(workflow.goal) : null,
    unenrollFromOthers: workflow.unenrollFromOthers,
    executionWindow: workflow.executionWindow,
    blockedDates: workflow.blockedDates,
    start: ref(workflow.start),
    steps,
  };
}

function criteria(c: Criteria): unknown {
  return c.groups.map((g) => g.filters.map((f) => (f.kind === 'property' && f.includeUnknown !== true ? (({ includeUnknown: _i, ...rest }) => rest)(f) : f)));
}

function canonicalStep(step: Step, ref: (id: StepId | null) => string | null): unknown {
  const { id: _id, note: _note, title: _title, ...rest } = step;
  switch (step.kind) {
    case 'go-to':
      return { kind: 'go-to', target: ref(step.target) };
    case 'delay':
      return { kind: 'delay', delay: step.delay.mode === 'duration' ? { mode: 'duration', duration: canonicalDuration(step.delay.duration) } : step.delay, next: ref(step.next) };
    case 'delay-until-event':
      return { kind: step.kind, event: step.event, maxWait: canonicalDuration(step.maxWait), met: ref(step.met), notMet: ref(step.notMet) };
    case 'branch-if':
      return { kind: step.kind, branches: step.branches.map((b) => ({ name: b.name, criteria: criteria(b.criteria), next: ref(b.next) })), defaultName: step.defaultName, defaultNext: ref(step.defaultNext) };
    case 'branch-value':
      return { kind: step.kind, property: step.property, branches: step.branches.map((b) => ({ value: b.value, next: ref(b.next) })), defaultName: step.defaultName, defaultNext: ref(step.defaultNext) };
    case 'branch-random':
      return { kind: step.kind, branches: step.branches.map((b) => ({ next: ref(b.next), percent: isEvenSplit(step.branches.map((x) => x.percent)) ? 'even' : b.percent })) };
    default:
      return { ...rest, next: ref((step as { next: StepId | null }).next) };
  }
}
