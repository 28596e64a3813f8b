import { allProperties, findProperty, propertiesWithScores } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { quoted } from '../labels.ts';
import { propertyUses } from '../property-uses.ts';
import type { LintRule } from '../types.ts';

export const unknownProperty: LintRule = {
  id: 'unknown-property',
  severity: 'error',
  title: { fr: 'Propriété inconnue', en: 'Unknown property' },
  description: {
    fr: 'Un déclencheur, un objectif, une branche ou une étape utilise une propriété que le projet ne définit pas (ni propriété standard, ni propriété du projet)\u00a0: aucun contact n’a de valeur pour elle.',
    en: 'A trigger, goal, branch or step uses a property the project does not define (neither a standard property nor one of its own): no contact has a value for it.',
  },
  check: (ctx) => {
    const known = allProperties(propertiesWithScores(ctx.project)).map((p) => p.name);
    return propertyUses(ctx.project, ctx.workflows, ctx.wholeProject)
      .filter((use) => !findProperty(propertiesWithScores(ctx.project), use.property))
      .map((use) => {
        const name = quoted(use.property);
        return finding(
          unknownProperty,
          use.workflow,
          use.steps,
          {
            fr: `${use.where.fr}\u00a0: la propriété ${name.fr} n’existe pas dans le projet (${use.path}). Propriétés connues\u00a0: ${known.join(', ')}.`,
            en: `${use.where.en}: the property ${name.en} does not exist in the project (${use.path}). Known properties: ${known.join(', ')}.`,
          },
          { path: use.path },
        );
      });
  },
};
