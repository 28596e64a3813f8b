import type { Localized } from '../model/index.ts';
import type { EndState } from '../sim/index.ts';

/** How an enrollment ended, as a marketer says it (the CLI summary and the results CSV). */
export const END_LABELS: Readonly<Record<EndState, Localized>> = {
  completed: { fr: 'terminé', en: 'completed' },
  goal: { fr: 'objectif atteint', en: 'goal met' },
  suppressed: { fr: 'segment de suppression', en: 'suppression segment' },
  'not-matching': { fr: 'ne remplit plus les critères', en: 'no longer matching' },
  'unenrolled-by-workflow': { fr: 'désinscrit par un workflow', en: 'unenrolled by a workflow' },
  'unenrolled-on-other-enrollment': { fr: 'inscrit dans un autre workflow', en: 'enrolled in another workflow' },
  loop: { fr: 'boucle sans délai', en: 'loop without a delay' },
  'in-progress': { fr: 'toujours en cours', en: 'still in progress' },
  'workflow-loop': { fr: 'boucle entre workflows', en: 'loop across workflows' },
};
