import { asBranchId, asStepId, asWorkflowId, isLifecycleStage, type DelaySpec, type HubSpotActionJson, type PropertyValue, type Step, type StepId, type WaitEvent, type WorkflowTiming } from '../model/index.ts';
import { plainDataIssues } from '../io/plain-data.ts';
import { MAX_ACTION_JSON_LENGTH } from '../schema/limits.ts';
import { ACTION_NAMES, ACTION_TYPES, actionName, actionTitle, BRANCH_TYPES, EVENT_MET_KEY, EVENT_TYPES } from './api.ts';
import { keptOf } from './kept-fields.ts';
import { dateToEpoch, epochToDate, fromHubSpotDuration, timeText, type HubSpotUnit } from './durations.ts';
import { branchCriteria } from './filters-in.ts';
import type { ImportContext } from './import-context.ts';
import { cleanName } from '../schema/limits.ts';
import { evenShares, readShares, shownValue } from './splits.ts';

/**
 * One v4 action to one Flowbench step (the inverse of `steps-out.ts`). `target(connection)`
 * gives the step a connection leads to (a new go-to step for GOTO edges); `path` is the action's
 * JSON path, for notes. Unknown actions become `hubspot-action` placeholders, reported.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface StepReader {
  readonly ctx: ImportContext;
  readonly timing: WorkflowTiming;
  readonly stepId: (actionId: string) => StepId;
  readonly target: (connection: unknown, path: string) => StepId | null;
  /** Workflow ids known to this import (the base project's and the flows being imported). */
  readonly workflowFor: (flowId: string) => string | undefined;
  /** The static branch that splits a delay-until-event's met / not-met paths, when there is one. */
  readonly eventSplit: (waitActionId: string) => { action: Obj; path: string } | undefined;
  /** An action of `typeId` at `path` kept `keys` Flowbench does not model (said in the report, grouped). */
  readonly kept: (path: string, typeId: string, keys: readonly string[]) => void;
}

/**
 * The action as the placeholder keeps it (without `actionId` and `connection`, which the export
 * writes from the workflow), or why it cannot: a branch (its connections lead to other actions),
 * or more than a project holds (engine/io/plain-data.ts: a text over 100,000 characters, a number
 * beyond ±2^53; or over MAX_ACTION_JSON_LENGTH in all).
 */
function kept(a: Obj): { original: HubSpotActionJson } | { why: 'branch' | 'size' } {
  if (BRANCH_TYPES.has(String(a.type))) return { why: 'branch' };
  const { actionId: _id, connection: _connection, ...rest } = a;
  const text = JSON.stringify(rest);
  if (text.length > MAX_ACTION_JSON_LENGTH || plainDataIssues(rest, 1).length > 0) return { why: 'size' };
  return { original: JSON.parse(text) as HubSpotActionJson };
}

function placeholder(a: Obj, id: StepId, path: string, r: StepReader, why?: string): Step {
  const typeId = typeof a.actionTypeId === 'string' ? a.actionTypeId : String(a.type);
  const name = ACTION_NAMES[typeId] ?? { fr: typeId, en: typeId };
  const title = { fr: actionTitle(name.fr, typeId).fr, en: actionTitle(name.en, typeId).en };
  const keep = kept(a);
  const fate =
    'original' in keep
      ? { fr: 'gardée comme étape provisoire, que l’export réécrit à l’identique', en: 'kept as a placeholder step, which the export writes back unchanged' }
      : keep.why === 'branch'
        ? { fr: 'gardée comme étape à reproduire', en: 'kept as a step to rebuild' }
        : { fr: 'gardée comme étape à reproduire (trop volumineuse pour garder ses réglages)', en: 'kept as a step to rebuild (too large to keep its settings)' };
  r.ctx.note(path, 'placeholder', {
    fr: `Action HubSpot ${title.fr}\u00a0: pas d’équivalent dans Flowbench${why ? ` (${why})` : ''}\u00a0; ${fate.fr}.`,
    en: `HubSpot action ${title.en}: no Flowbench equivalent${why ? ` (${why})` : ''}; ${fate.en}.`,
  });
  return { id, kind: 'hubspot-action', actionTypeId: typeId, label: name.en, ...('original' in keep ? { original: keep.original } : {}), next: r.target(a.connection, `${path}.connection`) };
}

/** An action of a type Flowbench does not read (`WEBHOOK`, `CUSTOM_CODE`…): a placeholder keeping it. */
export function unknownStep(a: Obj, path: string, r: StepReader): Step {
  return placeholder(a, r.stepId(String(a.actionId)), path, r);
}

function delaySpec(f: Obj, typeId: string, r: StepReader): DelaySpec | null {
  if (typeId === ACTION_TYPES.delay) {
    const delta = Number(f.delta);
    if (!Number.isSafeInteger(delta) || delta < 0 || !['DAYS', 'HOURS', 'MINUTES'].includes(String(f.time_unit))) return null;
    return { mode: 'duration', duration: fromHubSpotDuration(delta, f.time_unit as HubSpotUnit) };
  }
  const date = f.date;
  const delta = Number(f.delta ?? 0);
  const tod = isObj(f.time_of_day) ? f.time_of_day : { hour: 0, minute: 0 };
  const time = timeText({ hour: Number(tod.hour) || 0, minute: Number(tod.minute) || 0 });
  if (!isObj(date) || !Number.isSafeInteger(delta)) return null;
  const timing = r.timing;
  if (date.type === 'STATIC_VALUE') {
    const ms = Number(date.staticValue);
    if (!Number.isSafeInteger(ms)) return null;
    if (timing.type === 'fixed-date' && dateToEpoch(timing.anchorDate) === ms) return { mode: 'relative-to-anchor', offsetDays: delta, time };
    return { mode: 'until-date', date: epochToDate(ms + delta * 86_400_000), time };
  }
  if (date.type === 'OBJECT_PROPERTY' && typeof date.propertyName === 'string') {
    const property = r.ctx.property(date.propertyName, 'date');
    if (timing.type === 'date-property' && timing.anchorProperty === property) return { mode: 'relative-to-anchor', offsetDays: delta, time };
    return { mode: 'until-date-property', property, offsetDays: delta, time };
  }
  return null;
}

/** The event a 0-29 waits for, from its UNIFIED_EVENTS branch. */
function waitEvent(f: Obj, r: StepReader): WaitEvent | null {
  const branches = Array.isArray(f.event_filter_branches) ? f.event_filter_branches : [];
  const b = branches[0];
  if (branches.length !== 1 || !isObj(b) || b.operator !== 'HAS_COMPLETED') return null;
  const filters = Array.isArray(b.filters) ? b.filters.filter(isObj) : [];
  const restriction = (property: string) => {
    const found = filters.find((x) => x.property === property);
    const op = found && isObj(found.operation) ? found.operation : undefined;
    return op && typeof op.value === 'string' ? op.value : null;
  };
  switch (b.eventTypeId) {
    case EVENT_TYPES.emailOpened:
    case EVENT_TYPES.emailClicked: {
      const email = restriction('hs_email_id');
      return { kind: b.eventTypeId === EVENT_TYPES.emailOpened ? 'email-opened' : 'email-clicked', email: email === null ? null : r.ctx.email(email) };
    }
    case EVENT_TYPES.formSubmitted: {
      const form = restriction('hs_form_id');
      return { kind: 'form-submitted', asset: form === null ? null : r.ctx.form(form) };
    }
    case EVENT_TYPES.pageVisited: {
      const url = restriction('hs_url');
      return url === null ? null : { kind: 'page-viewed', url: r.ctx.page(url) };
    }
    default:
      return null;
  }
}

function typedValue(property: string, value: string, r: StepReader): PropertyValue {
  const type = r.ctx.propertyType(property);
  if (type === 'number' || type === 'date') return Number.isFinite(Number(value)) && value.trim() !== '' ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/**
 * A single action as its step, keeping what the step does not hold (kept-fields.ts): a task's
 * body, a notification's body and recipients, a version... which the export writes back.
 */
export function singleStep(a: Obj, path: string, r: StepReader): Step {
  const step = readSingle(a, path, r);
  if (step.kind === 'hubspot-action') return step;
  const typeId = String(a.actionTypeId);
  const kept = keptOf(a, typeId);
  if (kept === undefined) return step;
  if ('tooLarge' in kept) {
    const name = actionName({ actionTypeId: typeId });
    const title = { fr: actionTitle(name.fr, typeId).fr, en: actionTitle(name.en, typeId).en };
    r.ctx.note(path, 'ignored', {
      fr: `Action HubSpot ${title.fr} : ses autres champs (${kept.tooLarge.join(', ')}) sont trop volumineux pour être gardés ; l’export écrit ceux de Flowbench, vérifiez-les dans HubSpot.`,
      en: `HubSpot action ${title.en}: its other fields (${kept.tooLarge.join(', ')}) are too large to keep; the export writes Flowbench’s, check them in HubSpot.`,
    });
    return step;
  }
  if (kept.unmodelled.length > 0) r.kept(path, typeId, kept.unmodelled);
  return { ...step, keptFromHubSpot: kept.json };
}

function readSingle(a: Obj, path: string, r: StepReader): Step {
  const id = r.stepId(String(a.actionId));
  const f = isObj(a.fields) ? a.fields : {};
  const typeId = String(a.actionTypeId);
  const next = () => r.target(a.connection, `${path}.connection`);
  const { ctx } = r;
  switch (typeId) {
    case ACTION_TYPES.delay:
    case ACTION_TYPES.delayUntilDate: {
      const delay = delaySpec(f, typeId, r);
      return delay ? { id, kind: 'delay', delay, next: next() } : placeholder(a, id, path, r, 'fields');
    }
    case ACTION_TYPES.delayUntilEvent: {
      const event = waitEvent(f, r);
      const minutes = Number(f.expiration_minutes);
      if (!event || !Number.isSafeInteger(minutes) || minutes < 0) return placeholder(a, id, path, r, 'event');
      const maxWait = fromHubSpotDuration(minutes, 'MINUTES');
      const split = r.eventSplit(String(a.actionId));
      if (split) {
        const branches = Array.isArray(split.action.staticBranches) ? split.action.staticBranches.filter(isObj) : [];
        const met = branches.find((b) => b.branchValue === 'true');
        const k = met ? branches.indexOf(met) : -1;
        return {
          id,
          kind: 'delay-until-event',
          event,
          maxWait,
          met: met ? r.target(met.connection, `${split.path}.staticBranches[${k}].connection`) : null,
          notMet: r.target(split.action.defaultBranch, `${split.path}.defaultBranch`),
        };
      }
      ctx.note(path, 'approximated', {
        fr: 'Délai jusqu’à un événement sans branche « atteint / non atteint » : les deux issues mènent à la même étape.',
        en: 'Delay until an event with no met / not-met branch: both outcomes lead to the same step.',
      });
      const after = next();
      return { id, kind: 'delay-until-event', event, maxWait, met: after, notMet: after === null ? null : r.target({ edgeType: 'GOTO', nextActionId: String((a.connection as Obj).nextActionId) }, `${path}.connection`) };
    }
    case ACTION_TYPES.sendEmail:
      return typeof f.content_id === 'string' ? { id, kind: 'send-email', email: ctx.email(f.content_id), next: next() } : placeholder(a, id, path, r, 'content_id');
    case ACTION_TYPES.setProperty: {
      const value = isObj(f.value) ? f.value : {};
      if (typeof f.property_name !== 'string') return placeholder(a, id, path, r, 'property_name');
      const hsName = f.property_name;
      if (value.type === 'STATIC_VALUE' && typeof value.staticValue === 'string') {
        if (hsName === 'lifecyclestage' && ctx.isStage(value.staticValue)) {
          const stage = ctx.stage(value.staticValue);
          if (isLifecycleStage(stage)) return { id, kind: 'set-lifecycle-stage', stage, next: next() };
        }
        const property = ctx.property(hsName, 'string');
        return { id, kind: 'set-property', property, value: typedValue(property, value.staticValue, r), next: next() };
      }
      if (value.type === 'OBJECT_PROPERTY' && typeof value.propertyName === 'string')
        return { id, kind: 'copy-property', from: ctx.property(value.propertyName, 'string'), to: ctx.property(hsName, 'string'), next: next() };
      if (value.type === 'INCREMENT' && typeof value.incrementAmount === 'number')
        return { id, kind: 'increment-property', property: ctx.property(hsName, 'number'), by: value.incrementAmount, next: next() };
      return placeholder(a, id, path, r, `value ${String(value.type)}`);
    }
    case ACTION_TYPES.addToList:
    case ACTION_TYPES.removeFromList:
      if (typeof f.listId !== 'string') return placeholder(a, id, path, r, 'listId');
      return { id, kind: typeId === ACTION_TYPES.addToList ? 'add-to-list' : 'remove-from-list', list: ctx.list(f.listId), next: next() };
    case ACTION_TYPES.listMembershipLegacy:
      if (typeof f.list_id !== 'string') return placeholder(a, id, path, r, 'list_id');
      return { id, kind: f.operation === 'REMOVE' ? 'remove-from-list' : 'add-to-list', list: ctx.list(f.list_id), next: next() };
    case ACTION_TYPES.enrollInWorkflow: {
      const workflow = typeof f.flow_id === 'string' ? r.workflowFor(f.flow_id) : undefined;
      return workflow ? { id, kind: 'enroll-in-workflow', workflow: asWorkflowId(workflow), next: next() } : placeholder(a, id, path, r, `flow ${String(f.flow_id)} not in this project`);
    }
    case ACTION_TYPES.internalEmail: {
      const users = Array.isArray(f.user_ids) ? f.user_ids : Array.isArray(f.owner_properties) ? f.owner_properties : Array.isArray(f.team_ids) ? f.team_ids : [];
      const recipient = users.length > 0 ? ctx.owner(String(users[0])) : 'owner';
      if (users.length > 1)
        ctx.note(path, 'approximated', {
          fr: 'Notification à plusieurs destinataires : Flowbench montre et simule le premier ; l’export les réécrit tous.',
          en: 'Notification to several recipients: Flowbench shows and simulates the first; the export writes them all back.',
        });
      return { id, kind: 'internal-notification', recipient, subject: typeof f.subject === 'string' ? f.subject : '', next: next() };
    }
    case ACTION_TYPES.createTask:
      return { id, kind: 'create-task', taskTitle: typeof f.subject === 'string' ? f.subject : '', next: next() };
    default:
      return placeholder(a, id, path, r);
  }
}

export function branchStep(a: Obj, path: string, r: StepReader): Step {
  const id = r.stepId(String(a.actionId));
  const branchId = (k: number) => asBranchId(`branch-${k + 1}`);
  const { ctx } = r;
  if (a.type === 'LIST_BRANCH') {
    const branches = (Array.isArray(a.listBranches) ? a.listBranches : []).filter(isObj);
    return {
      id,
      kind: 'branch-if',
      branches: branches.map((b, k) => ({
        id: branchId(k),
        name: (typeof b.branchName === 'string' ? cleanName(b.branchName) : '') || `Branch ${k + 1}`,
        criteria: branchCriteria(b.filterBranch, `${path}.listBranches[${k}].filterBranch`, ctx),
        next: r.target(b.connection, `${path}.listBranches[${k}].connection`),
      })),
      defaultName: typeof a.defaultBranchName === 'string' ? a.defaultBranchName : 'None met',
      defaultNext: r.target(a.defaultBranch, `${path}.defaultBranch`),
    };
  }
  if (a.type === 'STATIC_BRANCH') {
    const input = isObj(a.inputValue) ? a.inputValue : {};
    if (input.type !== 'OBJECT_PROPERTY' || typeof input.propertyName !== 'string') return placeholder(a, id, path, r, `input ${String(input.type)}`);
    const property = ctx.property(input.propertyName, 'enumeration');
    const branches = (Array.isArray(a.staticBranches) ? a.staticBranches : []).filter(isObj);
    return {
      id,
      kind: 'branch-value',
      property,
      branches: branches.map((b, k) => {
        const value = input.propertyName === 'lifecyclestage' ? ctx.stage(String(b.branchValue)) : String(b.branchValue);
        return { id: branchId(k), name: value, value, next: r.target(b.connection, `${path}.staticBranches[${k}].connection`) };
      }),
      defaultName: typeof a.defaultBranchName === 'string' ? a.defaultBranchName : 'Any other value',
      defaultNext: r.target(a.defaultBranch, `${path}.defaultBranch`),
    };
  }
  const tests = (Array.isArray(a.testBranches) ? a.testBranches : []).filter(isObj);
  const given = tests.map((c) => c.percentage);
  // Without percentages, even groups as HubSpot splits (the first ones take the remainder so the sum is 100).
  const even = evenShares(tests.length);
  const read = given.every((v) => v === undefined) ? even : readShares(given);
  if (read === null)
    ctx.note(`${path}.testBranches`, 'approximated', {
      fr: `Répartition aléatoire aux pourcentages ${given.map(shownValue).join(' / ')}\u00a0: il faut des nombres entiers qui totalisent 100\u00a0; répartie en groupes égaux (${even.join(' / ')}\u00a0%).`,
      en: `Random split with percentages ${given.map(shownValue).join(' / ')}: they must be whole numbers adding up to 100; split into even groups (${even.join(' / ')}%).`,
    });
  const shares = read ?? even;
  return {
    id,
    kind: 'branch-random',
    branches: tests.map((c, k) => ({
      id: branchId(k),
      name: String.fromCharCode(65 + (k % 26)) + (k >= 26 ? String(Math.floor(k / 26)) : ''),
      percent: shares[k]!,
      next: r.target({ edgeType: c.edgeType, nextActionId: c.nextActionId }, `${path}.testBranches[${k}]`),
    })),
  };
}

export const isEventSplitFor = (action: Obj, waitId: string): boolean => {
  const input = action.inputValue;
  return action.type === 'STATIC_BRANCH' && isObj(input) && input.type === 'FIELD_DATA' && input.actionId === waitId && input.dataKey === EVENT_MET_KEY;
};

export const asStep = asStepId;
