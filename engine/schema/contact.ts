import { z } from 'zod';
import type { Contact } from '../model/index.ts';
import { assetIdSchema, contactIdSchema, emailIdSchema, listIdSchema, personaIdSchema } from './ids.ts';
import { type AssertAssignable, propertyName } from './primitives.ts';

/** Instants are epoch milliseconds (UTC), within the range a JavaScript date can hold. */
const instant = z.number().int().min(-8.64e15).max(8.64e15);

export const contactEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('email'),
    event: z.enum(['sent', 'opened', 'clicked', 'bounced', 'unsubscribed']),
    email: emailIdSchema,
    at: instant,
  }),
  z.strictObject({ kind: z.literal('form-submitted'), asset: assetIdSchema, at: instant }),
  z.strictObject({ kind: z.literal('page-viewed'), url: z.string(), at: instant }),
  z.strictObject({ kind: z.literal('property-changed'), property: propertyName, at: instant }),
]);

export const propertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const contactShape = z.strictObject({
  id: contactIdSchema,
  properties: z.record(propertyName, propertyValueSchema),
  lists: z.array(listIdSchema),
  events: z.array(contactEventSchema),
  persona: personaIdSchema.nullable(),
});

export type _ContactMatchesModel = AssertAssignable<z.output<typeof contactShape>, Contact>;
export const contactSchema = contactShape as unknown as z.ZodType<Contact, unknown>;
