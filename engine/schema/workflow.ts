import { z } from 'zod';
import type { Workflow } from '../model/index.ts';
import { criteriaSchema } from './filters.ts';
import { weekdaySchema } from './delays.ts';
import { listIdSchema, stepIdSchema, workflowIdSchema } from './ids.ts';
import { type AssertAssignable, calendarDate, complaining, nameText, propertyName, timeOfDay, timeZone } from './primitives.ts';
import { stepSchema } from './steps.ts';

export const workflowTimingSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('contact') }),
  z.strictObject({ type: z.literal('fixed-date'), anchorDate: calendarDate }),
  z.strictObject({ type: z.literal('date-property'), anchorProperty: propertyName, recurAnnually: z.boolean() }),
]);

export const enrollmentSchema = z.strictObject({
  triggers: criteriaSchema,
  enrollExisting: z.boolean(),
  reenroll: z.boolean(),
  unenrollWhenNotMatching: z.boolean(),
});

export const unenrollFromOthersSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('none') }),
  z.strictObject({ mode: z.literal('all') }),
  z.strictObject({ mode: z.literal('selected'), workflows: z.array(workflowIdSchema) }),
]);

export const executionWindowSchema = z
  .strictObject({ days: z.array(weekdaySchema).min(1), start: timeOfDay, end: timeOfDay })
  .refine(
    // HH:MM strings compare in time order.
    ...complaining((w: { start: string; end: string }) => !(w.start >= w.end), {
      fr: 'L’heure de fin de la plage d’exécution doit suivre l’heure de début.',
      en: 'The execution window must end after it starts.',
    }),
  );

const workflowShape = z.strictObject({
  id: workflowIdSchema,
  name: nameText,
  description: z.string().optional(),
  enabled: z.boolean(),
  timing: workflowTimingSchema,
  enrollment: enrollmentSchema,
  suppressionLists: z.array(listIdSchema),
  goal: criteriaSchema.nullable(),
  unenrollFromOthers: unenrollFromOthersSchema,
  executionWindow: executionWindowSchema.nullable(),
  blockedDates: z.array(calendarDate),
  timeZone,
  start: stepIdSchema.nullable(),
  steps: z.array(stepSchema),
});

export type _WorkflowMatchesModel = AssertAssignable<z.output<typeof workflowShape>, Workflow>;
export const workflowSchema = workflowShape as unknown as z.ZodType<Workflow, unknown>;
