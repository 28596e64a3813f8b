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
  title: { fr: 'Segment lu par un déclencheur, rempli par aucun workflow', en: 'Trigger segment filled by no workflow' },
  description: {
    fr: 'Un déclencheur demande des contacts d’un segment statique qu’aucune étape d’aucun workflow ne remplit\u00a0: seuls les contacts déjà dedans peuvent s’inscrire.',
    en: 'A trigger asks for contacts in a static segment that no step of any workflow fills: only contacts already in it can enroll.',
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
                    fr: `Le déclencheur de ${wf.fr} lit le segment ${name.fr}, qu’aucun workflow ne remplit\u00a0: seuls les contacts déjà dans le segment pourront s’inscrire.`,
                    en: `The trigger of ${wf.en} reads segment ${name.en}, which no workflow fills: only contacts already in the segment can enroll.`,
                  }
                : some
                ? {
                    fr: `Le déclencheur de ${wf.fr} lit le segment ${name.fr}, qu’aucun workflow ne remplit\u00a0: seuls les contacts déjà dans le segment s’inscriront.`,
                    en: `The trigger of ${wf.en} reads segment ${name.en}, which no workflow fills: only contacts already in the segment will enroll.`,
                  }
                : {
                    fr: `Le déclencheur de ${wf.fr} lit le segment ${name.fr}, qu’aucun workflow ne remplit et où aucun contact ne figure\u00a0: personne ne s’inscrira par ce critère.`,
                    en: `The trigger of ${wf.en} reads segment ${name.en}, which no workflow fills and no contact is in: nobody will enroll through it.`,
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

