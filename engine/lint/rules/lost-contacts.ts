import { edgeKey, outgoingEdges } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { pathSubject } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';
import { walkPaths } from '../walk.ts';

/**
 * The seed's nota bene: end every branch with a static list so the contacts who went down it can
 * be found and re-engaged later. A path end is fine when some add-to-list lies on a path to it;
 * it is reported when at least one path reaches it without any.
 */
export const lostContacts: LintRule = {
  id: 'lost-contacts',
  severity: 'warning',
  title: { fr: 'Contacts perdus en fin de chemin', en: 'Contacts lost at the end of a path' },
  description: {
    fr: 'Un chemin se termine sans avoir ajouté le contact à un segment statique (liste)\u00a0: on ne pourra pas retrouver ces contacts pour les réengager plus tard.',
    en: 'A path ends without adding the contact to any static segment (list): these contacts cannot be found again to re-engage them later.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      const lostEnds = new Set<string>();
      walkPaths<boolean>(workflow, {
        initial: false,
        key: (inList) => (inList ? '1' : '0'),
        through: (step, inList) => inList || step.kind === 'add-to-list',
        onEnd: (edge, _step, inList) => {
          if (!inList) lostEnds.add(edgeKey(edge));
        },
      });
      for (const step of workflow.steps) {
        for (const edge of outgoingEdges(step)) {
          if (!lostEnds.has(edgeKey(edge))) continue;
          const subject = pathSubject(step, edge.slot, ctx.project);
          out.push(
            finding(lostContacts, workflow.id, [step.id], {
              fr: `${subject.fr} se termine sans segment statique\u00a0: ces contacts seront perdus.`,
              en: `${subject.en} ends without a static segment: these contacts will be lost.`,
            }),
          );
        }
      }
    }
    return out;
  },
};
