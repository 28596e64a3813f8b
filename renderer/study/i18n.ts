import { textBundle } from '../i18n/bundle.ts';

/** Texts of studies in Simulate (replications, intervals), under `study.*`. */
const en = {
  replications: 'Runs (replications)',
  replicationsHelp: '1: one run. 20 to 100: every figure with the range it could as well have taken.',
  progress: 'Study: {{done}} of {{total}} runs',
  cancel: 'Cancel study',
  cancelled: 'Study cancelled.',
  failed: 'The study failed: {{message}}',
  ranIn: '{{count}} runs in {{seconds}} s on {{workers}} workers',
  note: 'Figures: the mean of {{count}} runs (seed {{seed}}) at the end of day {{day}}, and the range where a further run lands 9 times in 10.',
  noteStale: 'The study was of the run before this one.',
  interval: '{{lo}}–{{hi}}',
  intervalTitle: 'Mean of {{count}} runs; 90% of further runs land between {{lo}} and {{hi}}',
  exportCsv: 'Study, every count per day (CSV)',
  exportJson: 'Study (JSON)',
};

const fr: typeof en = {
  replications: 'Tirages (réplications)',
  replicationsHelp: '1\u00a0: un seul tirage. 20 à 100\u00a0: chaque chiffre avec la fourchette où il aurait aussi bien pu tomber.',
  progress: 'Étude\u00a0: {{done}} tirages sur {{total}}',
  cancel: 'Annuler l’étude',
  cancelled: 'Étude annulée.',
  failed: 'L’étude a échoué\u00a0: {{message}}',
  ranIn: '{{count}} tirages en {{seconds}} s sur {{workers}} cœurs',
  note: 'Chiffres\u00a0: moyenne de {{count}} tirages (graine {{seed}}) à la fin du jour {{day}}, et la fourchette où tombe un nouveau tirage 9 fois sur 10.',
  noteStale: 'L’étude portait sur la simulation précédente.',
  interval: '{{lo}}–{{hi}}',
  intervalTitle: 'Moyenne de {{count}} tirages\u00a0; 90\u00a0% des nouveaux tirages tombent entre {{lo}} et {{hi}}',
  exportCsv: 'Étude, chaque chiffre par jour (CSV)',
  exportJson: 'Étude (JSON)',
};

export const STUDY_TEXTS = { en, fr } as const;

export const { register: registerStudyTexts, useT: useStudyT } = textBundle('study', STUDY_TEXTS, 'replications');
