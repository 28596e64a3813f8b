/**
 * The names HubSpot writes for lifecycle stages and lead statuses in its exports, in English
 * and French, by internal value. An import accepts any of them (and the internal value), in any
 * case and with or without accents (compared through `foldHeader`).
 *
 * Where each name comes from:
 * - [EN] HubSpot's English UI and knowledge base (knowledge.hubspot.com/contacts/use-lifecycle-stages;
 *   lead status defaults as listed by HubSpot partners, e.g. revenuereveal.co/hubspot-lead-status).
 * - [KB-FR] HubSpot's French knowledge base, knowledge.hubspot.com/fr/contacts/use-lifecycle-stages
 *   (2021 and 2023 versions): "Abonné", "Lead", "Lead qualifié par le marketing", "Lead qualifié par
 *   l'équipe commerciale", "Opportunité", "Client", "Évangéliste", "Autre".
 * - [UI-FR] The French interface labels found in French HubSpot exports (issue #16's corpus):
 *   "Lead qualifié marketing", "Lead qualifié pour la vente", "Évangéliste".
 * - [FR-PARTNERS] Names French HubSpot partners use (yeah-digital.com/phase-cycle-de-vie-hubspot:
 *   "Lead qualifié par le Marketing (MQL)", "Lead qualifié par l'équipe commerciale (SQL)").
 * - [FLOWBENCH] This app's own labels (engine/model LIFECYCLE_LABELS), so its exports read back.
 * - Lead status in French: HubSpot's French UI names for the eight defaults could not be checked
 *   against a HubSpot source from here; the names below are the usual French translations
 *   ([FR-UNVERIFIED]), kept beside the English labels and internal values, which are certain.
 */
export const LIFECYCLE_NAMES: Readonly<Record<string, readonly string[]>> = {
  subscriber: ['Subscriber', 'Abonné', 'Abonnée'],
  lead: ['Lead'],
  marketingqualifiedlead: [
    'Marketing qualified lead', // [EN]
    'MQL',
    'Lead qualifié marketing', // [UI-FR]
    'Lead qualifié par le marketing', // [KB-FR]
    'Lead qualifié par le marketing (MQL)', // [FR-PARTNERS]
    'Lead qualifié marketing (MQL)', // [FLOWBENCH]
  ],
  salesqualifiedlead: [
    'Sales qualified lead', // [EN]
    'SQL',
    'Lead qualifié pour la vente', // [UI-FR]
    'Lead qualifié par l’équipe commerciale', // [KB-FR]
    'Lead qualifié par l’équipe commerciale (SQL)', // [FR-PARTNERS]
    'Lead qualifié commercial (SQL)', // [FLOWBENCH]
    'Lead qualifié commercial',
  ],
  opportunity: ['Opportunity', 'Opportunité'],
  customer: ['Customer', 'Client', 'Cliente'],
  evangelist: ['Evangelist', 'Évangéliste', 'Ambassadeur'], // [EN], [UI-FR]/[KB-FR], [FLOWBENCH]
  other: ['Other', 'Autre'],
};

/** HubSpot's `hs_lead_status` defaults: internal value → [EN] label, [FR-UNVERIFIED] names. */
export const LEAD_STATUS_NAMES: Readonly<Record<string, readonly string[]>> = {
  NEW: ['New', 'Nouveau'],
  OPEN: ['Open', 'Ouvert'],
  IN_PROGRESS: ['In Progress', 'En cours'],
  OPEN_DEAL: ['Open Deal', 'Transaction ouverte'],
  UNQUALIFIED: ['Unqualified', 'Non qualifié'],
  ATTEMPTED_TO_CONTACT: ['Attempted to Contact', 'Tentative de contact'],
  CONNECTED: ['Connected', 'Connecté'],
  BAD_TIMING: ['Bad Timing', 'Mauvais timing', 'Mauvais moment'],
};

/** The property HubSpot keeps the lead status in (a project property of that name gets these names). */
export const LEAD_STATUS_PROPERTY = 'hs_lead_status';
