import { finding } from '../finding.ts';
import { workflowLabel } from '../labels.ts';
import type { LintRule } from '../types.ts';

export const noTrigger: LintRule = {
  id: 'no-trigger',
  severity: 'info',
  title: { fr: 'Aucun déclencheur', en: 'No trigger' },
  description: {
    fr: 'Le workflow n’a pas de déclencheur d’inscription et aucun autre workflow n’y inscrit de contacts\u00a0: personne n’y entrera pendant la simulation.',
    en: 'The workflow has no enrollment trigger and no other workflow enrolls contacts into it: nobody will enter it during the simulation.',
  },
  check: (ctx) =>
    ctx.workflows
      .filter((w) => w.enrollment.triggers.groups.length === 0 && !ctx.facts.enrolledInto.has(w.id))
      .map((w) => {
        const name = workflowLabel(w);
        return finding(noTrigger, w.id, [], {
          fr: `${name.fr} n’a aucun déclencheur d’inscription et aucun workflow n’y inscrit de contacts\u00a0: personne n’y entrera.`,
          en: `${name.en} has no enrollment trigger and no workflow enrolls contacts into it: nobody will enter it.`,
        });
      }),
};
