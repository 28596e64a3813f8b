import type { Project } from '../model/index.ts';
import type { LoadIssue } from './issues.ts';
import { checkWorkflowIntegrity } from './workflow-integrity.ts';
import { scoreModelDuplicates } from './scoring.ts';

function duplicateIds(items: readonly { readonly id: string }[], at: string, what: { fr: string; en: string }): LoadIssue[] {
  const first = new Map<string, number>();
  const issues: LoadIssue[] = [];
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else
      issues.push({
        path: `${at}[${i}].id`,
        message: {
          fr: `L’identifiant « ${item.id} » est déjà utilisé par ${what.fr} ${at}[${earlier}].`,
          en: `The id "${item.id}" is already used by ${what.en} ${at}[${earlier}].`,
        },
      });
  });
  return issues;
}

function duplicatePropertyNames(project: Project): LoadIssue[] {
  const seen = new Set<string>();
  return project.properties.flatMap((p, i) => {
    if (!seen.has(p.name)) {
      seen.add(p.name);
      return [];
    }
    return [
      {
        path: `project.properties[${i}].name`,
        message: { fr: `La propriété « ${p.name} » est définie deux fois.`, en: `The property "${p.name}" is defined twice.` },
      },
    ];
  });
}

function personaIssues(project: Project): LoadIssue[] {
  const personas = new Set(project.personas.map((p) => p.id));
  return (project.contacts ?? []).flatMap((c, i) =>
    c.persona === null || personas.has(c.persona)
      ? []
      : [
          {
            path: `project.contacts[${i}].persona`,
            message: { fr: `Aucun persona « ${c.persona} » dans le projet.`, en: `There is no persona "${c.persona}" in the project.` },
          },
        ],
  );
}

/**
 * Everything the schema cannot see across the project: unique ids, edges, personas. A reference
 * to a segment, email, asset or workflow the project no longer holds is not refused: deleting one
 * that a step uses leaves the step to fix, and the file must still save and open (a review lost
 * every later edit so). The linter reports it (lint rule missing-reference, `danglingReferences`).
 */
export function checkProjectIntegrity(project: Project): LoadIssue[] {
  return [
    ...duplicateIds(project.workflows, 'project.workflows', { fr: 'le workflow', en: 'workflow' }),
    ...duplicateIds(project.lists, 'project.lists', { fr: 'le segment', en: 'segment' }),
    ...duplicateIds(project.emails, 'project.emails', { fr: 'l’e-mail', en: 'email' }),
    ...duplicateIds(project.assets, 'project.assets', { fr: 'le contenu', en: 'asset' }),
    ...duplicateIds(project.personas, 'project.personas', { fr: 'le persona', en: 'persona' }),
    ...duplicateIds(project.scoreRules, 'project.scoreRules', { fr: 'la règle de score', en: 'score rule' }),
    ...duplicateIds(project.contacts ?? [], 'project.contacts', { fr: 'le contact', en: 'contact' }),
    ...duplicatePropertyNames(project),
    ...scoreModelDuplicates(project.scoreModel),
    ...project.workflows.flatMap((w, i) => checkWorkflowIntegrity(w, project, `project.workflows[${i}]`)),
    ...personaIssues(project),
  ];
}
