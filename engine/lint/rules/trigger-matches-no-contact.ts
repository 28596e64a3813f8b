import { matches } from '../../criteria/index.ts';
import { finding } from '../finding.ts';
import { dayText, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

function contactsText(n: number): { fr: string; en: string } {
  return n === 1
    ? { fr: 'ne correspondent pas au seul contact du bac à sable', en: 'do not match the only contact in the sandbox' }
    : { fr: `ne correspondent à aucun des ${n} contacts du bac à sable`, en: `match none of the ${n} contacts in the sandbox` };
}

export const triggerMatchesNoContact: LintRule = {
  id: 'trigger-matches-no-contact',
  severity: 'warning',
  title: { fr: 'Déclencheurs sans aucun contact', en: 'Triggers match no contact' },
  description: {
    fr: 'Au démarrage, les déclencheurs d’inscription ne correspondent à aucun contact du bac à sable\u00a0: personne ne sera inscrit tant qu’un contact ne change pas.',
    en: 'At start, the enrollment triggers match no contact of the sandbox: nobody enrolls until some contact changes.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    const contacts = ctx.contacts;
    if (!contacts || contacts.length === 0) return out;
    const day = dayText(ctx.now);
    for (const workflow of ctx.workflows) {
      const { triggers, enrollExisting } = workflow.enrollment;
      if (triggers.groups.length === 0 || !enrollExisting) continue;
      if (contacts.some((c) => matches(triggers, c, ctx.now))) continue;
      const name = workflowLabel(workflow);
      const who = contactsText(contacts.length);
      out.push(
        finding(triggerMatchesNoContact, workflow.id, [], {
          fr: `Les déclencheurs d’inscription de ${name.fr} ${who.fr} le ${day.fr}\u00a0: personne ne sera inscrit au démarrage.`,
          en: `The enrollment triggers of ${name.en} ${who.en} on ${day.en}: nobody will enroll at start.`,
        }),
      );
    }
    return out;
  },
};
