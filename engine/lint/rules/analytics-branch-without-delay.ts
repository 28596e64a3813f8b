import { stepIndex } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';
import { ANALYTICS_DELAY_MINUTES, branchFilters, isAnalyticsFilter, reachedSoon } from './analytics-window.ts';
import { emailBranchesTooSoon } from './branch-on-email-too-soon.ts';

/**
 * An if/then branch on analytics (page views, an email's opens or clicks) less than 80 minutes
 * of delays after enrollment: HubSpot recommends a delay before such branches, the time its
 * analytics take to arrive. A branch on the opens of an email just sent is
 * `branch-on-email-too-soon`'s, which names the send; it is not reported twice.
 */
export const analyticsBranchWithoutDelay: LintRule = {
  id: 'analytics-branch-without-delay',
  severity: 'warning',
  title: { fr: 'Branche sur l’analytique sans délai', en: 'Analytics branch without a delay' },
  description: {
    fr: `Une branche si/alors lit des pages vues, des ouvertures ou des clics moins de ${ANALYTICS_DELAY_MINUTES} minutes après l’inscription\u00a0: ces données mettent du temps à arriver dans HubSpot, qui recommande un délai d’au moins ${ANALYTICS_DELAY_MINUTES} minutes avant ce type de branche.`,
    en: `An if/then branch reads page views, opens or clicks less than ${ANALYTICS_DELAY_MINUTES} minutes after enrollment: that data takes time to reach HubSpot, which recommends a delay of at least ${ANALYTICS_DELAY_MINUTES} minutes before such a branch.`,
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      const byId = stepIndex(workflow);
      const named = new Set(emailBranchesTooSoon(workflow, byId).map((b) => b.branch.id));
      for (const [id, minutes] of reachedSoon([workflow.start], byId)) {
        const step = byId.get(id)!;
        if (step.kind !== 'branch-if' || named.has(step.id) || !branchFilters(step).some(isAnalyticsFilter)) continue;
        const label = stepLabel(step, ctx.project);
        out.push(
          finding(analyticsBranchWithoutDelay, workflow.id, [step.id], {
            fr: `${label.fr} lit des pages vues, ouvertures ou clics ${minutes === 0 ? 'dès l’inscription' : `${minutes} minutes après l’inscription`}\u00a0: ajoutez avant elle un délai d’au moins ${ANALYTICS_DELAY_MINUTES} minutes, le temps que HubSpot reçoive ces données.`,
            en: `${label.en} reads page views, opens or clicks ${minutes === 0 ? 'right at enrollment' : `${minutes} minutes after enrollment`}: add a delay of at least ${ANALYTICS_DELAY_MINUTES} minutes before it, the time HubSpot takes to receive that data.`,
          }),
        );
      }
    }
    return out;
  },
};
