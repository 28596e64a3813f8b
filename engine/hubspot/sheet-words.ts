import type { Localized, StepKind } from '../model/index.ts';

/** Where each action sits in HubSpot's workflow editor ("+" > group > action), in its own words. */
export const MENU: Readonly<Record<StepKind, Localized>> = {
  'send-email': { fr: 'Communications > Envoyer un e-mail marketing', en: 'Communications > Send marketing email' },
  'internal-notification': { fr: 'Communications > Envoyer une notification par e-mail interne', en: 'Communications > Send internal email notification' },
  'create-task': { fr: 'CRM > Créer une tâche', en: 'CRM > Create task' },
  delay: { fr: 'Délais > Délai', en: 'Delays > Delay' },
  'delay-until-event': { fr: 'Délais > Délai jusqu’à ce qu’un événement se produise', en: 'Delays > Delay until event happens' },
  'branch-if': { fr: 'Branche > Branche si/alors', en: 'Branch > If/then branch' },
  'branch-value': { fr: 'Branche > La valeur est égale à', en: 'Branch > Value equals' },
  'branch-random': { fr: 'Branche > Répartition aléatoire', en: 'Branch > Random split' },
  'set-property': { fr: 'CRM > Modifier l’enregistrement', en: 'CRM > Edit record' },
  'clear-property': { fr: 'CRM > Modifier l’enregistrement (effacer la valeur)', en: 'CRM > Edit record (clear the value)' },
  'copy-property': { fr: 'CRM > Copier la valeur de la propriété', en: 'CRM > Copy property value' },
  'increment-property': { fr: 'CRM > Augmenter ou diminuer la valeur de la propriété', en: 'CRM > Increase or decrease property value' },
  'set-lifecycle-stage': { fr: 'CRM > Modifier l’enregistrement > Phase du cycle de vie', en: 'CRM > Edit record > Lifecycle stage' },
  'add-to-list': { fr: 'Segments > Ajouter à un segment statique', en: 'Segments > Add to static segment' },
  'remove-from-list': { fr: 'Segments > Retirer d’un segment statique', en: 'Segments > Remove from static segment' },
  'enroll-in-workflow': { fr: 'Workflow > Inscrire dans un autre workflow', en: 'Workflow > Enroll in another workflow' },
  'unenroll-from-workflow': { fr: 'Workflow > Désinscrire d’autres workflows', en: 'Workflow > Unenroll from other workflows' },
  'hubspot-action': { fr: 'l’action HubSpot d’origine', en: 'the original HubSpot action' },
  'go-to': { fr: 'Aller à une action', en: 'Go to action' },
};

export const SHEET = {
  title: { fr: 'Fiche de construction HubSpot', en: 'HubSpot build sheet' },
  intro: {
    fr: 'Suivez ces étapes dans l’éditeur de workflows de HubSpot, dans l’ordre. Les noms de menu sont ceux de l’interface HubSpot.',
    en: 'Follow these steps in HubSpot’s workflow editor, in order. Menu names are those of HubSpot’s interface.',
  },
  create: {
    contact: { fr: 'Dans HubSpot, ouvrez Automatisation > Workflows, cliquez sur « Créer un workflow » > « À partir de zéro » et choisissez « Basé sur les contacts ».', en: 'In HubSpot, open Automation > Workflows, click "Create workflow" > "From scratch" and choose "Contact-based".' },
    fixed: { fr: 'Choisissez « Centré sur une date » et saisissez la date', en: 'Choose "Centered on a date" and enter the date' },
    property: { fr: 'Choisissez « Centré sur une propriété de date » et la propriété', en: 'Choose "Centered on a date property" and the property' },
  },
} as const;
