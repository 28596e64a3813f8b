import { outgoingEdges } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { pathSubject } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

/**
 * A named branch (or a met / not-met path, or a split share) that leads nowhere is almost always
 * unfinished work: why split contacts if nothing happens to some of them? Warning. The "none
 * met" default of an if/then or value branch is often left empty on purpose, so it is only
 * information there.
 */
export const emptyBranch: LintRule = {
  id: 'empty-branch',
  severity: 'warning',
  title: { fr: 'Branche vide', en: 'Empty branch' },
  description: {
    fr: 'Une branche ne mène à aucune action\u00a0: les contacts qui la prennent sortent aussitôt du workflow. Sur la branche par défaut, c’est souvent voulu (simple information).',
    en: 'A branch leads to no action: contacts who take it leave the workflow at once. On the default branch this is often intended (information only).',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      for (const step of workflow.steps) {
        const edges = outgoingEdges(step);
        if (edges.length < 2) continue;
        for (const edge of edges) {
          if (edge.to !== null) continue;
          const subject = pathSubject(step, edge.slot, ctx.project);
          const isDefault = edge.slot.kind === 'default';
          out.push(
            finding(
              emptyBranch,
              workflow.id,
              [step.id],
              {
                fr: `${subject.fr} ne contient aucune action\u00a0: les contacts qui l’empruntent quittent le workflow sans rien recevoir.`,
                en: `${subject.en} holds no action: contacts who take it leave the workflow without anything happening.`,
              },
              { severity: isDefault ? 'info' : 'warning' },
            ),
          );
        }
      }
    }
    return out;
  },
};
