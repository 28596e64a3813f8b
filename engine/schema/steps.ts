import { z } from 'zod';
import { LIFECYCLE_STAGES, numberText } from '../model/index.ts';
import { MAX_ACTION_JSON_LENGTH } from './limits.ts';
import { criteriaSchema } from './filters.ts';
import { delaySpecSchema, durationSchema, waitEventSchema } from './delays.ts';
import { branchIdSchema, emailIdSchema, listIdSchema, stepIdSchema, workflowIdSchema } from './ids.ts';
import { complaining, nameText, propertyName } from './primitives.ts';

/** An imported HubSpot action kept as it was: a JSON object of at most MAX_ACTION_JSON_LENGTH characters. */
const hubspotAction = z.record(z.string(), z.json()).refine(
  ...complaining((action: Record<string, unknown>) => JSON.stringify(action).length <= MAX_ACTION_JSON_LENGTH, {
    fr: `L’action HubSpot d’origine dépasse ${numberText(MAX_ACTION_JSON_LENGTH, 'fr')} caractères de JSON.`,
    en: `The original HubSpot action is over ${numberText(MAX_ACTION_JSON_LENGTH, 'en')} characters of JSON.`,
  }),
);

/** One schema per step kind; `next` and the other edges are checked against the workflow by integrity.ts. */
const base = {
  id: stepIdSchema,
  note: z.string().optional(),
  title: nameText.optional(),
  /** What the imported HubSpot action held beyond the step's fields (model/steps.ts), within the same bound. */
  keptFromHubSpot: hubspotAction.optional(),
};
const next = stepIdSchema.nullable();
const property = propertyName;

/** A step kind with a single `next` and its own fields. */
function linear<K extends string, S extends z.core.$ZodLooseShape>(kind: K, shape: S) {
  return z.strictObject({ ...base, kind: z.literal(kind), ...shape, next });
}

const ifBranch = z.strictObject({ id: branchIdSchema, name: nameText, criteria: criteriaSchema, next });
const valueBranch = z.strictObject({ id: branchIdSchema, name: nameText, value: z.string(), next });
const randomBranch = z.strictObject({ id: branchIdSchema, name: nameText, percent: z.number().min(0).max(100), next });

/** Floating-point shares like 33.3 + 33.3 + 33.4 must still count as 100. */
export function percentagesSumTo100(branches: readonly { percent?: unknown }[]): boolean {
  if (!Array.isArray(branches)) return true;
  const sum = branches.reduce((s, b) => s + (typeof b?.percent === 'number' ? b.percent : 0), 0);
  return Math.abs(sum - 100) < 1e-6;
}

export const stepSchema = z.discriminatedUnion('kind', [
  linear('send-email', { email: emailIdSchema }),
  linear('delay', { delay: delaySpecSchema }),
  z.strictObject({
    ...base,
    kind: z.literal('delay-until-event'),
    event: waitEventSchema,
    maxWait: durationSchema,
    met: next,
    notMet: next,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('branch-if'),
    branches: z.array(ifBranch),
    defaultName: nameText,
    defaultNext: next,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('branch-value'),
    property,
    branches: z.array(valueBranch),
    defaultName: nameText,
    defaultNext: next,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('branch-random'),
    branches: z
      .array(randomBranch)
      .min(1)
      .refine(
        ...complaining(percentagesSumTo100, {
          fr: 'Les pourcentages d’une répartition aléatoire doivent totaliser 100.',
          en: 'The percentages of a random split must add up to 100.',
        }),
      ),
  }),
  linear('set-property', { property, value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }),
  linear('clear-property', { property }),
  linear('copy-property', { from: property, to: property }),
  linear('increment-property', { property, by: z.number() }),
  linear('set-lifecycle-stage', { stage: z.enum(LIFECYCLE_STAGES) }),
  linear('add-to-list', { list: listIdSchema }),
  linear('remove-from-list', { list: listIdSchema }),
  linear('enroll-in-workflow', { workflow: workflowIdSchema }),
  linear('unenroll-from-workflow', { workflow: workflowIdSchema }),
  linear('internal-notification', { recipient: nameText, subject: nameText }),
  linear('create-task', { taskTitle: nameText }),
  linear('hubspot-action', { actionTypeId: nameText.min(1), label: nameText, original: hubspotAction.optional() }),
  z.strictObject({ ...base, kind: z.literal('go-to'), target: stepIdSchema }),
]);
