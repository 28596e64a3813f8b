import { outgoingEdges, stepIndex, type SendEmailStep, type Step, type StepId } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';
import { isWaitingStep } from '../walk.ts';

/** The emails a contact reaches from `from` in the same instant: through record, list, branch and go-to steps. */
function emailsWithoutDelay(from: SendEmailStep, byId: ReadonlyMap<StepId, Step>): readonly SendEmailStep[] {
  const found: SendEmailStep[] = [];
  const seen = new Set<StepId>();
  const queue: (StepId | null)[] = outgoingEdges(from).map((e) => e.to);
  while (queue.length > 0) {
    const id = queue.shift();
    const step = id ? byId.get(id) : undefined;
    if (!step || seen.has(step.id)) continue;
    seen.add(step.id);
    if (step.kind === 'send-email') found.push(step);
    else if (!isWaitingStep(step)) queue.push(...outgoingEdges(step).map((e) => e.to));
  }
  return found;
}

export const emailAfterEmail: LintRule = {
  id: 'email-after-email',
  severity: 'warning',
  title: { fr: 'E-mails envoyés coup sur coup', en: 'Emails sent back to back' },
  description: {
    fr: 'Un e-mail part juste après un autre, sans délai entre les deux\u00a0: le contact les reçoit en même temps, ce qui nuit à l’ouverture et augmente les désabonnements.',
    en: 'An email is sent right after another with no delay in between: the contact gets both at once, which hurts opens and raises unsubscribes.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      const byId = stepIndex(workflow);
      for (const step of workflow.steps) {
        if (step.kind !== 'send-email') continue;
        for (const next of emailsWithoutDelay(step, byId)) {
          const first = stepLabel(step, ctx.project);
          const second = stepLabel(next, ctx.project);
          const steps = next.id === step.id ? [step.id] : [step.id, next.id];
          out.push(
            finding(emailAfterEmail, workflow.id, steps, {
              fr: `${second.fr} part juste après ${first.fr}, sans délai\u00a0: le contact reçoit deux e-mails d’affilée.`,
              en: `${second.en} is sent right after ${first.en} with no delay: the contact gets two emails back to back.`,
            }),
          );
        }
      }
    }
    return out;
  },
};
