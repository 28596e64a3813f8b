import type { HubSpotMappingTable, Localized } from '../model/index.ts';

/** What each mapping table holds, as the pre-flight names it at the start of a sentence. */
export const TABLE_WORDS: Readonly<Record<HubSpotMappingTable, Localized>> = {
  emails: { fr: 'L’e-mail', en: 'The email' },
  lists: { fr: 'Le segment (liste)', en: 'The segment (list)' },
  forms: { fr: 'Le formulaire', en: 'The form' },
  pages: { fr: 'La page', en: 'The page' },
  properties: { fr: 'La propriété', en: 'The property' },
  lifecycleStages: { fr: 'La phase du cycle de vie', en: 'The lifecycle stage' },
  owners: { fr: 'Le destinataire', en: 'The recipient' },
  workflows: { fr: 'Le workflow', en: 'The workflow' },
};

/** Table names as the mapping editor's headings show them. */
export const TABLE_TITLES: Readonly<Record<HubSpotMappingTable, Localized>> = {
  emails: { fr: 'E-mails marketing', en: 'Marketing emails' },
  lists: { fr: 'Segments (listes)', en: 'Segments (lists)' },
  forms: { fr: 'Formulaires', en: 'Forms' },
  pages: { fr: 'Pages', en: 'Pages' },
  properties: { fr: 'Propriétés personnalisées', en: 'Custom properties' },
  lifecycleStages: { fr: 'Phases du cycle de vie', en: 'Lifecycle stages' },
  owners: { fr: 'Utilisateurs (notifications)', en: 'Users (notifications)' },
  workflows: { fr: 'Workflows', en: 'Workflows' },
};

/**
 * Fields of the v4 spec marked [INFERRED] (hubspot-today.md) that an export may rely on. The
 * pre-flight lists each one a body uses, so nobody is surprised at POST time.
 */
const INFERRED = {
  'number-inclusive': {
    fr: 'Opérateurs ≥ / ≤ écrits IS_GREATER_THAN_OR_EQUAL_TO / IS_LESS_THAN_OR_EQUAL_TO (noms déduits, non confirmés).',
    en: 'Operators ≥ / ≤ written IS_GREATER_THAN_OR_EQUAL_TO / IS_LESS_THAN_OR_EQUAL_TO (inferred names, unconfirmed).',
  },
  'number-between': {
    fr: 'Filtre « entre » écrit NUMBER_RANGED IS_BETWEEN / IS_NOT_BETWEEN (noms déduits).',
    en: '"Between" filter written NUMBER_RANGED IS_BETWEEN / IS_NOT_BETWEEN (inferred names).',
  },
  'bool-neq': { fr: 'Booléen « différent de » écrit BOOL IS_NOT_EQUAL_TO (déduit).', en: 'Boolean "not equal" written BOOL IS_NOT_EQUAL_TO (inferred).' },
  'not-in-list': { fr: '« N’est pas membre du segment » écrit IN_LIST avec l’opérateur NOT_IN_LIST (déduit).', en: '"Not a member of the segment" written IN_LIST with operator NOT_IN_LIST (inferred).' },
  'date-ops': {
    fr: 'Filtres de date (le, avant, après, entre, il y a plus de N jours, dans plus de N jours) écrits en TIME_POINT / TIME_RANGED (forme observée pour « il y a moins de N jours » seulement).',
    en: 'Date filters (on, before, after, between, more than N days ago / from now) written as TIME_POINT / TIME_RANGED (shape observed only for "less than N days ago").',
  },
  'updated-in-last-days': { fr: '« Mise à jour dans les N derniers jours » écrit ROLLING_PROPERTY_UPDATED (déduit).', en: '"Updated in the last N days" written ROLLING_PROPERTY_UPDATED (inferred).' },
  'within-days': {
    fr: 'Fenêtre « dans les N derniers jours » écrite pruningRefineBy RELATIVE_RANGED (champs du SDK ; valeurs PAST / DAYS déduites).',
    en: '"In the last N days" window written pruningRefineBy RELATIVE_RANGED (SDK fields; values PAST / DAYS inferred).',
  },
  'email-event-app-level': {
    fr: 'Filtres d’événement d’e-mail sans appId ni level (valeurs inconnues : à vérifier sur un workflow créé dans HubSpot).',
    en: 'Email event filters without appId or level (values unknown: check against a workflow built in HubSpot).',
  },
  'wait-event-restriction': {
    fr: 'Délai jusqu’à un événement limité à un e-mail, un formulaire ou une page par un filtre sur hs_email_id / hs_form_id / hs_url (noms déduits).',
    en: 'Delay until an event restricted to one email, form or page by a filter on hs_email_id / hs_form_id / hs_url (inferred names).',
  },
  'page-visited-event': { fr: 'Événement « page vue » 4-96000 (une seule source).', en: 'Event "page visited" 4-96000 (single source).' },
  'copy-property': { fr: 'Copie de propriété écrite 0-5 avec OBJECT_PROPERTY (déduit).', en: 'Copy property written 0-5 with OBJECT_PROPERTY (inferred).' },
  increment: { fr: 'Incrément écrit 0-5 avec INCREMENT (déduit).', en: 'Increment written 0-5 with INCREMENT (inferred).' },
  'list-action-version': {
    fr: 'Actions de segment 0-63809083 / 0-63863438 en version 0 (exemple du changelog ; les workflows réels montrent 3 ou 5).',
    en: 'Segment actions 0-63809083 / 0-63863438 at version 0 (changelog example; real workflows show 3 or 5).',
  },
  'reenroll-triggers': {
    fr: 'Déclencheurs de réinscription : les mêmes filtres que l’inscription (HubSpot code parfois les changements de propriété par hs_name / hs_value).',
    en: 'Re-enrollment triggers: the same filters as enrollment (HubSpot sometimes encodes property changes as hs_name / hs_value).',
  },
  'enroll-workflow-field': { fr: 'Inscription dans un workflow : champ flow_id (observé une fois).', en: 'Enroll in workflow: field flow_id (observed once).' },
  'anchor-delay': {
    fr: 'Délais d’un workflow centré sur une date écrits 0-35 sur la date d’ancrage (déduit).',
    en: 'Delays of a date-centred workflow written 0-35 on the anchor date (inferred).',
  },
  'random-even': {
    fr: 'Répartition aléatoire : HubSpot crée des groupes de taille égale (pas de pourcentage dans le schéma).',
    en: 'Random split: HubSpot makes evenly sized groups (no percentage in the schema).',
  },
} as const satisfies Record<string, Localized>;

export type InferredField = keyof typeof INFERRED;

export function inferredMessage(field: InferredField): Localized {
  const m = INFERRED[field];
  return { fr: `[DÉDUIT] ${m.fr}`, en: `[INFERRED] ${m.en}` };
}
