import { z } from 'zod';
import { EMAIL_EVENTS } from '../model/index.ts';
import { assetIdSchema, emailIdSchema, listIdSchema } from './ids.ts';
import { calendarDate, complaining, propertyName, wholeDays } from './primitives.ts';

/**
 * Filters: each property filter only accepts the operations of its own property type, so a
 * "contains" on a number or a "between" on a boolean is refused where it is written.
 */
const known = z.strictObject({ op: z.enum(['is-known', 'is-unknown']) });

const stringOperation = z.discriminatedUnion('op', [
  known,
  z.strictObject({ op: z.enum(['eq', 'neq', 'contains', 'not-contains', 'starts-with', 'ends-with']), value: z.string() }),
]);

const numberOperation = z.discriminatedUnion('op', [
  known,
  z.strictObject({ op: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']), value: z.number() }),
  z
    .strictObject({ op: z.enum(['between', 'not-between']), low: z.number(), high: z.number() })
    .refine(
      ...complaining((o: { low: number; high: number }) => o.low <= o.high, {
        fr: 'La borne basse doit être inférieure ou égale à la borne haute.',
        en: 'The low bound must be less than or equal to the high bound.',
      }),
    ),
]);

const booleanOperation = z.discriminatedUnion('op', [known, z.strictObject({ op: z.enum(['eq', 'neq']), value: z.boolean() })]);

const enumerationOperation = z.discriminatedUnion('op', [
  known,
  z.strictObject({ op: z.enum(['any-of', 'none-of']), values: z.array(z.string()) }),
]);

const dateOperation = z.discriminatedUnion('op', [
  known,
  z.strictObject({ op: z.enum(['on', 'before', 'after']), date: calendarDate }),
  z
    .strictObject({ op: z.literal('between'), from: calendarDate, to: calendarDate })
    .refine(
      ...complaining((o: { from: string; to: string }) => o.from <= o.to, {
        fr: 'La date de début doit précéder ou égaler la date de fin.',
        en: 'The start date must be on or before the end date.',
      }),
    ),
  z.strictObject({
    op: z.enum(['less-than-days-ago', 'more-than-days-ago', 'less-than-days-from-now', 'more-than-days-from-now']),
    days: wholeDays,
  }),
  z.strictObject({ op: z.literal('updated-in-last-days'), days: wholeDays }),
]);

const propertyBase = {
  kind: z.literal('property'),
  property: propertyName,
  includeUnknown: z.boolean().optional(),
};

export const propertyFilterSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...propertyBase, type: z.literal('string'), operation: stringOperation }),
  z.strictObject({ ...propertyBase, type: z.literal('number'), operation: numberOperation }),
  z.strictObject({ ...propertyBase, type: z.literal('boolean'), operation: booleanOperation }),
  z.strictObject({ ...propertyBase, type: z.literal('enumeration'), operation: enumerationOperation }),
  z.strictObject({ ...propertyBase, type: z.literal('date'), operation: dateOperation }),
]);

export const listFilterSchema = z.strictObject({
  kind: z.literal('list'),
  list: listIdSchema,
  op: z.enum(['in', 'not-in']),
});

export const formFilterSchema = z.strictObject({
  kind: z.literal('form'),
  asset: assetIdSchema.nullable(),
  op: z.enum(['submitted', 'not-submitted']),
  withinDays: wholeDays.optional(),
});

export const emailFilterSchema = z.strictObject({
  kind: z.literal('email'),
  email: emailIdSchema.nullable(),
  event: z.enum(EMAIL_EVENTS),
  withinDays: wholeDays.optional(),
});

export const pageViewFilterSchema = z.strictObject({
  kind: z.literal('page-view'),
  url: z.string().min(1),
  match: z.enum(['equals', 'contains']),
  op: z.enum(['viewed', 'not-viewed']),
  withinDays: wholeDays.optional(),
});

export const filterSchema = z.discriminatedUnion('kind', [
  propertyFilterSchema,
  listFilterSchema,
  formFilterSchema,
  emailFilterSchema,
  pageViewFilterSchema,
]);

export const filterGroupSchema = z.strictObject({ filters: z.array(filterSchema) });
export const criteriaSchema = z.strictObject({ groups: z.array(filterGroupSchema) });
