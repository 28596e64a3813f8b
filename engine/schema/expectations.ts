import { z } from 'zod';
import type { ProjectTests } from '../model/index.ts';
import { contactSchema } from './contact.ts';
import { criteriaSchema } from './filters.ts';
import { listIdSchema, personaIdSchema, stepIdSchema, workflowIdSchema } from './ids.ts';
import { MAX_SPAN_DAYS } from './limits.ts';
import { type AssertAssignable, idString, wholeDays } from './primitives.ts';

/** The project's `tests` section (issue #15): expectations and their test population. */

const percent = z.number().min(0).max(100);
const bound = z.enum(['at-least', 'at-most']);
const base = { id: idString };
/** A day number as people read it: day 1 is the start date (engine/study/days.ts); up to the longest horizon. */
const dayNumber = z.number().int().min(1).max(MAX_SPAN_DAYS);

export const expectationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('share-in-list'), workflow: workflowIdSchema, list: listIdSchema, day: dayNumber, bound, percent }),
  z.strictObject({ ...base, kind: z.literal('never-stage'), who: criteriaSchema, stage: z.string().min(1) }),
  z.strictObject({ ...base, kind: z.literal('ends-in-list'), workflow: workflowIdSchema }),
  z.strictObject({
    ...base,
    kind: z.literal('reaches-within'),
    workflow: workflowIdSchema,
    step: stepIdSchema,
    persona: personaIdSchema.nullable(),
    days: wholeDays,
    percent,
  }),
  z.strictObject({ ...base, kind: z.literal('step-reached'), workflow: workflowIdSchema, step: stepIdSchema, count: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
  z.strictObject({ ...base, kind: z.literal('list-exactly'), list: listIdSchema, who: criteriaSchema, day: dayNumber }),
]);

/** A test population is small: it is re-run after every edit. */
export const MAX_TEST_POPULATION = 5000;

const populationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sample'), count: z.number().int().min(1).max(MAX_TEST_POPULATION), seed: z.number().int() }),
  z.strictObject({ kind: z.literal('contacts'), contacts: z.array(contactSchema).max(MAX_TEST_POPULATION) }),
]);

/** Re-run after every edit: a few tens of runs of the small population at most. */
export const MAX_TEST_REPLICATIONS = 100;

const testsShape = z.strictObject({ expectations: z.array(expectationSchema), population: populationSchema, replications: z.number().int().min(1).max(MAX_TEST_REPLICATIONS).optional() });

export type _TestsMatchModel = AssertAssignable<z.output<typeof testsShape>, ProjectTests>;
export const projectTestsSchema = testsShape as unknown as z.ZodType<ProjectTests, unknown>;
