import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Texts of the document model (Projects list, new project, Save changes?, inline creation), under `documents.*`. */
const en = {
  projects: 'Projects',
  projectsTitle: 'Projects on this computer',
  projectsHelp: 'Every project is saved automatically in this browser. Opening another one keeps this one here.',
  newProject: 'New project',
  newProjectTitle: 'New project',
  fromTemplateTitle: 'New project from “{{template}}”',
  projectName: 'Project name',
  create: 'Create',
  open: 'Open',
  openNow: 'Open now',
  rename: 'Rename',
  renameTitle: 'Rename project',
  delete: 'Delete',
  deleteTitle: 'Delete this project?',
  deleteMessage: 'Delete “{{name}}” ({{workflows}}) from this computer? This cannot be undone.',
  cannotDeleteOpen: 'This is the open project: open another one before deleting it.',
  workflows_one: '{{count}} workflow',
  workflows_other: '{{count}} workflows',
  workflows_zero: 'No workflow',
  savedAt: 'Saved {{date}}',
  empty: 'No project saved yet.',
  opened: 'Opened “{{name}}”. The previous project stays in Projects.',
  created: 'Created “{{name}}”. The previous project stays in Projects.',
  openedAlone: 'Opened “{{name}}”.',
  createdAlone: 'Created “{{name}}”.',
  newFromTemplate: 'New project',
  newFromTemplateHint: 'Start a new project with this template (the open one stays in Projects)',
  addToProject: 'Add to this project',
  addToProjectHint: 'Add its workflows, emails and segments to the open project',
  added_one: 'Added {{count}} workflow from “{{template}}” to “{{project}}”.',
  added_other: 'Added {{count}} workflows from “{{template}}” to “{{project}}”.',
  addedScoring: 'Its lead scoring came along.',
  addedScoringKept: 'Its lead scoring was not added: the project keeps its own (a project scores with one model).',
  addedTests_one: '{{count}} expectation came along.',
  addedTests_other: '{{count}} expectations came along.',
  addedTestsLeftOut_one: '{{count}} expectation was left out: it names a persona this project does not have.',
  addedTestsLeftOut_other: '{{count}} expectations were left out: they name a persona this project does not have.',
  saveChanges: 'Save the changes to “{{name}}”?',
  saveChangesDetail: 'If you don’t, they stay only in the autosave of this computer (Projects list).',
  save: 'Save',
  dontSave: 'Don’t save',
  cancel: 'Cancel',
  newItem: {
    email: 'New email…',
    list: 'New static segment…',
    asset: 'New asset or form…',
    property: 'New property…',
  },
  newTitle: {
    email: 'New email',
    list: 'New static segment',
    asset: 'New asset or form',
    property: 'New property',
  },
  nameLabel: {
    email: 'Email name',
    list: 'Segment name',
    asset: 'Asset or form name',
    property: 'Property label',
  },
  createdItem: '“{{name}}” created. Edit it in Resources; Undo removes it.',
  propertyType: 'Type',
  flushFailed: 'The open project could not be saved on this computer (storage full or blocked?), so nothing replaced it. Export it to a file, then try again.',
  notJsonPath: 'A project is saved only to a .json file. Choose a name ending in .json: pictures (PNG, SVG) are never overwritten.',
};

const fr: typeof en = {
  projects: 'Projets',
  projectsTitle: 'Projets sur cet ordinateur',
  projectsHelp: 'Chaque projet est enregistré automatiquement dans ce navigateur. En ouvrir un autre garde celui-ci ici.',
  newProject: 'Nouveau projet',
  newProjectTitle: 'Nouveau projet',
  fromTemplateTitle: 'Nouveau projet à partir de « {{template}} »',
  projectName: 'Nom du projet',
  create: 'Créer',
  open: 'Ouvrir',
  openNow: 'Ouvert',
  rename: 'Renommer',
  renameTitle: 'Renommer le projet',
  delete: 'Supprimer',
  deleteTitle: 'Supprimer ce projet ?',
  deleteMessage: 'Supprimer « {{name}} » ({{workflows}}) de cet ordinateur ? Cette action est définitive.',
  cannotDeleteOpen: 'C’est le projet ouvert : ouvrez-en un autre avant de le supprimer.',
  workflows_one: '{{count}} workflow',
  workflows_other: '{{count}} workflows',
  workflows_zero: 'Aucun workflow',
  savedAt: 'Enregistré {{date}}',
  empty: 'Aucun projet enregistré pour l’instant.',
  opened: '« {{name}} » ouvert. Le projet précédent reste dans Projets.',
  created: '« {{name}} » créé. Le projet précédent reste dans Projets.',
  openedAlone: '« {{name}} » ouvert.',
  createdAlone: '« {{name}} » créé.',
  newFromTemplate: 'Nouveau projet',
  newFromTemplateHint: 'Commencer un nouveau projet avec ce modèle (le projet ouvert reste dans Projets)',
  addToProject: 'Ajouter au projet',
  addToProjectHint: 'Ajouter ses workflows, e-mails et segments au projet ouvert',
  added_one: '{{count}} workflow de « {{template}} » ajouté à « {{project}} ».',
  added_other: '{{count}} workflows de « {{template}} » ajoutés à « {{project}} ».',
  addedScoring: 'Son scoring des leads est ajouté aussi.',
  addedScoringKept: 'Son scoring des leads n’est pas ajouté\u00a0: le projet garde le sien (un projet note avec un seul modèle).',
  addedTests_one: '{{count}}\u00a0attente ajoutée aussi.',
  addedTests_other: '{{count}}\u00a0attentes ajoutées aussi.',
  addedTestsLeftOut_one: '{{count}}\u00a0attente laissée de côté\u00a0: elle nomme un persona absent de ce projet.',
  addedTestsLeftOut_other: '{{count}}\u00a0attentes laissées de côté\u00a0: elles nomment un persona absent de ce projet.',
  saveChanges: 'Enregistrer les modifications de « {{name}} » ?',
  saveChangesDetail: 'Sinon, elles restent seulement dans la sauvegarde automatique de cet ordinateur (liste Projets).',
  save: 'Enregistrer',
  dontSave: 'Ne pas enregistrer',
  cancel: 'Annuler',
  newItem: {
    email: 'Nouvel e-mail…',
    list: 'Nouveau segment statique…',
    asset: 'Nouveau contenu ou formulaire…',
    property: 'Nouvelle propriété…',
  },
  newTitle: {
    email: 'Nouvel e-mail',
    list: 'Nouveau segment statique',
    asset: 'Nouveau contenu ou formulaire',
    property: 'Nouvelle propriété',
  },
  nameLabel: {
    email: 'Nom de l’e-mail',
    list: 'Nom du segment',
    asset: 'Nom du contenu ou du formulaire',
    property: 'Libellé de la propriété',
  },
  createdItem: '« {{name}} » créé. Modifiable dans Ressources ; Annuler le retire.',
  propertyType: 'Type',
  flushFailed: 'Le projet ouvert n’a pas pu être enregistré sur cet ordinateur (stockage plein ou bloqué ?), il n’a donc pas été remplacé. Exportez-le dans un fichier, puis réessayez.',
  notJsonPath: 'Un projet s’enregistre seulement dans un fichier .json. Choisissez un nom qui finit par .json : les images (PNG, SVG) ne sont jamais écrasées.',
};

export const DOCUMENTS_TEXTS = { en, fr } as const;

/** Adds the texts once per i18next instance (tests create their own instances). */
export function registerDocumentsTexts(i18n: I18n): void {
  for (const lang of ['en', 'fr'] as const) {
    // getResource, not exists(): exists() answers through the fallback language.
    if (i18n.getResource(lang, 'translation', 'documents.projects') === undefined) {
      i18n.addResourceBundle(lang, 'translation', { documents: DOCUMENTS_TEXTS[lang] }, true, false);
    }
  }
}

/** The app's t with the documents texts registered. */
export function useDocumentsT(): ReturnType<typeof useTranslation>['t'] {
  const { t, i18n } = useTranslation();
  registerDocumentsTexts(i18n);
  return t;
}
