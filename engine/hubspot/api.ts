/**
 * The HubSpot automation API this bridge speaks, in one place. v4 is a beta API; HubSpot
 * stops supporting every `/v4/` API on 2027-03-30 (hubspot-today.md §1.1). Its successors are
 * date-versioned betas (`/automation/2026-09-beta/flows`, `/automation/2027-03-beta/`) whose
 * body schema may differ: when moving, change this constant and re-check `flow-schema.ts`.
 */
export const HUBSPOT_FLOWS_API = {
  version: 'v4',
  createPath: '/automation/v4/flows',
  readPath: '/automation/v4/flows/{flowId}',
  beta: true,
  endOfSupport: '2027-03-30',
} as const;

/** Action type ids of contact workflows (hubspot-today.md §1.5). */
export const ACTION_TYPES = {
  delay: '0-1',
  delayUntilDate: '0-35',
  delayUntilEvent: '0-29',
  sendEmail: '0-4',
  setProperty: '0-5',
  internalEmail: '0-8',
  createTask: '0-3',
  addToList: '0-63809083',
  removeFromList: '0-63863438',
  listMembershipLegacy: '0-13',
  enrollInWorkflow: '0-15',
} as const;

/** HubSpot's names for the action ids, in its editor's words, for placeholders and reports. */
export const ACTION_NAMES: Readonly<Record<string, { fr: string; en: string }>> = {
  '0-1': { fr: 'Délai', en: 'Delay' },
  '0-35': { fr: 'Délai jusqu’à une date', en: 'Delay until a date' },
  '0-29': { fr: 'Délai jusqu’à un événement', en: 'Delay until an event happens' },
  '0-28': { fr: 'Délai jusqu’à un jour ou une heure', en: 'Delay until a day or time' },
  '0-4': { fr: 'Envoyer un e-mail marketing', en: 'Send marketing email' },
  '0-5': { fr: 'Modifier la valeur de la propriété', en: 'Edit record' },
  '0-8': { fr: 'Envoyer une notification par e-mail interne', en: 'Send internal email notification' },
  '0-3': { fr: 'Créer une tâche', en: 'Create task' },
  '0-63809083': { fr: 'Ajouter à un segment statique', en: 'Add to static segment' },
  '0-63863438': { fr: 'Retirer d’un segment statique', en: 'Remove from static segment' },
  '0-13': { fr: 'Ajouter à / retirer d’une liste statique', en: 'Add to / remove from static list' },
  '0-15': { fr: 'Inscrire dans un autre workflow', en: 'Enroll in another workflow' },
  '0-14': { fr: 'Créer un enregistrement', en: 'Create record' },
  '0-9': { fr: 'Envoyer une notification dans l’application', en: 'Send in-app notification' },
  '0-11': { fr: 'Faire tourner le propriétaire', en: 'Rotate record to owner' },
  '0-31': { fr: 'Définir le statut de contact marketing', en: 'Set marketing contact status' },
  '0-46510720': { fr: 'Inscrire dans une séquence', en: 'Enroll in a sequence' },
  '0-18224765': { fr: 'Supprimer l’enregistrement', en: 'Delete record' },
};

/** HubSpot's names for the branch actions (`type`, no `actionTypeId`), in its editor's words. */
export const BRANCH_NAMES: Readonly<Record<string, { fr: string; en: string }>> = {
  LIST_BRANCH: { fr: 'Branche si/alors', en: 'If/then branch' },
  STATIC_BRANCH: { fr: 'La valeur est égale à', en: 'Value equals' },
  AB_TEST_BRANCH: { fr: 'Répartition aléatoire', en: 'Random split' },
};

/** An action's name as HubSpot's editor shows it: its type's name, else its `actionTypeId` or `type` as is. */
export function actionName(action: { readonly type?: unknown; readonly actionTypeId?: unknown }): { fr: string; en: string } {
  const id = typeof action.actionTypeId === 'string' ? action.actionTypeId : String(action.type);
  return ACTION_NAMES[id] ?? BRANCH_NAMES[id] ?? { fr: id, en: id };
}

/** How a report names an action: `“Rotate record to owner” (0-11)`, or `“WEBHOOK”` alone when HubSpot's name is its id. */
export function actionTitle(label: string, typeId: string): { fr: string; en: string } {
  return label === typeId ? { fr: `«\u00a0${label}\u00a0»`, en: `“${label}”` } : { fr: `«\u00a0${label}\u00a0» (${typeId})`, en: `“${label}” (${typeId})` };
}

/** Action types whose connections are several (their branches): not one `next` a placeholder can keep. */
export const BRANCH_TYPES: ReadonlySet<string> = new Set(['LIST_BRANCH', 'STATIC_BRANCH', 'AB_TEST_BRANCH']);

/** Unified event type ids for "delay until event" (hubspot-today.md §1.7). */
export const EVENT_TYPES = {
  formSubmitted: '4-1639801',
  emailOpened: '4-666440',
  emailClicked: '4-666288',
  pageVisited: '4-96000',
} as const;

/** HubSpot's documented branch limits and the third-party action ceiling (§2). */
export const LIMITS = { ifThenBranches: 20, valueBranches: 250, actions: 500 } as const;

/** The output of "delay until event" that its met / not-met branch reads. */
export const EVENT_MET_KEY = 'hs_event_criteria_met';
