import { z } from 'zod';
import type { Contact } from '../model/index.ts';
import { assetIdSchema, contactIdSchema, emailIdSchema, listIdSchema, personaIdSchema } from './ids.ts';
import type { AssertAssignable } from './primitives.ts';

/** Instants are epoch milliseconds (UTC). */
const instant = z.number().int();

export const contactEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('email'),
    event: z.enum(['sent', 'opened', 'clicked', 'bounced', 'unsubscribed']),
    email: emailIdSchema,
    at: instant,
  }),
  z.strictObject({ kind: z.literal('form-submitted'), asset: assetIdSchema, at: instant }),
  z.strictObject({ kind: z.literal('page-viewed'), url: z.string(), at: instant }),
  z.strictObject({ kind: z.literal('property-changed'), property: z.string().min(1), at: instant }),
]);

export const propertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const contactShape = z.strictObject({
  id: contactIdSchema,
  properties: z.record(z.string(), propertyValueSchema),
  lists: z.array(listIdSchema),
  events: z.array(contactEventSchema),
  persona: personaIdSchema.nullable(),
});

export type _ContactMatchesModel = AssertAssignable<z.output<typeof contactShape>, Contact>;
export const contactSchema = contactShape as unknown as z.ZodType<Contact, unknown>;
