import { LIMITS } from '../../hubspot/api.ts';
import type { Workflow } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { stepLabel, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

/**
 * Actions the workflow becomes in HubSpot: one per step, none for a go-to (an edge in v4), two
 * for a delay until an event (the wait, then the branch on whether it happened), as the export
 * writes them.
 */
export function hubSpotActionCount(workflow: Workflow): number {
  return workflow.steps.reduce((n, s) => n + (s.kind === 'go-to' ? 0 : s.kind === 'delay-until-event' ? 2 : 1), 0);
}

/**
 * HubSpot's limits on a workflow (hubspot-today.md §2): 20 branches in an if/then, 250 in a
 * value-equals branch (HubSpot refuses more), and about 500 actions (a third-party figure, so a
 * warning). The constants live in engine/hubspot/api.ts, shared with the export's pre-flight.
 */
export const hubSpotLimits: LintRule = {
  id: 'hubspot-limits',
  severity: 'error',
  title: { fr: 'Au-delà des limites de HubSpot', en: 'Beyond HubSpot’s limits' },
  description: {
    fr: `HubSpot accepte au plus ${LIMITS.ifThenBranches} branches dans une branche si/alors et ${LIMITS.valueBranches} dans une branche « valeur égale à »\u00a0; au-delà d’environ ${LIMITS.actions} actions, un workflow peut être refusé ou ralenti.`,
    en: `HubSpot accepts at most ${LIMITS.ifThenBranches} branches in an if/then branch and ${LIMITS.valueBranches} in a value-equals branch; beyond about ${LIMITS.actions} actions a workflow may be refused or slowed down.`,
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      for (const step of workflow.steps) {
        if (step.kind !== 'branch-if' && step.kind !== 'branch-value') continue;
        const limit = step.kind === 'branch-if' ? LIMITS.ifThenBranches : LIMITS.valueBranches;
        if (step.branches.length <= limit) continue;
        const label = stepLabel(step, ctx.project);
        const n = step.branches.length;
        out.push(
          finding(hubSpotLimits, workflow.id, [step.id], {
            fr: `${label.fr} a ${n} branches\u00a0: HubSpot en accepte ${limit} au plus. Répartissez-les sur deux branches à la suite.`,
            en: `${label.en} has ${n} branches: HubSpot accepts at most ${limit}. Split them over two branches in a row.`,
          }),
        );
      }
      const actions = hubSpotActionCount(workflow);
      if (actions > LIMITS.actions) {
        const name = workflowLabel(workflow);
        out.push(
          finding(
            hubSpotLimits,
            workflow.id,
            [],
            {
              fr: `${name.fr} ferait ${actions} actions dans HubSpot\u00a0: au-delà d’environ ${LIMITS.actions}, un workflow peut être refusé ou ralenti (chiffre rapporté par des tiers). Scindez-le avec « Inscrire dans un workflow ».`,
              en: `${name.en} would be ${actions} actions in HubSpot: beyond about ${LIMITS.actions} a workflow may be refused or slowed down (a third-party figure). Split it with "Enroll in workflow".`,
            },
            { severity: 'warning' },
          ),
        );
      }
    }
    return out;
  },
};
