import { lintProject, type Finding } from '../lint/index.ts';
import { isPlural, type Lang, type Project } from '../model/index.ts';
import { complain, type CliIo } from './command.ts';

/** What `flowbench validate` finds in a project: the same rules, with the project's own contacts. */
export function projectFindings(project: Project): readonly Finding[] {
  return lintProject(project, project.contacts ? { contacts: project.contacts } : {});
}

/**
 * Before `simulate`, `report` or `compare` run a project that `validate` rejects: one line on
 * stderr with the count of its errors and the command that lists them. The run goes on (a draft
 * is worth rehearsing, and scripts keep their exit code), but its figures are not taken at face
 * value unawares (a trigger on a property that does not exist enrolled nobody, silently).
 */
export function warnOfErrors(io: CliIo, lang: Lang, project: Project, file: string): void {
  const errors = projectFindings(project).filter((f) => f.severity === 'error').length;
  if (errors === 0) return;
  const fr = isPlural(errors, 'fr') ? `${errors} erreurs` : `${errors} erreur`;
  const en = isPlural(errors, 'en') ? `${errors} errors` : `${errors} error`;
  complain(io, lang, {
    fr: `Attention\u00a0: ${file} contient ${fr} (détails\u00a0: flowbench validate ${file})\u00a0; le projet est simulé quand même.`,
    en: `Warning: ${file} has ${en} (details: flowbench validate ${file}); simulating it anyway.`,
  });
}
