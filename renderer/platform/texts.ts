import type { i18n as I18n } from 'i18next';

/** Texts of the desktop integration, registered under `desktop.*`. */
const en = {
  recovered: 'Your unsaved work from the last session was recovered from the autosave.',
  saved: 'Saved to {{path}}',
  saveFailed: 'Could not save the file: {{reason}}',
  changedOnDisk: '“{{name}}” was changed outside Flowbench.',
  changedDetail: 'Reload it? Your unsaved changes in Flowbench would be replaced (they stay in undo history until then).',
  reload: 'Reload',
  keep: 'Keep mine',
  cancel: 'Cancel',
  about: 'Flowbench {{version}}: design and rehearse marketing workflows, offline.',
  noResults: 'Run a simulation first: there are no results to export yet.',
  shortcuts: 'Keyboard shortcuts',
  close: 'Close',
};

const fr: typeof en = {
  recovered: 'Votre travail non enregistré lors de la dernière session a été récupéré depuis la sauvegarde automatique.',
  saved: 'Enregistré dans {{path}}',
  saveFailed: 'Impossible d’enregistrer le fichier\u00a0: {{reason}}',
  changedOnDisk: '«\u00a0{{name}}\u00a0» a été modifié en dehors de Flowbench.',
  changedDetail: 'Le recharger\u00a0? Vos modifications non enregistrées dans Flowbench seraient remplacées (elles restent dans l’historique d’annulation jusque-là).',
  reload: 'Recharger',
  keep: 'Garder les miennes',
  cancel: 'Annuler',
  about: 'Flowbench {{version}}\u00a0: concevoir et répéter des workflows marketing, hors ligne.',
  noResults: 'Lancez d’abord une simulation\u00a0: il n’y a pas encore de résultats à exporter.',
  shortcuts: 'Raccourcis clavier',
  close: 'Fermer',
};

export const DESKTOP_TEXTS = { en, fr } as const;

export function registerDesktopTexts(i18n: I18n): void {
  for (const [lang, texts] of [['en', en], ['fr', fr]] as const) {
    if (i18n.getResource(lang, 'translation', 'desktop.saved') === undefined) {
      i18n.addResourceBundle(lang, 'translation', { desktop: texts }, true, false);
    }
  }
}
