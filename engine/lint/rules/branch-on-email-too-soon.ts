import { criteriaFilters, durationMinutes, outgoingEdges, stepIndex, type IfThenStep, type SendEmailStep, type Step, type StepId } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

/** HubSpot recommends waiting before branching on email analytics (KB "Use if/then branches"). */
export const ANALYTICS_DELAY_MINUTES = 80;
const ENGAGEMENT = new Set(['opened', 'clicked', 'opened-not-clicked', 'received-not-opened']);

/** If/then branches reached from a send less than 80 minutes later (fixed delays added up) that read its opens or clicks. */
function branchesTooSoon(send: SendEmailStep, byId: ReadonlyMap<StepId, Step>): { branch: IfThenStep; minutes: number }[] {
  const found: { branch: IfThenStep; minutes: number }[] = [];
  const best = new Map<StepId, number>();
  const queue: { id: StepId | null; minutes: number }[] = outgoingEdges(send).map((e) => ({ id: e.to, minutes: 0 }));
  while (queue.length > 0) {
    const { id, minutes } = queue.shift()!;
    const step = id ? byId.get(id) : undefined;
    if (!step || (best.get(step.id) ?? Infinity) <= minutes) continue;
    best.set(step.id, minutes);
    if (step.kind === 'delay-until-event' || (step.kind === 'delay' && step.delay.mode !== 'duration')) continue;
    const waited = step.kind === 'delay' && step.delay.mode === 'duration' ? minutes + durationMinutes(step.delay.duration) : minutes;
    if (waited >= ANALYTICS_DELAY_MINUTES) continue;
    if (step.kind === 'branch-if') {
      const reads = step.branches.some((b) => criteriaFilters(b.criteria).some((f) => f.kind === 'email' && ENGAGEMENT.has(f.event) && (f.email === null || f.email === send.email)));
      if (reads) found.push({ branch: step, minutes: waited });
    }
    queue.push(...outgoingEdges(step).map((e) => ({ id: e.to, minutes: waited })));
  }
  return found;
}

export const branchOnEmailTooSoon: LintRule = {
  id: 'branch-on-email-too-soon',
  severity: 'warning',
  title: { fr: 'Branche sur les ouvertures juste après l’envoi', en: 'Branch on opens right after the send' },
  description: {
    fr: `Une branche si/alors lit les ouvertures ou les clics d’un e-mail moins de ${ANALYTICS_DELAY_MINUTES} minutes après son envoi\u00a0: presque personne n’a encore pu l’ouvrir. HubSpot conseille un délai avant ce genre de branche.`,
    en: `An if/then branch reads an email's opens or clicks less than ${ANALYTICS_DELAY_MINUTES} minutes after it was sent: almost nobody can have opened it yet. HubSpot recommends a delay before such a branch.`,
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      const byId = stepIndex(workflow);
      for (const step of workflow.steps) {
        if (step.kind !== 'send-email') continue;
        for (const { branch, minutes } of branchesTooSoon(step, byId)) {
          const send = stepLabel(step, ctx.project);
          const label = stepLabel(branch, ctx.project);
          out.push(
            finding(branchOnEmailTooSoon, workflow.id, [step.id, branch.id], {
              fr: `${label.fr} lit les ouvertures ou clics ${minutes === 0 ? 'aussitôt après' : `${minutes} minutes après`} ${send.fr}\u00a0: ajoutez un délai d’au moins ${ANALYTICS_DELAY_MINUTES} minutes (HubSpot le recommande).`,
              en: `${label.en} reads opens or clicks ${minutes === 0 ? 'right after' : `${minutes} minutes after`} ${send.en}: add a delay of at least ${ANALYTICS_DELAY_MINUTES} minutes (HubSpot recommends it).`,
            }),
          );
        }
      }
    }
    return out;
  },
};
