import { outgoingEdges, stepIndex, type GoToStep, type Step, type StepId } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';
import { isWaitingStep } from '../walk.ts';

/** Whether the go-to's target leads back to the go-to without passing any waiting step. */
function loopsInstantly(goTo: GoToStep, byId: ReadonlyMap<StepId, Step>): boolean {
  const seen = new Set<StepId>();
  const stack: StepId[] = [goTo.target];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === goTo.id) return true;
    const step = byId.get(id);
    if (!step || seen.has(id) || isWaitingStep(step)) continue;
    seen.add(id);
    for (const e of outgoingEdges(step)) if (e.to) stack.push(e.to);
  }
  return false;
}

export const gotoLoopWithoutDelay: LintRule = {
  id: 'goto-loop-without-delay',
  severity: 'error',
  title: { fr: 'Boucle sans délai', en: 'Loop without a delay' },
  description: {
    fr: 'Un «\u00a0Aller à\u00a0» ramène le contact en arrière sans aucun délai sur la boucle\u00a0: il y tournerait sans fin, au même instant.',
    en: 'A go-to leads the contact back with no delay on the loop: it would go round endlessly, in the same instant.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      const byId = stepIndex(workflow);
      for (const step of workflow.steps) {
        if (step.kind !== 'go-to' || !loopsInstantly(step, byId)) continue;
        const target = byId.get(step.target);
        const label = stepLabel(step, ctx.project);
        const to = target ? stepLabel(target, ctx.project) : { fr: step.target, en: step.target };
        out.push(
          finding(gotoLoopWithoutDelay, workflow.id, [step.id], {
            fr: `${label.fr} renvoie à ${to.fr} sans aucun délai sur la boucle\u00a0: le contact y tournerait sans fin.`,
            en: `${label.en} jumps back to ${to.en} with no delay on the loop: the contact would go round forever.`,
          }),
        );
      }
    }
    return out;
  },
};
