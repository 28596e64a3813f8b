import { reachableSteps } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import type { LintRule } from '../types.ts';

export const unreachableStep: LintRule = {
  id: 'unreachable-step',
  severity: 'warning',
  title: { fr: 'Étape inaccessible', en: 'Unreachable step' },
  description: {
    fr: 'Aucun chemin ne mène de l’inscription à cette étape\u00a0: aucun contact ne l’atteindra.',
    en: 'No path leads from enrollment to this step: no contact will ever reach it.',
  },
  check: (ctx) =>
    ctx.workflows.flatMap((workflow) => {
      const reachable = reachableSteps(workflow);
      return workflow.steps
        .filter((step) => !reachable.has(step.id))
        .map((step) => {
          const label = stepLabel(step, ctx.project);
          return finding(unreachableStep, workflow.id, [step.id], {
            fr: `${label.fr} n’est relié à aucun chemin depuis l’inscription\u00a0: aucun contact ne l’atteindra.`,
            en: `${label.en} is not connected to any path from enrollment: no contact will reach it.`,
          });
        });
    }),
};
