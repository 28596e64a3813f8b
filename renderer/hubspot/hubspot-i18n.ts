import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Texts of the HubSpot bridge (export, pre-flight, id mapping, import), under `hubspot.*`. */
const en = {
  exportLabel: 'HubSpot (JSON v4)',
  exportHelp: 'This workflow as the body of a v4 “create workflow” request, turned off. Checked first: anything HubSpot would refuse is listed in Problems.',
  sheetLabel: 'Build sheet',
  sheetHelp: 'This workflow as a numbered checklist to follow in HubSpot’s editor, no API access needed.',
  sheetFormat: 'Format',
  markdown: 'Markdown',
  html: 'Printable page (HTML)',
  mapIds: 'HubSpot ids…',
  blocked_one: 'Not exported: {{count}} problem must be fixed first. The HubSpot pre-flight in Problems lists it.',
  blocked_other: 'Not exported: {{count}} problems must be fixed first. The HubSpot pre-flight in Problems lists them.',
  tabLint: 'Checks',
  tabPreflight: 'HubSpot pre-flight',
  preflightOf: 'Export of “{{name}}” to HubSpot',
  blockingCount_one: '{{count}} blocking',
  blockingCount_other: '{{count}} blocking',
  warningCount_one: '{{count}} warning',
  warningCount_other: '{{count}} warnings',
  noteCount_one: '{{count}} note',
  noteCount_other: '{{count}} notes',
  preflightReady: 'Nothing blocks the export of this workflow to HubSpot.',
  noWorkflow: 'Open a workflow to check it for HubSpot.',
  blocking: 'Blocking',
  warning: 'Warning',
  info: 'Inferred field',
  fixInMapping: 'Enter the id',
  mappingTitle: 'HubSpot id mapping',
  mappingHelp: 'The ids of your HubSpot portal for what this project names: copy each from HubSpot (the number in the address of an email, a segment…). They are saved with the project; Undo takes an entry back.',
  portalId: 'Portal (hub) id',
  item: 'Item',
  hubspotId: 'HubSpot id',
  status: 'Status',
  mapped: 'Mapped',
  missing: 'Missing',
  unused: 'Not used yet',
  standard: 'Standard id',
  neededCount_one: '{{count}} id missing',
  neededCount_other: '{{count}} ids missing',
  allMapped: 'Every id this project needs is entered.',
  emptyTable: 'Nothing of this kind in the project.',
  standardStages: 'Standard stages (subscriber, lead…) keep their own ids unless your portal renamed them.',
  invalid: {
    digits: 'HubSpot gives this a number: up to 18 digits (for example 123456789), or paste its address in HubSpot.',
    guid: 'A HubSpot form id is a GUID, like 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d.',
    url: 'A full address starting with https:// (for example https://www.example.com/pricing).',
    property: 'An internal name: lowercase letters, digits and _, starting with a letter (for example lead_source).',
    stage: 'A stage id: lowercase letters and digits (for example marketingqualifiedlead or 1234567).',
  },
  done: 'Done',
  importTitle: 'Add workflows from HubSpot?',
  importAsk_one: 'Add {{count}} workflow from HubSpot ({{names}}) to “{{project}}”?',
  importAsk_other: 'Add {{count}} workflows from HubSpot ({{names}}) to “{{project}}”?',
  importAdd: 'Add',
  imported_one: 'Added {{count}} workflow from HubSpot to “{{project}}”. Undo takes it back.',
  imported_other: 'Added {{count}} workflows from HubSpot to “{{project}}”. Undo takes them back.',
  importFailed: 'This HubSpot workflow file could not be read; the open project is unchanged.',
  reportTitle: 'Imported from HubSpot',
  reportIntro_one: '{{count}} thing needs your attention:',
  reportIntro_other: '{{count}} things need your attention:',
  reportClean: 'Every action and filter was read as it is in HubSpot.',
  reportRenamed: 'A workflow named “{{from}}” is already in the project: this one is named “{{to}}”.',
  reportCreated: 'Added to Resources, named after their HubSpot ids (rename them there; the ids stay in the HubSpot id mapping):',
  reportReused: 'Already in the project, found through their HubSpot ids: {{what}}.',
  createdKind: {
    emails_one: '{{count, number}} email',
    emails_other: '{{count, number}} emails',
    lists_one: '{{count, number}} segment',
    lists_other: '{{count, number}} segments',
    forms_one: '{{count, number}} form',
    forms_other: '{{count, number}} forms',
    properties_one: '{{count, number}} property',
    properties_other: '{{count, number}} properties',
  },
  placeholder: 'Placeholder step',
  unenrollTitle: 'Unenroll contacts who…',
  unenrollHelp: 'As HubSpot groups them in a workflow’s settings: a contact leaves as soon as one of these holds.',
  approximated: 'Approximated',
  ignored: 'Left out',
  unsaid: 'To check',
  kept: 'Kept, not simulated',
};

const fr: typeof en = {
  exportLabel: 'HubSpot (JSON v4)',
  exportHelp: 'Ce workflow comme corps d’une requête v4 «\u00a0créer un workflow\u00a0», désactivé. Vérifié d’abord\u00a0: ce que HubSpot refuserait est listé dans Problèmes.',
  sheetLabel: 'Fiche de construction',
  sheetHelp: 'Ce workflow en liste numérotée à suivre dans l’éditeur de HubSpot, sans accès à l’API.',
  sheetFormat: 'Format',
  markdown: 'Markdown',
  html: 'Page imprimable (HTML)',
  mapIds: 'Identifiants HubSpot…',
  blocked_one: 'Non exporté\u00a0: {{count}} problème est à corriger d’abord. Le contrôle HubSpot dans Problèmes l’indique.',
  blocked_other: 'Non exporté\u00a0: {{count}} problèmes sont à corriger d’abord. Le contrôle HubSpot dans Problèmes les liste.',
  tabLint: 'Vérifications',
  tabPreflight: 'Contrôle HubSpot',
  preflightOf: 'Export de «\u00a0{{name}}\u00a0» vers HubSpot',
  blockingCount_one: '{{count}} bloquant',
  blockingCount_other: '{{count}} bloquants',
  warningCount_one: '{{count}} avertissement',
  warningCount_other: '{{count}} avertissements',
  noteCount_one: '{{count}} remarque',
  noteCount_other: '{{count}} remarques',
  preflightReady: 'Rien n’empêche l’export de ce workflow vers HubSpot.',
  noWorkflow: 'Ouvrez un workflow pour le contrôler pour HubSpot.',
  blocking: 'Bloquant',
  warning: 'Avertissement',
  info: 'Champ déduit',
  fixInMapping: 'Saisir l’identifiant',
  mappingTitle: 'Correspondance des identifiants HubSpot',
  mappingHelp: 'Les identifiants de votre portail HubSpot pour ce que ce projet nomme\u00a0: copiez-les depuis HubSpot (le nombre dans l’adresse d’un e-mail, d’un segment…). Ils sont enregistrés avec le projet\u00a0; Annuler reprend une saisie.',
  portalId: 'Identifiant du portail (hub)',
  item: 'Élément',
  hubspotId: 'Identifiant HubSpot',
  status: 'État',
  mapped: 'Renseigné',
  missing: 'Manquant',
  unused: 'Pas encore utilisé',
  standard: 'Identifiant standard',
  neededCount_one: '{{count}} identifiant manquant',
  neededCount_other: '{{count}} identifiants manquants',
  allMapped: 'Tous les identifiants dont ce projet a besoin sont saisis.',
  emptyTable: 'Rien de ce type dans le projet.',
  standardStages: 'Les phases standard (abonné, lead…) gardent leur propre identifiant sauf si votre portail les a renommées.',
  invalid: {
    digits: 'HubSpot lui donne un nombre\u00a0: 18 chiffres au plus (par exemple 123456789), ou collez son adresse dans HubSpot.',
    guid: 'L’identifiant d’un formulaire HubSpot est un GUID, comme 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d.',
    url: 'Une adresse complète qui commence par https:// (par exemple https://www.exemple.fr/tarifs).',
    property: 'Un nom interne\u00a0: minuscules, chiffres et _, commençant par une lettre (par exemple source_du_lead).',
    stage: 'Un identifiant de phase\u00a0: minuscules et chiffres (par exemple marketingqualifiedlead ou 1234567).',
  },
  done: 'Terminé',
  importTitle: 'Ajouter des workflows de HubSpot\u00a0?',
  importAsk_one: 'Ajouter {{count}} workflow de HubSpot ({{names}}) à «\u00a0{{project}}\u00a0»\u00a0?',
  importAsk_other: 'Ajouter {{count}} workflows de HubSpot ({{names}}) à «\u00a0{{project}}\u00a0»\u00a0?',
  importAdd: 'Ajouter',
  imported_one: '{{count}} workflow de HubSpot ajouté à «\u00a0{{project}}\u00a0». Annuler le retire.',
  imported_other: '{{count}} workflows de HubSpot ajoutés à «\u00a0{{project}}\u00a0». Annuler les retire.',
  importFailed: 'Ce fichier de workflow HubSpot n’a pas pu être lu\u00a0; le projet ouvert n’a pas changé.',
  reportTitle: 'Importé de HubSpot',
  reportIntro_one: '{{count}} point demande votre attention\u00a0:',
  reportIntro_other: '{{count}} points demandent votre attention\u00a0:',
  reportClean: 'Chaque action et chaque filtre a été lu tel qu’il est dans HubSpot.',
  reportRenamed: 'Un workflow nommé «\u00a0{{from}}\u00a0» est déjà dans le projet\u00a0: celui-ci s’appelle «\u00a0{{to}}\u00a0».',
  reportCreated: 'Ajouté aux Ressources, nommé d’après les identifiants HubSpot (renommez-les là\u00a0; les identifiants restent dans la correspondance des identifiants HubSpot)\u00a0:',
  reportReused: 'Déjà dans le projet, retrouvé par les identifiants HubSpot\u00a0: {{what}}.',
  createdKind: {
    emails_one: '{{count, number}} e-mail',
    emails_other: '{{count, number}} e-mails',
    lists_one: '{{count, number}} segment',
    lists_other: '{{count, number}} segments',
    forms_one: '{{count, number}} formulaire',
    forms_other: '{{count, number}} formulaires',
    properties_one: '{{count, number}} propriété',
    properties_other: '{{count, number}} propriétés',
  },
  placeholder: 'Étape à recréer',
  unenrollTitle: 'Désinscrire les contacts qui…',
  unenrollHelp: 'Regroupés comme dans les paramètres d’un workflow HubSpot : un contact sort dès que l’une de ces conditions est remplie.',
  approximated: 'Approché',
  ignored: 'Laissé de côté',
  unsaid: 'À vérifier',
  kept: 'Gardé, non simulé',
};

export const HUBSPOT_TEXTS = { en, fr } as const;

/** Adds the texts once per i18next instance (tests create their own instances). */
export function registerHubSpotTexts(i18n: I18n): void {
  for (const lang of ['en', 'fr'] as const) {
    // getResource, not exists(): exists() answers through the fallback language.
    if (i18n.getResource(lang, 'translation', 'hubspot.exportLabel') === undefined) {
      i18n.addResourceBundle(lang, 'translation', { hubspot: HUBSPOT_TEXTS[lang] }, true, false);
    }
  }
}

/** The app's t with the HubSpot texts registered. */
export function useHubSpotT(): ReturnType<typeof useTranslation>['t'] {
  const { t, i18n } = useTranslation();
  registerHubSpotTexts(i18n);
  return t;
}

/**
 * A HubSpot text in both languages, for a toast: a toast shows a string through t() again, which
 * would read the ':' of a translated sentence as a namespace separator.
 */
export function useHubSpotBoth(): (key: string, options?: Record<string, unknown>) => { fr: string; en: string } {
  const { i18n } = useTranslation();
  registerHubSpotTexts(i18n);
  return (key, options) => ({ fr: i18n.getFixedT('fr')(key, options ?? {}), en: i18n.getFixedT('en')(key, options ?? {}) });
}
