import { z } from 'zod';
import type { Project } from '../model/index.ts';
import { contactSchema } from './contact.ts';
import { criteriaSchema } from './filters.ts';
import { assetIdSchema, emailIdSchema, listIdSchema, personaIdSchema, projectIdSchema, scoreRuleIdSchema } from './ids.ts';
import { MAX_ARRIVALS_PER_DAY, MAX_REPLICATIONS, MAX_SPAN_DAYS } from './limits.ts';
import { type AssertAssignable, localizedSchema, nameText, nonNegative, propertyName, rate, startDate, timeZone } from './primitives.ts';
import { workflowSchema } from './workflow.ts';
import { hubspotMappingSchema } from './hubspot-mapping.ts';
import { scoreModelSchema } from './scoring.ts';
import { projectTestsSchema } from './expectations.ts';

export const propertyDefinitionSchema = z.strictObject({
  name: propertyName,
  label: localizedSchema,
  type: z.enum(['string', 'number', 'boolean', 'date', 'enumeration']),
  options: z.array(z.strictObject({ value: z.string(), label: localizedSchema })).optional(),
});

export const emailSchema = z.strictObject({
  id: emailIdSchema,
  name: nameText,
  subject: nameText,
  asset: assetIdSchema.nullable(),
  openScale: nonNegative,
  clickScale: nonNegative,
});

export const assetSchema = z.strictObject({
  id: assetIdSchema,
  name: nameText,
  kind: z.enum(['ebook', 'form', 'webinar', 'page']),
  conversionScale: nonNegative,
});

export const staticListSchema = z.strictObject({ id: listIdSchema, name: z.string(), description: z.string().optional() });

export const personaSchema = z.strictObject({
  id: personaIdSchema,
  name: nameText,
  share: nonNegative,
  openRate: rate,
  clickRate: rate,
  conversionRate: rate,
  unsubscribeRate: rate,
  bounceRate: rate,
  reactionDelay: z.strictObject({ medianHours: nonNegative.max(MAX_SPAN_DAYS * 24), spread: nonNegative }),
  visitsPerWeek: nonNegative,
  formsPerWeek: nonNegative,
});

export const scoreRuleSchema = z.strictObject({
  id: scoreRuleIdSchema,
  name: nameText,
  criteria: criteriaSchema,
  points: z.number(),
});

export const simulationSettingsSchema = z.strictObject({
  startDate,
  horizonDays: z.number().int().min(1).max(MAX_SPAN_DAYS),
  seed: z.number().int(),
  arrivals: z.strictObject({ perDay: nonNegative.max(MAX_ARRIVALS_PER_DAY), viaAsset: assetIdSchema.nullable(), lifecycleStage: z.string().min(1) }),
  timeZone,
  replications: z.number().int().min(1).max(MAX_REPLICATIONS).optional(),
});

const projectShape = z.strictObject({
  id: projectIdSchema,
  name: nameText,
  workflows: z.array(workflowSchema),
  emails: z.array(emailSchema),
  assets: z.array(assetSchema),
  lists: z.array(staticListSchema),
  properties: z.array(propertyDefinitionSchema),
  personas: z.array(personaSchema),
  scoreRules: z.array(scoreRuleSchema),
  simulation: simulationSettingsSchema,
  contacts: z.array(contactSchema).optional(),
  hubspot: hubspotMappingSchema.optional(),
  scoreModel: scoreModelSchema.optional(),
  tests: projectTestsSchema.optional(),
});

export type _ProjectMatchesModel = AssertAssignable<z.output<typeof projectShape>, Project>;
export const projectSchema = projectShape as unknown as z.ZodType<Project, unknown>;
