import { finding } from '../finding.ts';
import { quoted, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

/**
 * A trigger asking for contacts in a static list that no step of any workflow fills. With sandbox
 * contacts already in the list, the workflow can still enroll them (info); with none, never
 * (warning); without the sandbox at hand, a warning that says only those on it can enroll.
 */
export const triggerListNeverFilled: LintRule = {
  id: 'trigger-list-never-filled',
  severity: 'warning',
  title: { fr: 'Liste lue par un déclencheur, remplie par aucun workflow', en: 'Trigger list filled by no workflow' },
  description: {
    fr: 'Un déclencheur demande des contacts d’une liste qu’aucune étape d’aucun workflow ne remplit\u00a0: seuls les contacts déjà dedans peuvent s’inscrire.',
    en: 'A trigger asks for contacts on a list that no step of any workflow fills: only contacts already on it can enroll.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    const held = new Set<string>();
    for (const contact of ctx.contacts ?? []) for (const list of contact.lists) held.add(list);
    for (const workflow of ctx.workflows) {
      const index = ctx.project.workflows.findIndex((w) => w.id === workflow.id);
      const seen = new Set<string>();
      workflow.enrollment.triggers.groups.forEach((group, gi) =>
        group.filters.forEach((filter, fi) => {
          if (filter.kind !== 'list' || filter.op !== 'in' || seen.has(filter.list) || ctx.facts.listsAdded.has(filter.list)) return;
          seen.add(filter.list);
          const list = ctx.project.lists.find((l) => l.id === filter.list);
          // A list that does not exist is a missing reference, reported by its own rule.
          if (!list) return;
          const name = quoted(list.name);
          const wf = workflowLabel(workflow);
          const known = ctx.contacts !== null;
          const some = known && held.has(list.id);
          const path = `workflows[${Math.max(0, index)}].enrollment.triggers.groups[${gi}].filters[${fi}]`;
          out.push(
            finding(
              triggerListNeverFilled,
              workflow.id,
              [],
              !known
                ? {
                    fr: `Le déclencheur de ${wf.fr} lit la liste ${name.fr}, qu’aucun workflow ne remplit : seuls les contacts déjà dans la liste pourront s’inscrire.`,
                    en: `The trigger of ${wf.en} reads list ${name.en}, which no workflow fills: only contacts already on the list can enroll.`,
                  }
                : some
                ? {
                    fr: `Le déclencheur de ${wf.fr} lit la liste ${name.fr}, qu’aucun workflow ne remplit\u00a0: seuls les contacts déjà dans la liste s’inscriront.`,
                    en: `The trigger of ${wf.en} reads list ${name.en}, which no workflow fills: only contacts already on the list will enroll.`,
                  }
                : {
                    fr: `Le déclencheur de ${wf.fr} lit la liste ${name.fr}, qu’aucun workflow ne remplit et où aucun contact ne figure\u00a0: personne ne s’inscrira par ce critère.`,
                    en: `The trigger of ${wf.en} reads list ${name.en}, which no workflow fills and no contact is on: nobody will enroll through it.`,
                  },
              { path, ...(some ? { severity: 'info' as const } : {}) },
            ),
          );
        }),
      );
    }
    return out;
  },
};

