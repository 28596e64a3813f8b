import { issueText, type LoadIssue } from '../../engine/io/index.ts';
import { oneLine, type Localized } from '../../engine/model/index.ts';
import type { UiStore } from '../stores/ui.ts';
import type { AutosaveOptions } from './autosave.ts';

/**
 * A project the library will not write: its own loader would refuse it (a value out of range that
 * an edit or an import let through), so writing it would leave a copy that no longer opens.
 * The library keeps the last copy it wrote instead, and the caller says why.
 */
export class ProjectNotSaved extends Error {
  constructor(
    readonly issues: readonly LoadIssue[],
    /** The first issue in words, its place named ("In workflow “X”, step 6: …"), in both languages. */
    readonly reason: Localized,
  ) {
    super(reason.en);
    this.name = 'ProjectNotSaved';
  }
}

/**
 * Another window of this browser wrote the project since this one last read or wrote it: writing
 * would replace that window's work. The library writes nothing; the autosave keeps this window's
 * version as a copy (autosave.ts).
 */
export class ProjectChangedElsewhere extends Error {
  constructor(readonly id: string) {
    super(`Project ${id} was changed in another window.`);
    this.name = 'ProjectChangedElsewhere';
  }
}

/** What the user is told when this window's edits were kept as a copy, the other window's work staying under the project's name. */
export function keptAsCopy(name: string, copy: string): Localized {
  const [a, b] = [oneLine(name).slice(0, 80), oneLine(copy).slice(0, 90)];
  return {
    fr: `«\u00a0${a}\u00a0» a été modifié dans une autre fenêtre pendant que vous le modifiiez ici. Votre version est gardée comme un nouveau projet, «\u00a0${b}\u00a0»\u00a0; celle de l’autre fenêtre reste «\u00a0${a}\u00a0». Les deux sont dans Projets.`,
    en: `“${a}” was changed in another window while you edited it here. Your version is kept as a new project, “${b}”; the other window’s stays “${a}”. Both are in Projects.`,
  };
}

/** What the user is told at start when the last edits of a window that went away were put into the library. */
export function recoveredEdits(name: string, asCopy: { readonly of: string } | null): Localized {
  const shown = oneLine(name).slice(0, 90);
  if (!asCopy) {
    return {
      fr: `Vos dernières modifications de «\u00a0${shown}\u00a0», faites juste avant la fermeture de la page, ont été récupérées.`,
      en: `Your last edits to “${shown}”, made just before the page closed, were recovered.`,
    };
  }
  const of = oneLine(asCopy.of).slice(0, 80);
  return {
    fr: `Vos dernières modifications, faites juste avant la fermeture de la page, sont gardées comme un nouveau projet, «\u00a0${shown}\u00a0»\u00a0: une autre fenêtre a modifié «\u00a0${of}\u00a0» entre-temps.`,
    en: `Your last edits, made just before the page closed, are kept as a new project, “${shown}”: another window changed “${of}” in the meantime.`,
  };
}

/** What the user is told when the open project, unchanged here, was reloaded with another window's changes. */
export function reloadedFromElsewhere(name: string): Localized {
  const shown = oneLine(name).slice(0, 80);
  return {
    fr: `«\u00a0${shown}\u00a0» a été modifié dans une autre fenêtre\u00a0: cette version est affichée ici aussi.`,
    en: `“${shown}” was changed in another window: that version is shown here too.`,
  };
}

/** Why a file (a value with a `project`) does not load, in both languages: its first issue in words, and how many more. */
export function loadProblem(file: unknown, issues: readonly LoadIssue[]): Localized {
  const first = issues[0];
  if (!first) return { fr: 'Le projet est illisible.', en: 'The project cannot be read.' };
  const more = issues.length - 1;
  const fr = issueText(file, first, 'fr') + (more > 0 ? ` (et ${more} autre${more > 1 ? 's' : ''} problème${more > 1 ? 's' : ''})` : '');
  const en = issueText(file, first, 'en') + (more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : '');
  return { fr, en };
}

/** What the user is told when the open project is not written (`ProjectNotSaved`): why, and that the last copy stays. */
export function notSavedMessage(reason: Localized): Localized {
  return {
    fr: `Modifications non enregistrées. ${reason.fr} La dernière copie enregistrée est conservée\u00a0: corrigez cette valeur ou annulez la modification.`,
    en: `Changes not saved. ${reason.en} The last saved copy is kept: correct this value or undo the change.`,
  };
}

/** What the user is told when an autosave fails: why the project was refused, or that storage failed. */
export function autosaveFailure(error: unknown): Localized {
  if (error instanceof ProjectNotSaved) return notSavedMessage(error.reason);
  return {
    fr: 'Modifications non enregistrées sur cet ordinateur (stockage plein ou bloqué\u00a0?). Exportez le projet dans un fichier pour ne rien perdre.',
    en: 'Changes not saved on this computer (storage full or blocked?). Export the project to a file so nothing is lost.',
  };
}

/**
 * The autosave's failures as the app shows them: an error toast on the `autosave` topic (a new
 * reason takes the place of the last), taken away by the next write that goes through, so
 * "Changes not saved" never stays on screen once they are.
 */
export function autosaveToasts(ui: UiStore): Pick<AutosaveOptions, 'onFailure' | 'onSaved'> {
  return {
    onFailure: (error) => ui.getState().notify({ tone: 'error', message: autosaveFailure(error), topic: 'autosave' }),
    onSaved: () => ui.getState().settle('autosave'),
  };
}

/** What the user is told at start when the project open last time no longer loads. */
export function unreadableLastProject(name: string, problem: Localized): Localized {
  const shown = oneLine(name).slice(0, 80);
  return {
    fr: `Le projet ouvert la dernière fois, «\u00a0${shown}\u00a0», n’a pas pu être lu. ${problem.fr} Il reste dans Projets tel qu’il était\u00a0; un nouveau projet est ouvert.`,
    en: `The project open last time, “${shown}”, could not be read. ${problem.en} It stays in Projects as it was; a new project is open.`,
  };
}

/** What the user is told when a project of the library does not open. */
export function unreadableProject(problem: Localized | null): Localized {
  return {
    fr: `Ce projet enregistré n’a pas pu être lu${problem ? `. ${problem.fr}` : '.'} Il a été laissé tel quel.`,
    en: `This saved project could not be read${problem ? `. ${problem.en}` : '.'} It was left as it is.`,
  };
}
