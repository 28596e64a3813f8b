import type { Project } from '../model/index.ts';
import type { LoadIssue } from './issues.ts';
import type { Reference } from './references.ts';

const NAMES: Record<Reference['kind'], { fr: string; en: string }> = {
  list: { fr: 'Aucun segment statique', en: 'There is no static segment' },
  email: { fr: 'Aucun e-mail', en: 'There is no email' },
  asset: { fr: 'Aucun contenu (formulaire ou ressource)', en: 'There is no asset (form or content)' },
  workflow: { fr: 'Aucun workflow', en: 'There is no workflow' },
};

/** One issue per reference to something the project does not hold. */
export function referenceIssues(refs: readonly Reference[], project: Project): LoadIssue[] {
  const known: Record<Reference['kind'], ReadonlySet<string>> = {
    list: new Set(project.lists.map((x) => x.id)),
    email: new Set(project.emails.map((x) => x.id)),
    asset: new Set(project.assets.map((x) => x.id)),
    workflow: new Set(project.workflows.map((x) => x.id)),
  };
  return refs
    .filter((r) => !known[r.kind].has(r.id))
    .map((r) => ({
      path: r.path,
      message: {
        fr: `${NAMES[r.kind].fr} « ${r.id} » dans le projet.`,
        en: `${NAMES[r.kind].en} "${r.id}" in the project.`,
      },
    }));
}
