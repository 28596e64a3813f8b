import { finding } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

/** Percentages typed as decimals (33.3 + 33.3 + 33.4) must not trip on float rounding. */
const TOLERANCE = 1e-6;

function formatPercent(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

export const randomSplitSum: LintRule = {
  id: 'random-split-sum',
  severity: 'error',
  title: { fr: 'Répartition aléatoire incomplète', en: 'Random split does not add up' },
  description: {
    fr: 'Les pourcentages des branches d’une répartition aléatoire doivent totaliser 100\u00a0%.',
    en: 'The percentages of a random split’s branches must add up to 100%.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      for (const step of workflow.steps) {
        if (step.kind !== 'branch-random') continue;
        const total = step.branches.reduce((sum, b) => sum + b.percent, 0);
        if (Math.abs(total - 100) <= TOLERANCE) continue;
        const label = stepLabel(step, ctx.project);
        const t = formatPercent(total);
        out.push(
          finding(randomSplitSum, workflow.id, [step.id], {
            fr: `Les branches de ${label.fr} totalisent ${t.replace('.', ',')}\u00a0% au lieu de 100\u00a0%.`,
            en: `The branches of ${label.en} add up to ${t}% instead of 100%.`,
          }),
        );
      }
    }
    return out;
  },
};
