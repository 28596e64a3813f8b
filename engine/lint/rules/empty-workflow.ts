import { finding } from '../finding.ts';
import { workflowLabel } from '../labels.ts';
import type { LintRule } from '../types.ts';

export const emptyWorkflow: LintRule = {
  id: 'empty-workflow',
  severity: 'info',
  title: { fr: 'Workflow vide', en: 'Empty workflow' },
  description: {
    fr: 'Le workflow n’a encore aucune action\u00a0: les contacts inscrits en sortent aussitôt.',
    en: 'The workflow has no action yet: enrolled contacts leave it at once.',
  },
  check: (ctx) =>
    ctx.workflows
      .filter((w) => w.steps.length === 0)
      .map((w) => {
        const name = workflowLabel(w);
        return finding(emptyWorkflow, w.id, [], {
          fr: `${name.fr} n’a encore aucune action.`,
          en: `${name.en} has no action yet.`,
        });
      }),
};
