import { finding } from '../finding.ts';
import { quoted, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

export const suppressionListNeverFilled: LintRule = {
  id: 'suppression-list-never-filled',
  severity: 'warning',
  title: { fr: 'Segment de suppression jamais rempli', en: 'Suppression segment never filled' },
  description: {
    fr: 'Aucune étape n’ajoute de contact à ce segment de suppression (liste) et aucun contact du bac à sable n’y figure\u00a0: il n’écartera jamais personne.',
    en: 'No step adds contacts to this suppression segment (list) and no sandbox contact is on it: it will never suppress anyone.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    const filled = new Set<string>(ctx.facts.listsAdded);
    for (const contact of ctx.contacts ?? []) for (const list of contact.lists) filled.add(list);
    for (const workflow of ctx.workflows) {
      for (const id of new Set(workflow.suppressionLists)) {
        const list = ctx.project.lists.find((l) => l.id === id);
        // A list that does not exist is a missing reference, reported by its own rule.
        if (!list || filled.has(id)) continue;
        const name = quoted(list.name);
        const wf = workflowLabel(workflow);
        const fromContacts = ctx.contacts && ctx.contacts.length > 0;
        out.push(
          finding(suppressionListNeverFilled, workflow.id, [], {
            fr: `Le segment de suppression ${name.fr} de ${wf.fr} n’est rempli par aucune étape${fromContacts ? ' et ne contient aucun contact' : ''}\u00a0: il n’écartera jamais personne.`,
            en: `Suppression segment ${name.en} of ${wf.en} is filled by no step${fromContacts ? ' and holds no contact' : ''}: it will never suppress anyone.`,
          }),
        );
      }
    }
    return out;
  },
};
