import type { Lang } from '../model/index.ts';
import type { EndFigure } from './types.ts';

/** Every fixed text of the report, French and English. */
const EN = {
  title: 'Rehearsal report',
  generated: 'Written on {date}',
  contents: 'Contents',
  programme: 'The programme',
  programmeIntro: 'Every workflow of the project and how they feed one another. A link is labelled with what connects the two workflows and where the second one reads it.',
  programmeCounts: 'After the rehearsal, each link shows how many contacts it carried: enrolled in the workflow it points to by that link (or converted, branched, suppressed there).',
  noLinks: 'No workflow feeds another: each one runs on its own.',
  workflows: 'The workflows',
  workflowCount: 'Workflows',
  workflow: 'Workflow',
  trigger: 'Enrollment triggers',
  disabled: 'This workflow is turned off: it enrolled nobody in the rehearsal.',
  diagramCounts: 'The number on each step is how many contacts reached it; on each path, how many took it.',
  diagramMeans: 'The number on each step is how many contacts reached it, on each path how many took it: the mean of {runs} runs.',
  outcomes: 'Outcomes of the rehearsal',
  endStates: 'Where the contacts ended, by workflow',
  lists: 'Static segments at the end',
  list: 'Segment',
  members: 'Members',
  lifecycle: 'Lifecycle stages over time',
  stage: 'Stage',
  /** A column of the lifecycle table: its first and its last day (study/days.ts numbers them). */
  endOfDay: 'End of day {day}',
  sankey: 'From enrollment to end state',
  emails: 'Emails',
  expectations: 'Expectations',
  expectation: 'Expected',
  measured: 'Measured',
  verdict: 'Held?',
  held: 'Held',
  notHeld: 'Did not hold',
  unknown: 'Cannot tell',
  noExpectations: 'No expectation was written down for this rehearsal.',
  expectationsCheckedOn: 'Checked as the app checks them, on the project’s {contacts} test contacts ({runs}), not on the rehearsal’s population.',
  oneRun: 'one run',
  runs: '{runs} runs, each judged on its 90% interval',
  assumptions: 'Assumptions',
  noRun: 'No rehearsal has been run yet: this report shows the programme and its workflows only.',
  intervalNote: 'Figures are the means of {runs} runs with seeds derived from {from}, diagrams included; in brackets, the 90% interval, where a further run lands 9 times in 10.',
  none: 'none',
  total: 'All workflows',
  emailCols: { sent: 'Sent', opened: 'Opened', clicked: 'Clicked', unsubscribed: 'Unsubscribed', bounced: 'Bounced', conversions: 'Downloads after a click' },
  end: { enrolled: 'Enrolled', completed: 'Completed', goal: 'Reached the goal', unenrolled: 'Unenrolled', inProgress: 'Still in progress', lost: 'Lost (no static segment)' } satisfies Record<EndFigure, string>,
  /** Above each strip of a diagram too wide for one page. */
  diagramPart: 'Diagram, part {part} of {parts}, left to right',
};

type Words = typeof EN;

const FR: Words = {
  title: 'Rapport de répétition',
  generated: 'Rédigé le {date}',
  contents: 'Sommaire',
  programme: 'Le programme',
  programmeIntro: 'Tous les workflows du projet et la façon dont ils s’alimentent. Chaque lien dit ce qui relie les deux workflows et où le second le lit.',
  programmeCounts: 'Après la répétition, chaque lien indique combien de contacts il a portés\u00a0: inscrits dans le workflow qu’il désigne par ce lien (ou convertis, orientés, écartés là-bas).',
  noLinks: 'Aucun workflow n’en alimente un autre\u00a0: chacun fonctionne seul.',
  workflows: 'Les workflows',
  workflowCount: 'Workflows',
  workflow: 'Workflow',
  trigger: 'Déclencheurs d’inscription',
  disabled: 'Ce workflow est désactivé\u00a0: il n’a inscrit personne pendant la répétition.',
  diagramCounts: 'Le nombre sur chaque étape indique combien de contacts l’ont atteinte\u00a0; sur chaque chemin, combien l’ont pris.',
  diagramMeans: 'Le nombre sur chaque étape indique combien de contacts l’ont atteinte, sur chaque chemin combien l’ont pris\u00a0: la moyenne de {runs} tirages.',
  outcomes: 'Résultats de la répétition',
  endStates: 'Où en sont les contacts, par workflow',
  lists: 'Segments statiques à la fin',
  list: 'Segment',
  members: 'Membres',
  lifecycle: 'Phases du cycle de vie dans le temps',
  stage: 'Phase',
  endOfDay: 'Fin du jour {day}',
  sankey: 'De l’inscription à l’état final',
  emails: 'E-mails',
  expectations: 'Attentes',
  expectation: 'Attendu',
  measured: 'Mesuré',
  verdict: 'Tenu\u00a0?',
  held: 'Tenu',
  notHeld: 'Non tenu',
  unknown: 'Indéterminé',
  noExpectations: 'Aucune attente n’a été écrite pour cette répétition.',
  expectationsCheckedOn: 'Vérifiées comme dans l’application, sur les {contacts} contacts de test du projet ({runs}), pas sur la population de la répétition.',
  oneRun: 'un tirage',
  runs: '{runs} tirages, chacune jugée sur son intervalle à 90\u00a0%',
  assumptions: 'Hypothèses',
  noRun: 'Aucune répétition n’a encore été lancée\u00a0: ce rapport montre le programme et ses workflows seulement.',
  intervalNote: 'Les chiffres sont les moyennes de {runs} tirages aux graines dérivées de {from}, schémas compris\u00a0; entre parenthèses, l’intervalle à 90\u00a0%, où tombe un nouveau tirage 9 fois sur 10.',
  none: 'aucune',
  total: 'Tous les workflows',
  emailCols: { sent: 'Envoyés', opened: 'Ouverts', clicked: 'Cliqués', unsubscribed: 'Désabonnements', bounced: 'Rebonds', conversions: 'Téléchargements après un clic' },
  end: { enrolled: 'Inscrits', completed: 'Terminés', goal: 'Objectif atteint', unenrolled: 'Désinscrits', inProgress: 'Encore en cours', lost: 'Perdus (aucun segment statique)' },
  diagramPart: 'Schéma, partie {part} sur {parts}, de gauche à droite',
};

export function words(lang: Lang): Words {
  return lang === 'fr' ? FR : EN;
}

/** `{name}` placeholders filled in. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
