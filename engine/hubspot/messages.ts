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
 * pre-flight lists each one a body uses, so nobody is surprised at POST time: `what` says in the
 * marketer's words what to look at in HubSpot once the workflow is created, `detail` the field
 * and why it is uncertain, for whoever sends the body.
 */
const INFERRED = {
  'number-inclusive': {
    what: { fr: 'les filtres «\u00a0au moins\u00a0» / «\u00a0au plus\u00a0» sur un nombre', en: '“at least” / “at most” filters on a number' },
    detail: { fr: 'Opérateurs ≥ / ≤ écrits IS_GREATER_THAN_OR_EQUAL_TO / IS_LESS_THAN_OR_EQUAL_TO (noms déduits, non confirmés).', en: 'Operators ≥ / ≤ written IS_GREATER_THAN_OR_EQUAL_TO / IS_LESS_THAN_OR_EQUAL_TO (inferred names, unconfirmed).' },
  },
  'number-between': {
    what: { fr: 'les filtres «\u00a0entre\u00a0» sur un nombre', en: '“between” filters on a number' },
    detail: { fr: 'Filtre «\u00a0entre\u00a0» écrit NUMBER_RANGED IS_BETWEEN / IS_NOT_BETWEEN (noms déduits).', en: '"Between" filter written NUMBER_RANGED IS_BETWEEN / IS_NOT_BETWEEN (inferred names).' },
  },
  'bool-neq': {
    what: { fr: 'les filtres «\u00a0différent de\u00a0» sur une propriété oui / non', en: '“is not equal to” filters on a yes / no property' },
    detail: { fr: 'Booléen «\u00a0différent de\u00a0» écrit BOOL IS_NOT_EQUAL_TO (déduit).', en: 'Boolean "not equal" written BOOL IS_NOT_EQUAL_TO (inferred).' },
  },
  'not-in-list': {
    what: { fr: 'les filtres «\u00a0n’est pas membre du segment\u00a0»', en: '“is not a member of the segment” filters' },
    detail: { fr: '«\u00a0N’est pas membre du segment\u00a0» écrit IN_LIST avec l’opérateur NOT_IN_LIST (déduit).', en: '"Not a member of the segment" written IN_LIST with operator NOT_IN_LIST (inferred).' },
  },
  'date-ops': {
    what: { fr: 'les filtres de date (le, avant, après, entre, il y a plus de N jours, dans plus de N jours)', en: 'date filters (on, before, after, between, more than N days ago or from now)' },
    detail: {
      fr: 'Filtres de date écrits en TIME_POINT / TIME_RANGED (forme observée pour «\u00a0il y a moins de N jours\u00a0» seulement).',
      en: 'Date filters written as TIME_POINT / TIME_RANGED (shape observed only for "less than N days ago").',
    },
  },
  'updated-in-last-days': {
    what: { fr: 'les filtres «\u00a0mise à jour dans les N derniers jours\u00a0»', en: '“updated in the last N days” filters' },
    detail: { fr: '«\u00a0Mise à jour dans les N derniers jours\u00a0» écrit ROLLING_PROPERTY_UPDATED (déduit).', en: '"Updated in the last N days" written ROLLING_PROPERTY_UPDATED (inferred).' },
  },
  'within-days': {
    what: { fr: 'les filtres d’activité «\u00a0dans les N derniers jours\u00a0»', en: 'activity filters “in the last N days”' },
    detail: {
      fr: 'Fenêtre «\u00a0dans les N derniers jours\u00a0» écrite pruningRefineBy RELATIVE_RANGED (champs du SDK\u00a0; valeurs PAST / DAYS déduites).',
      en: '"In the last N days" window written pruningRefineBy RELATIVE_RANGED (SDK fields; values PAST / DAYS inferred).',
    },
  },
  'email-event-app-level': {
    what: { fr: 'les filtres sur un e-mail ouvert ou cliqué', en: 'filters on an email opened or clicked' },
    detail: {
      fr: 'Filtres d’événement d’e-mail sans appId ni level (valeurs inconnues\u00a0: à comparer à un workflow créé dans HubSpot).',
      en: 'Email event filters without appId or level (values unknown: compare with a workflow built in HubSpot).',
    },
  },
  'wait-event-restriction': {
    what: { fr: 'les délais «\u00a0jusqu’à un événement\u00a0» limités à un e-mail, un formulaire ou une page', en: '“delay until an event” steps limited to one email, form or page' },
    detail: {
      fr: 'Délai jusqu’à un événement limité par un filtre sur hs_email_id / hs_form_id / hs_url (noms déduits).',
      en: 'Delay until an event restricted by a filter on hs_email_id / hs_form_id / hs_url (inferred names).',
    },
  },
  'page-visited-event': {
    what: { fr: 'les déclencheurs et délais sur une page vue', en: 'triggers and delays on a page view' },
    detail: { fr: 'Événement «\u00a0page vue\u00a0» 4-96000 (une seule source).', en: 'Event "page visited" 4-96000 (single source).' },
  },
  'copy-property': {
    what: { fr: 'les actions «\u00a0copier une propriété\u00a0»', en: '“copy property” actions' },
    detail: { fr: 'Copie de propriété écrite 0-5 avec OBJECT_PROPERTY (déduit).', en: 'Copy property written 0-5 with OBJECT_PROPERTY (inferred).' },
  },
  increment: {
    what: { fr: 'les actions «\u00a0augmenter une propriété\u00a0»', en: '“increase a property” actions' },
    detail: { fr: 'Incrément écrit 0-5 avec INCREMENT (déduit).', en: 'Increment written 0-5 with INCREMENT (inferred).' },
  },
  'list-action-version': {
    what: { fr: 'les actions «\u00a0ajouter à un segment statique\u00a0» et «\u00a0retirer d’un segment statique\u00a0»', en: '“add to static segment” and “remove from static segment” actions' },
    detail: {
      fr: 'Actions de segment 0-63809083 / 0-63863438 en version 0 (exemple du changelog\u00a0; les workflows réels montrent 3 ou 5).',
      en: 'Segment actions 0-63809083 / 0-63863438 at version 0 (changelog example; real workflows show 3 or 5).',
    },
  },
  'reenroll-triggers': {
    what: { fr: 'les déclencheurs de réinscription', en: 'the re-enrollment triggers' },
    detail: {
      fr: 'Déclencheurs de réinscription\u00a0: les mêmes filtres que l’inscription (HubSpot code parfois les changements de propriété par hs_name / hs_value).',
      en: 'Re-enrollment triggers: the same filters as enrollment (HubSpot sometimes encodes property changes as hs_name / hs_value).',
    },
  },
  'enroll-workflow-field': {
    what: { fr: 'les actions «\u00a0inscrire dans un workflow\u00a0»', en: '“enroll in workflow” actions' },
    detail: { fr: 'Inscription dans un workflow\u00a0: champ flow_id (observé une fois).', en: 'Enroll in workflow: field flow_id (observed once).' },
  },
  'anchor-delay': {
    what: { fr: 'les délais de ce workflow centré sur une date', en: 'the delays of this date-centred workflow' },
    detail: { fr: 'Délais d’un workflow centré sur une date écrits 0-35 sur la date d’ancrage (déduit).', en: 'Delays of a date-centred workflow written 0-35 on the anchor date (inferred).' },
  },
  'random-even': {
    what: { fr: 'les répartitions aléatoires (HubSpot fait des groupes de même taille)', en: 'the random splits (HubSpot makes evenly sized groups)' },
    detail: { fr: 'Répartition aléatoire\u00a0: pas de pourcentage dans le schéma v4.', en: 'Random split: no percentage in the v4 schema.' },
  },
  'random-percentage': {
    what: { fr: 'les pourcentages des répartitions aléatoires inégales', en: 'the percentages of uneven random splits' },
    detail: {
      fr: 'Répartition aléatoire\u00a0: testBranches[].percentage, absent des schémas v4 des SDK, signalé par une seule source dans la bêta 2027-03.',
      en: 'Random split: testBranches[].percentage, not in the v4 SDK schemas, reported by one source in the 2027-03 beta.',
    },
  },
} as const satisfies Record<string, { readonly what: Localized; readonly detail: Localized }>;

export type InferredField = keyof typeof INFERRED;

/** What to check in HubSpot, in plain words, and the technical detail (the field, why uncertain). */
export function inferredMessage(field: InferredField): { readonly message: Localized; readonly detail: Localized } {
  const { what, detail } = INFERRED[field];
  return {
    message: { fr: `À vérifier dans HubSpot une fois le workflow créé\u00a0: ${what.fr}.`, en: `Check in HubSpot once the workflow is created: ${what.en}.` },
    detail: { fr: `Format déduit, non confirmé par la documentation\u00a0: ${detail.fr}`, en: `Format inferred, not confirmed by the documentation: ${detail.en}` },
  };
}
