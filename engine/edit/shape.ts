import type { BranchId, Step, StepId } from '../model/index.ts';
import { refuse } from './errors.ts';

/** Shares between 0 and 100 adding up to 100; the tolerance matches the file schema, so 33.3 + 33.3 + 33.4 passes. */
export function checkPercentages(percents: readonly number[]): void {
  const valid = percents.every((p) => Number.isFinite(p) && p >= 0 && p <= 100);
  const total = percents.reduce((a, b) => a + b, 0);
  if (!valid || Math.abs(total - 100) > 1e-6) {
    refuse('bad-percentages', {
      fr: `Les pourcentages d’une répartition aléatoire vont de 0 à 100 et totalisent 100 (ici ${total}).`,
      en: `A random split's percentages range from 0 to 100 and add up to 100 (here ${total}).`,
    });
  }
}

/** Checks what a step must hold on its own: branches, shares, a jump target that exists. */
export function checkStepShape(step: Step, existing: ReadonlySet<StepId>): void {
  if (step.kind === 'branch-if' || step.kind === 'branch-value' || step.kind === 'branch-random') {
    const ids: readonly BranchId[] = step.branches.map((b) => b.id);
    if (ids.length === 0 || new Set(ids).size !== ids.length) {
      refuse('bad-branches', {
        fr: 'Une branche a besoin d’au moins un chemin, et chaque chemin d’un identifiant unique.',
        en: 'A branch needs at least one path, and each path a unique id.',
      });
    }
    if (step.kind === 'branch-random') checkPercentages(step.branches.map((b) => b.percent));
  }
  if (step.kind === 'go-to' && (step.target === step.id || !existing.has(step.target))) {
    refuse('bad-go-to-target', {
      fr: `« Aller à » doit viser une autre étape existante du workflow (et non « ${step.target} »).`,
      en: `A go-to must jump to another existing step of the workflow (not "${step.target}").`,
    });
  }
}
