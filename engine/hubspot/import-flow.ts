import {
  asStepId,
  asWorkflowId,
  WEEKDAYS,
  type Criteria,
  type FilterGroup,
  type ExecutionWindow,
  type Step,
  type StepId,
  type UnenrollFromOthers,
  type Workflow,
  type WorkflowTiming,
} from '../model/index.ts';
import { actionName, BRANCH_TYPES, EVENT_TYPES } from './api.ts';
import { MONTHS, timeText } from './durations.ts';
import { branchCriteria } from './filters-in.ts';
import { CREATED_NAMES, type ImportContext } from './import-context.ts';
import { keptMessage } from './kept-fields.ts';
import { branchStep, isEventSplitFor, singleStep, unknownStep, type StepReader } from './steps-in.ts';
import { cleanName } from '../schema/limits.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

function timingOf(flow: Obj, ctx: ImportContext): WorkflowTiming {
  const anchor = flow.eventAnchor;
  if (isObj(anchor) && anchor.type === 'STATIC_DATE_ANCHOR') {
    const month = MONTHS.indexOf(anchor.month as (typeof MONTHS)[number]) + 1;
    return { type: 'fixed-date', anchorDate: `${String(anchor.year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(anchor.dayOfMonth).padStart(2, '0')}` };
  }
  if (isObj(anchor) && anchor.type === 'CONTACT_PROPERTY_ANCHOR' && typeof anchor.contactProperty === 'string')
    return { type: 'date-property', anchorProperty: ctx.property(anchor.contactProperty, 'date'), recurAnnually: false };
  return { type: 'contact' };
}

/** Event-based triggers as Flowbench criteria: one group per event, AND the refinement. */
function eventTriggers(criteria: Obj, at: string, ctx: ImportContext): Criteria {
  const groups = arr(criteria.eventFilterBranches).flatMap((b, k): FilterGroup[] => {
    const restriction = (property: string) => {
      const f = arr(b.filters).find((x) => x.property === property);
      return f && isObj(f.operation) && typeof f.operation.value === 'string' ? f.operation.value : null;
    };
    const form = restriction('hs_form_id');
    const email = restriction('hs_email_id');
    switch (b.eventTypeId) {
      case EVENT_TYPES.formSubmitted:
        return [{ filters: [{ kind: 'form' as const, asset: form === null ? null : ctx.form(form), op: 'submitted' as const }] }];
      case EVENT_TYPES.emailOpened:
      case EVENT_TYPES.emailClicked:
        return [{ filters: [{ kind: 'email' as const, email: email === null ? null : ctx.email(email), event: b.eventTypeId === EVENT_TYPES.emailOpened ? ('opened' as const) : ('clicked' as const) }] }];
      default:
        ctx.note(`${at}.eventFilterBranches[${k}]`, 'ignored', {
          fr: `Déclencheur sur l’événement ${String(b.eventTypeId)} : pas d’équivalent dans Flowbench, laissé de côté.`,
          en: `Trigger on event ${String(b.eventTypeId)}: no Flowbench equivalent, left out.`,
        });
        return [];
    }
  });
  const members = arr(criteria.listMembershipFilterBranches).flatMap((b, k) => branchCriteria(b, `${at}.listMembershipFilterBranches[${k}]`, ctx).groups);
  const refinement = criteria.refinementCriteria === undefined ? null : branchCriteria(criteria.refinementCriteria, `${at}.refinementCriteria`, ctx);
  const all = [...groups, ...members];
  ctx.note(at, 'approximated', {
    fr: 'Inscription « quand un événement se produit » : relue comme des critères (formulaire soumis, e-mail ouvert ou cliqué, membre d’un segment).',
    en: 'Enrollment "when an event occurs": read as criteria (form submitted, email opened or clicked, segment member).',
  });
  if (!refinement || refinement.groups.length === 0) return { groups: all };
  return { groups: all.flatMap((g) => refinement.groups.map((r) => ({ filters: [...g.filters, ...r.filters] }))) };
}

function executionWindow(flow: Obj, at: string, ctx: ImportContext): ExecutionWindow | null {
  const windows = arr(flow.timeWindows);
  if (windows.length === 0) return null;
  const hm = (t: unknown, fallback: string) => (isObj(t) && typeof t.hour === 'number' && typeof t.minute === 'number' ? timeText({ hour: t.hour, minute: t.minute }) : fallback);
  const start = hm(windows[0]!.startTime, '00:00');
  const end = hm(windows[0]!.endTime, '23:59');
  if (windows.some((w) => hm(w.startTime, '00:00') !== start || hm(w.endTime, '23:59') !== end))
    ctx.note(`${at}.timeWindows`, 'approximated', {
      fr: `Horaires différents selon les jours : Flowbench garde une seule plage (${start}-${end}).`,
      en: `Hours differ from day to day: Flowbench keeps one range (${start}-${end}).`,
    });
  const days = WEEKDAYS.filter((d) => windows.some((w) => String(w.day).toLowerCase() === d));
  return { days, start, end };
}

export interface FlowIds {
  readonly workflowId: string;
  readonly workflowFor: (flowId: string) => string | undefined;
}

/** One validated v4 flow to a Flowbench workflow; structural faults go to `ctx.errors` with their path. */
export function workflowFromFlow(flow: Obj, at: string, ids: FlowIds, ctx: ImportContext): Workflow {
  const prefix = at === '' ? '' : `${at}.`;
  const actions = arr(flow.actions);
  const index = new Map<string, number>();
  actions.forEach((a, k) => {
    const id = String(a.actionId);
    if (index.has(id))
      ctx.error(`${prefix}actions[${k}].actionId`, { fr: `L’identifiant d’action « ${id} » est déjà utilisé par actions[${index.get(id)}].`, en: `The action id "${id}" is already used by actions[${index.get(id)}].` });
    else index.set(id, k);
  });
  const pathOf = (id: string) => `${prefix}actions[${index.get(id)}]`;
  const timing = timingOf(flow, ctx);
  // Static branches that only split a delay-until-event's met / not-met paths fold into it.
  const splitOf = new Map<string, string>();
  for (const a of actions) {
    if (a.actionTypeId !== '0-29' || !isObj(a.connection)) continue;
    const next = String(a.connection.nextActionId);
    const target = actions[index.get(next) ?? -1];
    if (target && isEventSplitFor(target, String(a.actionId))) splitOf.set(String(a.actionId), next);
  }
  const folded = new Map([...splitOf].map(([wait, split]) => [split, wait]));
  const stepId = (actionId: string): StepId => asStepId(`step-hs-${folded.get(actionId) ?? actionId}`);
  const steps: Step[] = [];
  const built = new Set<string>();
  const claimed = new Set<string>();
  const stack: string[] = [];
  const deferred: string[] = [];
  let goTos = 0;
  // Fields kept beside their steps, by action type and keys: one line of the report for each.
  const kept = new Map<string, { path: string; typeId: string; keys: readonly string[]; count: number }>();
  const startId = typeof flow.startActionId === 'string' ? flow.startActionId : actions[0] ? String(actions[0].actionId) : null;
  if (startId !== null && !index.has(startId))
    ctx.error(`${prefix}startActionId`, { fr: `startActionId « ${startId} » ne désigne aucune action.`, en: `startActionId "${startId}" names no action.` });
  const reader: StepReader = {
    ctx,
    timing,
    stepId,
    workflowFor: ids.workflowFor,
    kept: (path, typeId, keys) => {
      const key = JSON.stringify([typeId, ...keys]);
      const seen = kept.get(key);
      if (seen) seen.count++;
      else kept.set(key, { path, typeId, keys, count: 1 });
    },
    eventSplit: (wait) => {
      const split = splitOf.get(wait);
      return split === undefined ? undefined : { action: actions[index.get(split)!]!, path: pathOf(split) };
    },
    target: (connection, path) => {
      if (connection === undefined || connection === null) return null;
      if (!isObj(connection)) return null;
      const next = String(connection.nextActionId);
      if (!index.has(next)) {
        ctx.error(`${path}.nextActionId`, { fr: `Cette connexion mène à l’action « ${next} », qui n’existe pas.`, en: `This connection leads to action "${next}", which does not exist.` });
        return null;
      }
      const landing = folded.get(next) ?? next;
      const jump = connection.edgeType === 'GOTO' || connection.edgeType === 'GO-TO';
      if (!jump && !built.has(landing) && !claimed.has(landing)) {
        claimed.add(landing);
        stack.push(landing);
        return stepId(landing);
      }
      if (!built.has(landing) && !claimed.has(landing)) deferred.push(landing);
      goTos++;
      const goTo: Step = { id: asStepId(`step-hs-goto-${goTos}`), kind: 'go-to', target: stepId(landing) };
      steps.push(goTo);
      return goTo.id;
    },
  };
  const build = (id: string) => {
    if (built.has(id)) return;
    built.add(id);
    const a = actions[index.get(id)!]!;
    const path = pathOf(id);
    steps.push(a.type === 'SINGLE_CONNECTION' ? singleStep(a, path, reader) : BRANCH_TYPES.has(String(a.type)) ? branchStep(a, path, reader) : unknownStep(a, path, reader));
  };
  if (startId !== null && index.has(startId)) {
    claimed.add(startId);
    stack.push(startId);
  }
  const orphans = actions.map((a) => String(a.actionId)).filter((id) => !folded.has(id));
  for (;;) {
    if (stack.length > 0) build(stack.pop()!);
    else if (deferred.length > 0) build(deferred.shift()!);
    else {
      const orphan = orphans.find((id) => !built.has(id));
      if (orphan === undefined) break;
      const name = actionName(actions[index.get(orphan)!]!);
      ctx.note(pathOf(orphan), 'approximated', {
        fr: `L’action ${orphan} («\u00a0${name.fr}\u00a0») ne peut pas être atteinte depuis le début\u00a0: gardée, sans lien.`,
        en: `Action ${orphan} (“${name.en}”) cannot be reached from the start: kept, not linked.`,
      });
      build(orphan);
    }
  }
  for (const k of kept.values()) ctx.note(k.path, 'kept', keptMessage(k.typeId, k.keys, k.count));
  const criteria = isObj(flow.enrollmentCriteria) ? flow.enrollmentCriteria : { type: 'MANUAL', shouldReEnroll: false };
  const cAt = `${prefix}enrollmentCriteria`;
  const triggers: Criteria =
    criteria.type === 'LIST_BASED' ? branchCriteria(criteria.listFilterBranch, `${cAt}.listFilterBranch`, ctx) : criteria.type === 'EVENT_BASED' ? eventTriggers(criteria, cAt, ctx) : { groups: [] };
  if (flow.enrollmentSchedule !== undefined)
    ctx.note(`${prefix}enrollmentSchedule`, 'ignored', { fr: 'Inscription planifiée : Flowbench ne la simule pas ; laissée de côté.', en: 'Scheduled enrollment: Flowbench does not simulate it; left out.' });
  const goal = flow.goalFilterBranch === undefined ? null : branchCriteria(flow.goalFilterBranch, `${prefix}goalFilterBranch`, ctx);
  const setting = isObj(flow.unEnrollmentSetting) ? flow.unEnrollmentSetting : null;
  const unenrollFromOthers: UnenrollFromOthers =
    setting?.type === 'ALL'
      ? { mode: 'all' }
      : setting?.type === 'SELECTIVE'
        ? { mode: 'selected', workflows: (Array.isArray(setting.flowIds) ? setting.flowIds : []).flatMap((f) => { const w = ids.workflowFor(String(f)); return w ? [asWorkflowId(w)] : []; }) }
        : { mode: 'none' };
  if (unenrollFromOthers.mode === 'selected' && Array.isArray(setting?.flowIds) && unenrollFromOthers.workflows.length < setting.flowIds.length)
    ctx.note(`${prefix}unEnrollmentSetting.flowIds`, 'ignored', { fr: 'Des workflows à désinscrire ne sont pas dans ce projet : laissés de côté.', en: 'Some workflows to unenroll from are not in this project: left out.' });
  const blockedDates = arr(flow.blockedDates).flatMap((d, k) => {
    if (typeof d.year !== 'number') {
      ctx.note(`${prefix}blockedDates[${k}]`, 'ignored', { fr: 'Date bloquée sans année (chaque année)\u00a0: Flowbench attend une date précise.', en: 'Blocked date with no year (every year): Flowbench needs a full date.' });
      return [];
    }
    const month = MONTHS.indexOf(d.month as (typeof MONTHS)[number]) + 1;
    return [`${String(d.year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d.dayOfMonth).padStart(2, '0')}`];
  });
  return {
    id: asWorkflowId(ids.workflowId),
    name: (typeof flow.name === 'string' ? cleanName(flow.name) : '') || `${CREATED_NAMES.workflow[ctx.lang]} ${String(flow.id ?? '')}`.trim(),
    ...(typeof flow.description === 'string' && flow.description !== '' ? { description: flow.description } : {}),
    enabled: true,
    timing,
    enrollment: {
      triggers,
      enrollExisting: false,
      reenroll: criteria.shouldReEnroll === true,
      unenrollWhenNotMatching: criteria.type === 'LIST_BASED' && criteria.unEnrollObjectsNotMeetingCriteria === true,
    },
    suppressionLists: (Array.isArray(flow.suppressionListIds) ? flow.suppressionListIds : []).map((id) => ctx.list(String(id))),
    goal: goal && goal.groups.length > 0 ? goal : null,
    unenrollFromOthers,
    executionWindow: executionWindow(flow, `${prefix}`.replace(/\.$/, ''), ctx),
    blockedDates,
    timeZone: ctx.timeZone,
    start: startId !== null && index.has(startId) ? stepId(startId) : null,
    steps,
  };
}
