import { findProperty } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { quoted, workflowLabel } from '../labels.ts';
import type { Finding, LintRule } from '../types.ts';

export const datePropertyAnchor: LintRule = {
  id: 'date-property-anchor',
  severity: 'error',
  title: { fr: 'Propriété d’ancrage qui n’est pas une date', en: 'Anchor property is not a date' },
  description: {
    fr: 'Un workflow centré sur une propriété de date doit s’ancrer sur une propriété de type date (anniversaire, date de renouvellement…).',
    en: 'A workflow centred on a date property must be anchored on a property of type date (birthday, renewal date…).',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const workflow of ctx.workflows) {
      if (workflow.timing.type !== 'date-property') continue;
      const name = workflow.timing.anchorProperty;
      const def = findProperty(ctx.project.properties, name);
      if (def?.type === 'date') continue;
      const wf = workflowLabel(workflow);
      const prop = quoted(def?.label.fr ?? name, def?.label.en ?? name);
      out.push(
        finding(
          datePropertyAnchor,
          workflow.id,
          [],
          def
            ? {
                fr: `${wf.fr} est centré sur ${prop.fr}, qui n’est pas une propriété de date.`,
                en: `${wf.en} is centred on ${prop.en}, which is not a date property.`,
              }
            : {
                fr: `${wf.fr} est centré sur ${prop.fr}, une propriété qui n’existe pas.`,
                en: `${wf.en} is centred on ${prop.en}, a property that does not exist.`,
              },
        ),
      );
    }
    return out;
  },
};
