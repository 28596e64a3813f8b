import { z } from 'zod';
import { WEEKDAYS } from '../model/index.ts';
import { criteriaSchema } from './filters.ts';
import { assetIdSchema, emailIdSchema } from './ids.ts';
import { durationNotTooLong, SPAN_TOO_LONG } from './limits.ts';
import { calendarDate, complaining, nonNegative, offsetDays, propertyName, timeOfDay } from './primitives.ts';

/**
 * A span of time, at most ten years whatever its unit (the message sits on `amount`). A negative
 * amount gets `nonNegative`'s message alone: it used to be told it was over ten years as well.
 */
export const durationSchema = z
  .strictObject({ amount: nonNegative, unit: z.enum(['minutes', 'hours', 'days', 'weeks']) })
  .refine(durationNotTooLong, { message: SPAN_TOO_LONG.en, params: { message: SPAN_TOO_LONG }, path: ['amount'] });

export const weekdaySchema = z.enum(WEEKDAYS);

export const delaySpecSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('duration'), duration: durationSchema }),
  z.strictObject({ mode: z.literal('until-date'), date: calendarDate, time: timeOfDay }),
  z.strictObject({ mode: z.literal('until-date-property'), property: propertyName, offsetDays, time: timeOfDay }),
  z.strictObject({
    mode: z.literal('until-weekday'),
    weekdays: z
      .array(weekdaySchema)
      .min(1)
      .refine(
        ...complaining((days: readonly string[]) => new Set(days).size === days.length, {
          fr: 'Chaque jour de la semaine ne doit figurer qu’une fois.',
          en: 'Each weekday may appear only once.',
        }),
      ),
    time: timeOfDay,
  }),
  z.strictObject({ mode: z.literal('until-time'), time: timeOfDay }),
  z.strictObject({ mode: z.literal('relative-to-anchor'), offsetDays, time: timeOfDay }),
]);

export const waitEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['email-opened', 'email-clicked']), email: emailIdSchema.nullable() }),
  z.strictObject({ kind: z.literal('form-submitted'), asset: assetIdSchema.nullable() }),
  z.strictObject({ kind: z.literal('page-viewed'), url: z.string().min(1) }),
  z.strictObject({ kind: z.literal('criteria-met'), criteria: criteriaSchema }),
]);
