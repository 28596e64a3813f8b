import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Texts of the expectations (issue #15), registered under `expect.*`, French and English with the same keys. */
const en = {
  title: 'Expectations',
  add: 'Add expectation',
  addTitle: 'New expectation',
  editTitle: 'Edit expectation',
  edit: 'Edit',
  remove: 'Delete',
  save: 'Save',
  cancel: 'Cancel',
  none: 'No expectation yet: say what a run must do (no student becomes MQL, every path ends in a list…) and it is checked after every edit.',
  running: 'Checking…',
  population_sample: 'Checked on {{count}} sample contacts (seed {{seed}})',
  population_contacts: 'Checked on {{count}} saved contacts',
  counts: '{{holds}} ✓ · {{fails}} ✗',
  countsHelp: '{{holds}} hold, {{fails}} fail',
  addShort: 'Add',
  holds: 'Holds',
  fails: 'Fails',
  uncertain: 'Uncertain',
  measured: 'Measured: {{value}}',
  offenders_one: '{{count}} contact breaks it',
  offenders_other: '{{count}} contacts break it',
  moreOffenders: '… and {{count}} more',
  openJourney: 'Open the journey of {{name}} in Simulate (why here?)',
  stepMark_one: '{{count}} expectation fails here',
  stepMark_other: '{{count}} expectations fail here',
  kind: 'Kind',
  kinds: {
    'share-in-list': 'Share of enrolled contacts in a list on a day',
    'never-stage': 'No contact of a kind reaches a lifecycle stage',
    'ends-in-list': 'Every path of a workflow ends in a static list',
    'reaches-within': 'Contacts reach a step within N days',
    'step-reached': 'A step is reached by at least N contacts',
    'list-exactly': 'A list holds exactly the contacts matching criteria',
  },
  workflow: 'Workflow',
  list: 'Static list',
  step: 'Step',
  persona: 'Persona',
  anyPersona: 'Any persona',
  day: 'Day of the run (0 = start date)',
  bound: 'Bound',
  atLeast: 'at least',
  atMost: 'at most',
  percent: 'Percentage',
  days: 'Within (days)',
  count: 'At least (contacts)',
  stage: 'Lifecycle stage',
  who: 'Contacts concerned (as they are at the start)',
  needWorkflow: 'Create a workflow first.',
  needList: 'Create a static list first (Resources).',
};

const fr: typeof en = {
  title: 'Attentes',
  add: 'Ajouter une attente',
  addTitle: 'Nouvelle attente',
  editTitle: 'Modifier l’attente',
  edit: 'Modifier',
  remove: 'Supprimer',
  save: 'Enregistrer',
  cancel: 'Annuler',
  none: 'Aucune attente pour l’instant\u00a0: dites ce qu’une simulation doit faire (aucun étudiant ne devient MQL, chaque chemin finit dans une liste…) et c’est vérifié après chaque modification.',
  running: 'Vérification…',
  population_sample: 'Vérifiées sur {{count}} contacts d’exemple (graine {{seed}})',
  population_contacts: 'Vérifiées sur {{count}} contacts enregistrés',
  counts: '{{holds}} ✓ · {{fails}} ✗',
  countsHelp: '{{holds}} tiennent, {{fails}} échouent',
  addShort: 'Ajouter',
  holds: 'Tient',
  fails: 'Échoue',
  uncertain: 'Incertaine',
  measured: 'Mesuré\u00a0: {{value}}',
  offenders_one: '{{count}} contact la fait échouer',
  offenders_other: '{{count}} contacts la font échouer',
  moreOffenders: '… et {{count}} autres',
  openJourney: 'Ouvrir le parcours de {{name}} dans Simuler (pourquoi ici\u00a0?)',
  stepMark_one: '{{count}} attente échoue ici',
  stepMark_other: '{{count}} attentes échouent ici',
  kind: 'Type',
  kinds: {
    'share-in-list': 'Part des inscrits dans une liste à un jour donné',
    'never-stage': 'Aucun contact d’un type n’atteint une phase du cycle de vie',
    'ends-in-list': 'Chaque chemin d’un workflow finit dans une liste statique',
    'reaches-within': 'Les contacts atteignent une étape en N jours',
    'step-reached': 'Une étape est atteinte par au moins N contacts',
    'list-exactly': 'Une liste contient exactement les contacts répondant à des critères',
  },
  workflow: 'Workflow',
  list: 'Liste statique',
  step: 'Étape',
  persona: 'Persona',
  anyPersona: 'Tous les personas',
  day: 'Jour de la simulation (0 = date de début)',
  bound: 'Borne',
  atLeast: 'au moins',
  atMost: 'au plus',
  percent: 'Pourcentage',
  days: 'En (jours)',
  count: 'Au moins (contacts)',
  stage: 'Phase du cycle de vie',
  who: 'Contacts concernés (tels qu’au début)',
  needWorkflow: 'Créez d’abord un workflow.',
  needList: 'Créez d’abord une liste statique (Ressources).',
};

export const EXPECT_TEXTS = { en, fr };

export function registerExpectTexts(i18n: I18n): void {
  for (const lang of ['en', 'fr'] as const) {
    if (i18n.getResource(lang, 'translation', 'expect.title') === undefined) {
      i18n.addResourceBundle(lang, 'translation', { expect: EXPECT_TEXTS[lang] }, true, false);
    }
  }
}

export function useExpectTexts(): void {
  const { i18n } = useTranslation();
  registerExpectTexts(i18n);
}
