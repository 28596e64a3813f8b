import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Texts of the Scoring dialog (the 2025 lead-scoring model), under `scoring.*`. */
const en = {
  open: 'Scoring',
  openHint: 'Lead scoring: fit and engagement groups, decay, thresholds',
  title: 'Lead scoring',
  intro:
    'As HubSpot scores leads since August 2025: fit (who the contact is) and engagement (what they did) groups. The combined score is the “HubSpot score” property (hubspotscore) workflows read; fitscore, engagementscore and scorethreshold hold its parts.',
  legacy: 'This project has legacy HubSpot score rules: they are shown here as a score model giving the same scores. Your first change saves them as one.',
  none: 'No score model yet.',
  create: 'Create a score model',
  limit: 'Score limit',
  limitHelp: 'Empty: no limit. HubSpot caps the total at 100 (Pro) or 500 (Enterprise).',
  noLimit: 'No limit',
  thresholds: 'Thresholds',
  thresholdsHelp: 'Each tier starts at its points and ends where the next starts; a score below the first has no label.',
  threshold: 'Tier',
  label: 'Label',
  from: 'From (points)',
  addThreshold: 'Add a tier',
  removeThreshold: 'Remove this tier',
  groups: 'Score groups',
  addFit: 'Add a fit group',
  addEngagement: 'Add an engagement group',
  newFit: 'Fit',
  newEngagement: 'Engagement',
  groupName: 'Group name',
  kind: { fit: 'Fit (properties)', engagement: 'Engagement (events)' },
  groupLimit: 'Group limit',
  removeGroup: 'Remove this group',
  timing: 'Points of events',
  timings: { always: 'Kept for ever', 'time-frame': 'Within a time frame', decay: 'Decaying over time' },
  timeFrameDays: 'Time frame (days)',
  decayPercent: 'Decay (%)',
  decayEvery: 'Every (days)',
  decayHelp: 'Each event loses this share of its remaining points at every period since it happened.',
  rules: 'Rules',
  noRules: 'No rule yet.',
  addEventRule: 'Add an event rule',
  addCriteriaRule: 'Add a criteria rule',
  newRule: 'New rule',
  ruleName: 'Rule name',
  points: 'Points',
  pointsHelp: 'Per occurrence of the event',
  removeRule: 'Remove this rule',
  event: 'Event',
  events: { opened: 'Email opened', clicked: 'Email clicked', form: 'Form submitted', 'page-view': 'Page viewed' },
  email: 'Email',
  asset: 'Form or asset',
  any: 'Any',
  url: 'Page URL',
  match: { contains: 'contains', equals: 'is' },
  criteria: 'While the contact matches',
  problems: 'To fix before the model is saved:',
  fieldProblems_one: 'A field marked in red holds a value that cannot be saved.',
  fieldProblems_other: '{{count, number}} fields marked in red hold values that cannot be saved.',
  discardTitle: 'Close without saving?',
  discardMessage_one: 'The model has a problem to fix, the changes since it was last valid are not saved. If you close now, the project keeps its last valid model.',
  discardMessage_other: 'The model has {{count, number}} problems to fix, the changes since it was last valid are not saved. If you close now, the project keeps its last valid model.',
  discard: 'Close without saving',
  saved: 'Saved in the project.',
  journey: {
    title: 'Score at this instant',
    combined: 'Combined score',
    fit: 'Fit',
    engagement: 'Engagement',
    start: 'At the start of the run',
    startHelp: 'The combined score the contact came with: the model adds its points to it and takes them away, so the combined score is not the sum of the parts.',
  },
};

const fr: typeof en = {
  open: 'Scoring',
  openHint: 'Scoring des leads\u00a0: groupes d’adéquation et d’engagement, dégressivité, seuils',
  title: 'Scoring des leads',
  intro:
    'Comme HubSpot note les leads depuis août 2025\u00a0: des groupes d’adéquation (qui est le contact) et d’engagement (ce qu’il a fait). Le score combiné est la propriété «\u00a0Score HubSpot\u00a0» (hubspotscore) que lisent les workflows\u00a0; fitscore, engagementscore et scorethreshold en donnent les parties.',
  legacy:
    'Ce projet a des règles de score HubSpot d’avant 2025\u00a0: elles sont présentées ici comme un modèle de score qui donne les mêmes scores. Votre première modification les enregistre comme tel.',
  none: 'Pas encore de modèle de score.',
  create: 'Créer un modèle de score',
  limit: 'Plafond du score',
  limitHelp: 'Vide\u00a0: pas de plafond. HubSpot plafonne le total à 100 (Pro) ou 500 (Enterprise).',
  noLimit: 'Sans plafond',
  thresholds: 'Seuils',
  thresholdsHelp: 'Chaque palier commence à ses points et finit où commence le suivant\u00a0; un score sous le premier n’a pas de libellé.',
  threshold: 'Palier',
  label: 'Libellé',
  from: 'À partir de (points)',
  addThreshold: 'Ajouter un palier',
  removeThreshold: 'Supprimer ce palier',
  groups: 'Groupes de score',
  addFit: 'Ajouter un groupe d’adéquation',
  addEngagement: 'Ajouter un groupe d’engagement',
  newFit: 'Adéquation',
  newEngagement: 'Engagement',
  groupName: 'Nom du groupe',
  kind: { fit: 'Adéquation (propriétés)', engagement: 'Engagement (événements)' },
  groupLimit: 'Plafond du groupe',
  removeGroup: 'Supprimer ce groupe',
  timing: 'Points des événements',
  timings: { always: 'Gardés pour toujours', 'time-frame': 'Sur une période', decay: 'Dégressifs avec le temps' },
  timeFrameDays: 'Période (jours)',
  decayPercent: 'Dégressivité (%)',
  decayEvery: 'Tous les (jours)',
  decayHelp: 'Chaque événement perd cette part de ses points restants à chaque période écoulée depuis qu’il a eu lieu.',
  rules: 'Règles',
  noRules: 'Pas encore de règle.',
  addEventRule: 'Ajouter une règle d’événement',
  addCriteriaRule: 'Ajouter une règle de critères',
  newRule: 'Nouvelle règle',
  ruleName: 'Nom de la règle',
  points: 'Points',
  pointsHelp: 'Par occurrence de l’événement',
  removeRule: 'Supprimer cette règle',
  event: 'Événement',
  events: { opened: 'E-mail ouvert', clicked: 'Clic dans un e-mail', form: 'Formulaire soumis', 'page-view': 'Page vue' },
  email: 'E-mail',
  asset: 'Formulaire ou contenu',
  any: 'N’importe lequel',
  url: 'URL de la page',
  match: { contains: 'contient', equals: 'est' },
  criteria: 'Tant que le contact remplit',
  problems: 'À corriger avant que le modèle soit enregistré\u00a0:',
  fieldProblems_one: 'Un champ marqué en rouge contient une valeur qui ne peut pas être enregistrée.',
  fieldProblems_other: '{{count, number}} champs marqués en rouge contiennent des valeurs qui ne peuvent pas être enregistrées.',
  discardTitle: 'Fermer sans enregistrer\u00a0?',
  discardMessage_one: 'Le modèle a un problème à corriger\u00a0: les modifications faites depuis qu’il n’est plus valide ne sont pas enregistrées. Si vous fermez maintenant, le projet garde son dernier modèle valide.',
  discardMessage_other: 'Le modèle a {{count, number}} problèmes à corriger\u00a0: les modifications faites depuis qu’il n’est plus valide ne sont pas enregistrées. Si vous fermez maintenant, le projet garde son dernier modèle valide.',
  discard: 'Fermer sans enregistrer',
  saved: 'Enregistré dans le projet.',
  journey: {
    title: 'Score à cet instant',
    combined: 'Score combiné',
    fit: 'Adéquation',
    engagement: 'Engagement',
    start: 'Au début de la simulation',
    startHelp: 'Le score combiné qu’avait le contact\u00a0: le modèle y ajoute ses points et les retire, si bien que le score combiné n’est pas la somme des parties.',
  },
};

export const SCORING_TEXTS = { en, fr } as const;

/** Adds the texts once per i18next instance (tests create their own instances). */
export function registerScoringTexts(i18n: I18n): void {
  for (const lang of ['en', 'fr'] as const) {
    // getResource, not exists(): exists() answers through the fallback language.
    if (i18n.getResource(lang, 'translation', 'scoring.title') === undefined) {
      i18n.addResourceBundle(lang, 'translation', { scoring: SCORING_TEXTS[lang] }, true, false);
    }
  }
}

/** Registers the Scoring dialog's texts in the app's i18next instance (once per instance). */
export function useScoringTexts(): void {
  const { i18n } = useTranslation();
  registerScoringTexts(i18n);
}
