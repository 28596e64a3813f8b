import { counted, type HubSpotActionJson, type Localized } from '../model/index.ts';
import { plainDataIssues } from '../io/plain-data.ts';
import { MAX_ACTION_JSON_LENGTH } from '../schema/limits.ts';
import { ACTION_TYPES, actionName, actionTitle } from './api.ts';
import type { SingleConnectionAction } from './types.ts';

/**
 * What Flowbench does not model of the actions it reads, kept on their steps
 * (`keptFromHubSpot`) and written back by the export, as a placeholder keeps a whole unknown
 * action (`original`): a task's body, due date and owner, a notification's body and recipients,
 * a list action's `targetObject` and version... (hubspot-today.md §1.5 lists the fields).
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** For each action type read into a step, the `fields` the step holds: the export writes these from the step. */
export const MODELLED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [ACTION_TYPES.delay]: ['delta', 'time_unit'],
  [ACTION_TYPES.delayUntilDate]: ['date', 'delta', 'time_unit', 'time_of_day'],
  [ACTION_TYPES.delayUntilEvent]: ['event_filter_branches', 'expiration_minutes'],
  [ACTION_TYPES.sendEmail]: ['content_id'],
  [ACTION_TYPES.setProperty]: ['property_name', 'value'],
  [ACTION_TYPES.addToList]: ['listId'],
  [ACTION_TYPES.removeFromList]: ['listId'],
  [ACTION_TYPES.enrollInWorkflow]: ['flow_id'],
  [ACTION_TYPES.internalEmail]: ['subject'],
  [ACTION_TYPES.createTask]: ['subject'],
};

/**
 * A notification's recipients: the step holds the first (user, owner property or team); unless
 * they are one user, the action kept holds them all, and the export writes them back as long as
 * the step's recipient is still the first of them.
 */
export const RECIPIENT_FIELDS = ['user_ids', 'owner_properties', 'team_ids'] as const;

/** The associations of a task Flowbench writes: to the enrolled contact (hubspot-today.md §1.5). */
export const TASK_ASSOCIATIONS = [{ target: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 204 }, value: { type: 'ENROLLED_OBJECT' } }] as const;

/** The body of a notification Flowbench writes: its subject, as HTML. */
export const notificationBody = (subject: string): string => `<p>${escapeHtml(subject)}</p>`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The fields a step made in Flowbench writes beside its own (steps-out.ts): a field of an
 * imported action equal to these need not be kept, so a workflow exported then imported again
 * keeps nothing and says nothing.
 */
function defaultFields(typeId: string, fields: Obj): Obj {
  if (typeId === ACTION_TYPES.createTask) return { task_type: 'TODO', body: '', associations: TASK_ASSOCIATIONS, use_explicit_associations: 'true' };
  if (typeId === ACTION_TYPES.internalEmail) return { body: notificationBody(typeof fields.subject === 'string' ? fields.subject : '') };
  return {};
}

/** The same JSON, whatever the order of the keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return a === b;
}

/** Top-level keys the step and the workflow hold (`actionTypeVersion` 0 is what the export writes). */
const STRUCTURE = new Set(['type', 'actionId', 'actionTypeId', 'connection', 'fields']);

export interface Kept {
  readonly json: HubSpotActionJson;
  /** The keys named in the import's report: what the simulation does not use (not the recipients, which it does). */
  readonly unmodelled: readonly string[];
}

/**
 * What a single action holds beyond its step; undefined when nothing; the keys when they are
 * more than a project keeps (over MAX_ACTION_JSON_LENGTH characters, or a value out of range).
 */
export function keptOf(action: Obj, typeId: string): Kept | { readonly tooLarge: readonly string[] } | undefined {
  const modelled = MODELLED_FIELDS[typeId];
  if (!modelled) return undefined;
  const fields = isObj(action.fields) ? action.fields : {};
  const defaults = defaultFields(typeId, fields);
  const recipients: readonly string[] = typeId === ACTION_TYPES.internalEmail ? RECIPIENT_FIELDS : [];
  const top = Object.entries(action).filter(([k, v]) => !STRUCTURE.has(k) && !(k === 'actionTypeVersion' && v === 0));
  const rest = Object.entries(fields).filter(([k, v]) => !modelled.includes(k) && !recipients.includes(k) && !(Object.hasOwn(defaults, k) && sameJson(v, defaults[k])));
  // Recipients go together: kept unless they are one user, which is what the step writes.
  const group = Object.entries(fields).filter(([k]) => recipients.includes(k));
  const oneUser = group.length === 1 && group[0]![0] === 'user_ids' && Array.isArray(group[0]![1]) && group[0]![1].length === 1;
  const kept = [...rest, ...(oneUser ? [] : group)];
  if (top.length === 0 && kept.length === 0) return undefined;
  const json = { actionTypeId: typeId, ...Object.fromEntries(top), fields: Object.fromEntries(kept) };
  const text = JSON.stringify(json);
  if (text.length > MAX_ACTION_JSON_LENGTH || plainDataIssues(json, 1).length > 0) return { tooLarge: [...top, ...rest].map(([k]) => k) };
  return { json: JSON.parse(text) as HubSpotActionJson, unmodelled: [...top, ...rest].map(([k]) => k) };
}

/**
 * The action the export writes for a step that kept its imported action: the kept top-level keys
 * and fields, under the step's own fields (`modelled`). Nothing is merged when the step now
 * writes another action type than the one it was read from (a delay until a date made a delay
 * of some days): the kept fields belonged to that other action.
 */
export function withKept(action: SingleConnectionAction, kept: HubSpotActionJson | undefined): SingleConnectionAction {
  if (!kept || kept.actionTypeId !== action.actionTypeId) return action;
  const { actionTypeId: _type, fields: keptFields, ...top } = kept;
  // The step's own fields and a notification's recipients are the step's (steps-out.ts picks the kept recipients when they still apply).
  const own: readonly string[] = [...(MODELLED_FIELDS[action.actionTypeId] ?? []), ...(action.actionTypeId === ACTION_TYPES.internalEmail ? RECIPIENT_FIELDS : [])];
  const others = Object.entries(isObj(keptFields) ? keptFields : {}).filter(([k]) => !own.includes(k));
  const { connection, ...rest } = action;
  return { ...rest, ...top, fields: { ...action.fields, ...Object.fromEntries(others) }, ...(connection ? { connection } : {}) } as SingleConnectionAction;
}

/** The recipient fields kept, and the first recipient the step was read with, if any. */
export function keptRecipients(kept: HubSpotActionJson | undefined): { readonly fields: Obj; readonly first: string | undefined } {
  const fields = kept && isObj(kept.fields) ? kept.fields : {};
  const lists = Object.fromEntries(RECIPIENT_FIELDS.filter((k) => k in fields).map((k) => [k, fields[k]]));
  // The list the import read the recipient from (steps-in.ts): the first of them present.
  const list = RECIPIENT_FIELDS.map((k) => fields[k]).find(Array.isArray) as unknown[] | undefined;
  return { fields: lists, first: list === undefined || list.length === 0 ? undefined : String(list[0]) };
}

/**
 * The import report's line for actions of one type that kept the same fields, said once per
 * workflow however many actions: "HubSpot action “Create task” (0-3), 2,000 times: the fields
 * body, priority and task_type are kept as they were; the simulation does not use them and the
 * export writes them back unchanged."
 */
export function keptMessage(typeId: string, keys: readonly string[], count: number): Localized {
  const name = actionName({ actionTypeId: typeId });
  const title = { fr: actionTitle(name.fr, typeId).fr, en: actionTitle(name.en, typeId).en };
  const list = (and: string) => (keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} ${and} ${keys.at(-1)!}`);
  const one = keys.length === 1;
  const times = {
    fr: count === 1 ? '' : `, ${counted(count, 'fr', 'fois', 'fois')}`,
    en: count === 1 ? '' : `, ${counted(count, 'en', 'time', 'times')}`,
  };
  return {
    fr: `Action HubSpot ${title.fr}${times.fr}\u00a0: ${one ? `le champ ${list('et')} est gardé tel quel` : `les champs ${list('et')} sont gardés tels quels`}\u00a0; la simulation ne s’en sert pas et l’export ${one ? 'le' : 'les'} réécrit à l’identique.`,
    en: `HubSpot action ${title.en}${times.en}: ${one ? `the field ${list('and')} is kept as it was` : `the fields ${list('and')} are kept as they were`}; the simulation does not use ${one ? 'it' : 'them'} and the export writes ${one ? 'it' : 'them'} back unchanged.`,
  };
}
