import {
  EMPTY_HUBSPOT_MAPPING,
  outgoingEdges,
  stepIndex,
  WEEKDAYS,
  type HubSpotMapping,
  type Project,
  type Step,
  type StepId,
  type Workflow,
  type WorkflowId,
} from '../model/index.ts';
import { LIMITS } from './api.ts';
import { hourMinute, MONTHS } from './durations.ts';
import { ExportContext } from './export-context.ts';
import { criteriaBranch } from './filters-out.ts';
import { stepActions, type StepWriter } from './steps-out.ts';
import type { Connection, EnrollmentCriteria, FlowAction, HubSpotFlowBody, PreflightProblem } from './types.ts';

export type ExportResult =
  | { readonly ok: true; readonly flow: HubSpotFlowBody; readonly problems: readonly PreflightProblem[] }
  | { readonly ok: false; readonly problems: readonly PreflightProblem[] };

/** Follows go-to steps to the step they land on; null for a loop of go-tos or a missing step. */
function landing(byId: ReadonlyMap<StepId, Step>, id: StepId): StepId | null {
  const seen = new Set<StepId>();
  let current: StepId = id;
  for (;;) {
    const step = byId.get(current);
    if (!step || seen.has(current)) return null;
    if (step.kind !== 'go-to') return current;
    seen.add(current);
    current = step.target;
  }
}

/**
 * Action ids in walk order from the start (depth first, branches left to right), skipping
 * go-to steps, which are edges in v4. A delay until an event takes two ids (wait, then split).
 */
function assignIds(workflow: Workflow, byId: ReadonlyMap<StepId, Step>): { order: Step[]; ids: Map<StepId, string>; next: number } {
  const ids = new Map<StepId, string>();
  const order: Step[] = [];
  let next = 1;
  const stack: StepId[] = workflow.start ? [workflow.start] : [];
  while (stack.length > 0) {
    const landed = landing(byId, stack.pop()!);
    if (landed === null || ids.has(landed)) continue;
    const step = byId.get(landed)!;
    ids.set(landed, String(next));
    next += step.kind === 'delay-until-event' ? 2 : 1;
    order.push(step);
    const targets = outgoingEdges(step).flatMap((e) => (e.to ? [e.to] : []));
    for (let i = targets.length - 1; i >= 0; i--) stack.push(targets[i]!);
  }
  return { order, ids, next };
}

function enrollment(workflow: Workflow, ctx: ExportContext): EnrollmentCriteria {
  const e = workflow.enrollment;
  if (e.triggers.groups.length === 0) return { type: 'MANUAL', shouldReEnroll: e.reenroll };
  const listFilterBranch = criteriaBranch(e.triggers, ctx);
  if (e.reenroll) ctx.inferred('reenroll-triggers');
  return {
    type: 'LIST_BASED',
    listFilterBranch,
    reEnrollmentTriggersFilterBranches: e.reenroll ? [listFilterBranch] : [],
    shouldReEnroll: e.reenroll,
    unEnrollObjectsNotMeetingCriteria: e.unenrollWhenNotMatching,
  };
}

function settings(workflow: Workflow, ctx: ExportContext): Partial<HubSpotFlowBody> {
  const suppressionListIds = workflow.suppressionLists.flatMap((list) => {
    const id = ctx.id('lists', list, ctx.listName(list));
    if (/^\d{1,15}$/.test(id)) return [Number(id)];
    if (!id.startsWith('UNMAPPED:'))
      ctx.problem('blocking', 'unmapped', {
        fr: `Le segment de suppression « ${ctx.listName(list)} » a l’identifiant « ${id} » : HubSpot attend un nombre.`,
        en: `The suppression segment "${ctx.listName(list)}" has the id "${id}": HubSpot expects a number.`,
      });
    return [];
  });
  const window = workflow.executionWindow;
  const timeWindows = window
    ? WEEKDAYS.filter((d) => window.days.includes(d)).map((d) => ({ day: d.toUpperCase(), startTime: hourMinute(window.start), endTime: hourMinute(window.end) }))
    : [];
  const blockedDates = workflow.blockedDates.map((date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return { dayOfMonth: day, month: MONTHS[month - 1]!, year };
  });
  const others = workflow.unenrollFromOthers;
  const unEnrollmentSetting =
    others.mode === 'all'
      ? { type: 'ALL' as const, flowIds: [] }
      : others.mode === 'selected'
        ? { type: 'SELECTIVE' as const, flowIds: others.workflows.map((w) => ctx.id('workflows', w, ctx.workflowName(w))) }
        : undefined;
  const timing = workflow.timing;
  const eventAnchor =
    timing.type === 'fixed-date'
      ? (() => {
          const [year, month, day] = timing.anchorDate.split('-').map(Number) as [number, number, number];
          return { type: 'STATIC_DATE_ANCHOR' as const, dayOfMonth: day, month: MONTHS[month - 1]!, year };
        })()
      : timing.type === 'date-property'
        ? { type: 'CONTACT_PROPERTY_ANCHOR' as const, contactProperty: ctx.property(timing.anchorProperty) }
        : undefined;
  if (timing.type === 'date-property' && timing.recurAnnually)
    ctx.problem('warning', 'approximated', {
      fr: '« Répéter chaque année » n’a pas de champ en v4 : cochez-le dans HubSpot après l’import.',
      en: '"Recur annually" has no v4 field: tick it in HubSpot after the import.',
    });
  if (workflow.enrollment.enrollExisting)
    ctx.problem('warning', 'approximated', {
      fr: 'Inscrire les contacts qui remplissent déjà les critères : HubSpot pose la question quand vous activez le workflow.',
      en: 'Enroll contacts who already meet the criteria: HubSpot asks when you turn the workflow on.',
    });
  return {
    suppressionListIds,
    timeWindows,
    blockedDates,
    ...(workflow.goal && workflow.goal.groups.length > 0 ? { goalFilterBranch: criteriaBranch(workflow.goal, ctx) } : {}),
    ...(eventAnchor ? { eventAnchor } : {}),
    ...(unEnrollmentSetting ? { unEnrollmentSetting } : {}),
  };
}

/**
 * The body of `POST /automation/v4/flows` for one workflow, valid by construction (every rule
 * of hubspot-today.md §1.8), or the blocking problems that stop it. Warnings and [INFERRED]
 * fields come with a successful export too. Pure: the same project and mapping give the same body.
 */
export function toHubSpotFlow(project: Project, workflowId: WorkflowId | string, mapping: HubSpotMapping = project.hubspot ?? EMPTY_HUBSPOT_MAPPING): ExportResult {
  const workflow = project.workflows.find((w) => w.id === workflowId);
  if (!workflow)
    return {
      ok: false,
      problems: [
        {
          severity: 'blocking',
          kind: 'inexpressible',
          workflow: workflowId as WorkflowId,
          steps: [],
          message: { fr: `Aucun workflow « ${workflowId} » dans ce projet.`, en: `No workflow "${workflowId}" in this project.` },
        },
      ],
    };
  const ctx = new ExportContext(project, workflow, mapping);
  const byId = stepIndex(workflow);
  const { order, ids, next } = assignIds(workflow, byId);
  const writer: StepWriter = {
    ctx,
    actionId: (step) => ids.get(step)!,
    link: (target): Connection | undefined => {
      if (target === null) return undefined;
      const landed = landing(byId, target);
      if (landed === null) return undefined;
      return { edgeType: byId.get(target)?.kind === 'go-to' ? 'GOTO' : 'STANDARD', nextActionId: ids.get(landed)! };
    },
  };
  const criteria = enrollment(workflow, ctx);
  const flowSettings = settings(workflow, ctx);
  const actions: FlowAction[] = [];
  let expressible = true;
  for (const step of order) {
    ctx.step = step.id;
    const written = stepActions(step, writer);
    if (written) actions.push(...written);
    else expressible = false;
  }
  ctx.step = null;
  checkShape(workflow, byId, ids, actions.length, ctx);
  const blocking = ctx.problems.some((p) => p.severity === 'blocking');
  if (blocking || !expressible) return { ok: false, problems: ctx.problems };
  const start = workflow.start ? landing(byId, workflow.start) : null;
  const flow: HubSpotFlowBody = {
    type: 'CONTACT_FLOW',
    objectTypeId: '0-1',
    flowType: 'WORKFLOW',
    name: workflow.name,
    ...(workflow.description ? { description: workflow.description } : {}),
    isEnabled: false,
    canEnrollFromSalesforce: false,
    customProperties: {},
    dataSources: [],
    ...(start ? { startActionId: ids.get(start)! } : {}),
    nextAvailableActionId: String(next),
    enrollmentCriteria: criteria,
    suppressionListIds: [],
    timeWindows: [],
    blockedDates: [],
    ...flowSettings,
    actions,
  } as HubSpotFlowBody;
  // Drop keys left undefined (optional filter fields), as JSON would.
  return { ok: true, flow: JSON.parse(JSON.stringify(flow)) as HubSpotFlowBody, problems: ctx.problems };
}

function checkShape(workflow: Workflow, byId: ReadonlyMap<StepId, Step>, ids: ReadonlyMap<StepId, string>, actionCount: number, ctx: ExportContext): void {
  for (const step of workflow.steps) {
    if (step.kind === 'go-to' && landing(byId, step.id) === null) {
      ctx.step = step.id;
      ctx.problem('blocking', 'inexpressible', { fr: 'Ce « aller à » tourne en rond entre des « aller à ».', en: 'This go-to loops through other go-tos.' });
    } else if (step.kind !== 'go-to' && !ids.has(step.id)) {
      ctx.step = step.id;
      ctx.problem('warning', 'approximated', {
        fr: 'Étape inatteignable depuis l’inscription : elle n’est pas exportée (HubSpot refuse les actions orphelines).',
        en: 'Step unreachable from enrollment: it is not exported (HubSpot refuses orphan actions).',
      });
    }
  }
  ctx.step = null;
  if (actionCount > LIMITS.actions)
    ctx.problem('warning', 'limit', {
      fr: `${actionCount} actions : au-delà d’environ ${LIMITS.actions} par workflow, HubSpot peut refuser ou ralentir (limite rapportée par des tiers).`,
      en: `${actionCount} actions: beyond about ${LIMITS.actions} per workflow HubSpot may refuse or slow down (a third-party figure).`,
    });
}
