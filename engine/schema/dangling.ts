import type { Project, ScoreModel } from '../model/index.ts';
import type { LoadIssue } from './issues.ts';
import { referenceIssues } from './reference-issues.ts';
import { criteriaReferences, workflowReferences, type Reference } from './references.ts';

/**
 * References to segments, emails, assets and workflows, and those the project does not hold. A
 * file may hold such a reference (deleting a workflow another enrolls into leaves one): the linter
 * reports it (missing-reference), the loader lets it through. No zod here: the linter and the
 * editor read this in every bundle, the CLI's workers included.
 */

/** What a score model names outside itself (lists, emails, assets), with JSON paths. */
export function scoreModelReferences(model: ScoreModel | undefined): Reference[] {
  return (model?.groups ?? []).flatMap((g, gi) =>
    g.rules.flatMap((r, ri): Reference[] => {
      const at = `project.scoreModel.groups[${gi}].rules[${ri}]`;
      if (r.type === 'criteria') return criteriaReferences(r.criteria, `${at}.criteria`);
      const e = r.event;
      if (e.kind === 'email' && e.email !== null) return [{ kind: 'email', id: e.email, path: `${at}.event.email` }];
      if (e.kind === 'form' && e.asset !== null) return [{ kind: 'asset', id: e.asset, path: `${at}.event.asset` }];
      return [];
    }),
  );
}

/** Every reference the project makes to a segment, email, asset or workflow, at its path. */
export function allReferences(project: Project): Reference[] {
  return [...project.workflows.flatMap((w, i) => workflowReferences(w, `project.workflows[${i}]`)), ...projectReferences(project)];
}

/** References to segments, emails, assets and workflows the project does not hold, at their paths. */
export function danglingReferences(project: Project): LoadIssue[] {
  return referenceIssues(allReferences(project), project);
}

/** References made outside the workflows: score rules, emails' assets, arrivals, contacts. */
function projectReferences(project: Project): Reference[] {
  return [
    ...project.scoreRules.flatMap((r, i) => criteriaReferences(r.criteria, `project.scoreRules[${i}].criteria`)),
    ...scoreModelReferences(project.scoreModel),
    ...project.emails.flatMap((e, i): Reference[] => (e.asset === null ? [] : [{ kind: 'asset', id: e.asset, path: `project.emails[${i}].asset` }])),
    ...(project.simulation.arrivals.viaAsset === null
      ? []
      : [{ kind: 'asset', id: project.simulation.arrivals.viaAsset, path: 'project.simulation.arrivals.viaAsset' } as const]),
    ...(project.contacts ?? []).flatMap((c, i) =>
      c.lists.map((id, k): Reference => ({ kind: 'list', id, path: `project.contacts[${i}].lists[${k}]` })),
    ),
  ];
}

