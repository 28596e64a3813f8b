import { textBundle } from '../i18n/bundle.ts';

/** Texts of studies in Simulate (replications, intervals), under `study.*`. */
const en = {
  replications: 'Runs',
  replicationsHelp: '1: one run. 20 to 100: every figure with its interval, where it could as well have landed.',
  study: 'Study: every figure with its interval ({{count}} runs to start with)',
  replicationsLimit: 'A whole number of runs from 1 to {{max}}.',
  progress: 'Study: {{done}} of {{total}} runs',
  cancel: 'Cancel study',
  cancelled: 'Study cancelled: one run shown.',
  singleRun: 'one run',
  singleRunTitle: 'The counts of one run (the run shown), not the means of the runs of a study or a comparison',
  failed: 'The study failed: {{message}}',
  // One worker per core (pool.ts): the cores the runs shared.
  ranIn: '{{count, number}} runs in {{seconds}} s on {{cores}}',
  cores_one: '{{count, number}} core',
  cores_other: '{{count, number}} cores',
  note: 'Figures: the mean of {{count}} runs (seed {{seed}}) at the end of day {{day}}, each with its interval.',
  noteStale: 'The study was of the run before this one.',
  interval: '{{lo}}–{{hi}}',
  intervalTitle: 'Mean of {{count}} runs; a further run lands between {{lo}} and {{hi}} with probability {{coverage}}',
  exportCsv: 'Study, every count per day (CSV)',
  exportJson: 'Study (JSON)',
};

const fr: typeof en = {
  replications: 'Tirages',
  replicationsHelp: '1\u00a0: un seul tirage. 20 à 100\u00a0: chaque chiffre avec son intervalle, où il aurait aussi bien pu tomber.',
  study: 'Étude\u00a0: chaque chiffre avec son intervalle ({{count}} tirages pour commencer)',
  replicationsLimit: 'Un nombre entier de tirages, de 1 à {{max}}.',
  progress: 'Étude\u00a0: {{done}} sur {{total}} tirages',
  cancel: 'Annuler l’étude',
  cancelled: 'Étude annulée\u00a0: un seul tirage affiché.',
  singleRun: 'un tirage',
  singleRunTitle: 'Les chiffres d’un seul tirage (celui affiché), pas les moyennes des tirages d’une étude ou d’une comparaison',
  failed: 'L’étude a échoué\u00a0: {{message}}',
  ranIn: '{{count, number}} tirages en {{seconds}}\u00a0s sur {{cores}}',
  cores_one: '{{count, number}} cœur',
  cores_other: '{{count, number}} cœurs',
  note: 'Chiffres\u00a0: moyenne de {{count}} tirages (graine {{seed}}) à la fin du jour {{day}}, chacun avec son intervalle.',
  noteStale: 'L’étude portait sur la simulation précédente.',
  interval: '{{lo}}–{{hi}}',
  intervalTitle: 'Moyenne de {{count}} tirages\u00a0; un nouveau tirage tombe entre {{lo}} et {{hi}} avec une probabilité de {{coverage}}',
  exportCsv: 'Étude, chaque chiffre par jour (CSV)',
  exportJson: 'Étude (JSON)',
};

export const STUDY_TEXTS = { en, fr } as const;

export const { register: registerStudyTexts, useT: useStudyT } = textBundle('study', STUDY_TEXTS, 'replications');
