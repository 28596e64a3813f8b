import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Texts of the programme map, the report export and the presentation mode, under `programme.*`. */
const en = {
  open: 'Programme',
  openHint: 'Map of every workflow and how they feed one another',
  title: 'Programme map',
  subtitle_one: '{{count}} workflow',
  subtitle_other: '{{count}} workflows',
  links_zero: 'no link between them',
  links_one: '{{count}} link',
  links_other: '{{count}} links',
  afterRun: 'Counts from the last run: contacts each link carried.',
  staleRun: 'Counts from the last run, before the latest edits.',
  noRun: 'Run a simulation to see how many contacts each link carries.',
  enrolled_one: '{{formatted}} enrolled',
  enrolled_other: '{{formatted}} enrolled',
  close: 'Close',
  help: 'Click a card to open its workflow; click a link to open the workflow it feeds.',
  empty: 'This project has no workflow yet.',
  drawing: 'Drawing the map…',
  report: 'Report (HTML, to print or save as PDF)',
  reportHint: 'One self-contained page: the programme, each workflow, the outcomes of the last run and its assumptions',
  reportSaved: 'Report saved: {{name}}',
  reportFailed: 'The report could not be written: {{message}}',
  reportPdf: 'Report as PDF',
  present: 'Present',
  presentHint: 'Full screen, large type, keyboard only: Space plays, ←/→ a day, F follows a contact, Esc leaves',
  presentHelp: 'Space: play / pause · ←/→: one day · F: follow a contact · Esc: leave',
  presentNoRun: 'Run a simulation first: presentation mode plays its rehearsal.',
  following: 'Following {{name}}',
  noContact: 'No contact is enrolled yet at this moment.',
};

const fr: typeof en = {
  open: 'Programme',
  openHint: 'Carte de tous les workflows et de la façon dont ils s’alimentent',
  title: 'Carte du programme',
  subtitle_one: '{{count}} workflow',
  subtitle_other: '{{count}} workflows',
  links_zero: 'aucun lien entre eux',
  links_one: '{{count}} lien',
  links_other: '{{count}} liens',
  afterRun: 'Chiffres de la dernière simulation\u00a0: contacts passés par chaque lien.',
  staleRun: 'Chiffres de la dernière simulation, avant les dernières modifications.',
  noRun: 'Lancez une simulation pour voir combien de contacts passent par chaque lien.',
  enrolled_one: '{{formatted}} inscrit',
  enrolled_other: '{{formatted}} inscrits',
  close: 'Fermer',
  help: 'Cliquez sur une carte pour ouvrir son workflow, sur un lien pour ouvrir le workflow qu’il alimente.',
  empty: 'Ce projet n’a pas encore de workflow.',
  drawing: 'Dessin de la carte…',
  report: 'Rapport (HTML, à imprimer ou enregistrer en PDF)',
  reportHint: 'Une page autonome\u00a0: le programme, chaque workflow, les résultats de la dernière simulation et ses hypothèses',
  reportSaved: 'Rapport enregistré\u00a0: {{name}}',
  reportFailed: 'Le rapport n’a pas pu être écrit\u00a0: {{message}}',
  reportPdf: 'Rapport en PDF',
  present: 'Présenter',
  presentHint: 'Plein écran, gros caractères, au clavier\u00a0: Espace lance, ←/→ un jour, F suit un contact, Échap quitte',
  presentHelp: 'Espace\u00a0: lecture / pause · ←/→\u00a0: un jour · F\u00a0: suivre un contact · Échap\u00a0: quitter',
  presentNoRun: 'Lancez d’abord une simulation\u00a0: le mode présentation en rejoue la répétition.',
  following: 'Suivi de {{name}}',
  noContact: 'Aucun contact n’est encore inscrit à ce moment.',
};

export const PROGRAMME_TEXTS = { en, fr } as const;

/** Adds the texts once per i18next instance (tests create their own instances). */
export function registerProgrammeTexts(i18n: I18n): void {
  for (const lang of ['en', 'fr'] as const) {
    if (i18n.getResource(lang, 'translation', 'programme.title') === undefined) {
      i18n.addResourceBundle(lang, 'translation', { programme: PROGRAMME_TEXTS[lang] }, true, false);
    }
  }
}

/** The app's t with the programme texts registered. */
export function useProgrammeT(): ReturnType<typeof useTranslation>['t'] {
  const { t, i18n } = useTranslation();
  registerProgrammeTexts(i18n);
  return t;
}
