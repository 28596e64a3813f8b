import { z } from 'zod';
import { isScoreProperty, type Criteria, type ScoreGroup, type ScoreModel } from '../model/index.ts';
import { criteriaSchema } from './filters.ts';
import type { LoadIssue } from './issues.ts';
import { assetIdSchema, emailIdSchema } from './ids.ts';
import { type AssertAssignable, complaining, expecting, idString, nameText, nonNegative, wholeDays } from './primitives.ts';

/** The score model (model/scoring.ts): optional in a project, so files without it still open. */

/** Criteria rules are kept as bits while the run reads the score (sim/run/score.ts). */
export const MAX_CRITERIA_RULES = 31;

const points = z.number().min(-1_000_000).max(1_000_000);

const criteriaRuleSchema = z.strictObject({
  type: z.literal('criteria'),
  id: idString,
  name: nameText,
  points,
  criteria: criteriaSchema.refine(
    ...complaining((c: Criteria) => c.groups.every((g) => g.filters.every((f) => f.kind !== 'property' || !isScoreProperty(f.property))), {
      fr: 'une règle de score ne peut pas lire le score lui-même (hubspotscore, fitscore, engagementscore, scorethreshold)',
      en: 'a score rule cannot read the score itself (hubspotscore, fitscore, engagementscore, scorethreshold)',
    }),
  ),
});

const scoreEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('email'), event: z.enum(['opened', 'clicked']), email: emailIdSchema.nullable() }),
  z.strictObject({ kind: z.literal('form'), asset: assetIdSchema.nullable() }),
  z.strictObject({
    kind: z.literal('page-view'),
    url: z.string().refine(...expecting((u: string) => u.trim() !== '', { fr: 'une URL de page non vide', en: 'a page URL that is not empty' })),
    match: z.enum(['equals', 'contains']),
  }),
]);

const eventRuleSchema = z.strictObject({ type: z.literal('event'), id: idString, name: nameText, points, event: scoreEventSchema });

const groupSchema = z
  .strictObject({
    id: idString,
    name: nameText,
    kind: z.enum(['fit', 'engagement']),
    limit: nonNegative.nullable(),
    timeFrameDays: wholeDays.min(1).nullable(),
    decay: z.strictObject({ percent: z.number().gt(0).max(100), everyDays: wholeDays.min(1) }).nullable(),
    rules: z.array(z.discriminatedUnion('type', [criteriaRuleSchema, eventRuleSchema])),
  })
  .refine(
    ...complaining((g: ScoreGroup) => g.timeFrameDays === null || g.decay === null, {
      fr: 'un groupe de score a une période ou une dégressivité, pas les deux (comme dans HubSpot)',
      en: 'a score group has a time frame or a decay, not both (as in HubSpot)',
    }),
  )
  .refine(
    ...complaining((g: ScoreGroup) => g.kind === 'engagement' || (g.timeFrameDays === null && g.decay === null && g.rules.every((r) => r.type === 'criteria')), {
      fr: 'un groupe d’adéquation (fit) ne compte que des critères de propriétés, sans période ni dégressivité',
      en: 'a fit group holds only property criteria, with no time frame or decay',
    }),
  );

/** The model-wide check of the tiers' order (the Scoring dialog names the tiers at fault instead). */
export const THRESHOLDS_GO_UP = {
  fr: 'les seuils du score vont en croissant (chaque palier commence plus haut que le précédent)',
  en: 'score thresholds go up (each tier starts above the one before)',
} as const;

const scoreModelShape = z
  .strictObject({
    groups: z.array(groupSchema),
    limit: nonNegative.nullable(),
    thresholds: z.array(z.strictObject({ label: z.string().max(100).refine(...expecting((l: string) => l.trim() !== '', { fr: 'un libellé de palier non vide', en: 'a tier label that is not empty' })), from: points })),
  })
  .refine(
    ...complaining((m: ScoreModel) => m.thresholds.every((t, k) => k === 0 || t.from > m.thresholds[k - 1]!.from), THRESHOLDS_GO_UP),
  )
  .refine(
    ...complaining((m: ScoreModel) => m.groups.reduce((n, g) => n + g.rules.filter((r) => r.type === 'criteria').length, 0) <= MAX_CRITERIA_RULES, {
      fr: `un modèle de score compte au plus ${MAX_CRITERIA_RULES} règles de critères`,
      en: `a score model holds at most ${MAX_CRITERIA_RULES} criteria rules`,
    }),
  );

export type _ScoreModelMatchesModel = AssertAssignable<z.output<typeof scoreModelShape>, ScoreModel>;
export const scoreModelSchema = scoreModelShape as unknown as z.ZodType<ScoreModel, unknown>;

export { scoreModelReferences } from './dangling.ts';

/** Rule and group ids unique within the model. */
export function scoreModelDuplicates(model: ScoreModel | undefined): LoadIssue[] {
  const seen = new Set<string>();
  const issues: LoadIssue[] = [];
  const check = (id: string, path: string) => {
    if (seen.has(id)) issues.push({ path, message: { fr: `L’identifiant « ${id} » est utilisé deux fois dans le modèle de score.`, en: `The id "${id}" is used twice in the score model.` } });
    seen.add(id);
  };
  (model?.groups ?? []).forEach((g, gi) => {
    check(g.id, `project.scoreModel.groups[${gi}].id`);
    g.rules.forEach((r, ri) => check(r.id, `project.scoreModel.groups[${gi}].rules[${ri}].id`));
  });
  return issues;
}
