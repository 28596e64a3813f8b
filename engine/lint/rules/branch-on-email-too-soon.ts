import { outgoingEdges, stepIndex, type IfThenStep, type SendEmailStep, type Step, type StepId, type Workflow } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';
import { ANALYTICS_DELAY_MINUTES, branchFilters, ENGAGEMENT_EVENTS, reachedSoon } from './analytics-window.ts';

export { ANALYTICS_DELAY_MINUTES };

/** If/then branches reached from a send less than 80 minutes later (fixed delays added up) that read its opens or clicks. */
function branchesTooSoon(send: SendEmailStep, byId: ReadonlyMap<StepId, Step>): { branch: IfThenStep; minutes: number }[] {
  const found: { branch: IfThenStep; minutes: number }[] = [];
  for (const [id, minutes] of reachedSoon(outgoingEdges(send).map((e) => e.to), byId)) {
    const step = byId.get(id)!;
    if (step.kind !== 'branch-if') continue;
    if (branchFilters(step).some((f) => f.kind === 'email' && ENGAGEMENT_EVENTS.has(f.event) && (f.email === null || f.email === send.email))) found.push({ branch: step, minutes });
  }
  return found;
}

/** Every (send, branch) pair of a workflow this rule reports; the analytics rule leaves those to it. */
export function emailBranchesTooSoon(workflow: Workflow, byId: ReadonlyMap<StepId, Step> = stepIndex(workflow)): { send: SendEmailStep; branch: IfThenStep; minutes: number }[] {
  return workflow.steps.flatMap((step) => (step.kind === 'send-email' ? branchesTooSoon(step, byId).map((b) => ({ send: step, ...b })) : []));
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
      for (const { send: step, branch, minutes } of emailBranchesTooSoon(workflow)) {
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
    return out;
  },
};
