import { z } from 'zod';
import type { HubSpotMapping } from '../model/index.ts';
import type { AssertAssignable } from './primitives.ts';

/** One mapping table: Flowbench key -> portal id, both non-empty, at most 2,000 characters. */
const table = z.record(z.string().min(1).max(2000), z.string().min(1).max(2000));

const hubspotMappingShape = z.strictObject({
  portalId: z.string().max(100).optional(),
  emails: table,
  lists: table,
  forms: table,
  pages: table,
  properties: table,
  lifecycleStages: table,
  owners: table,
  workflows: table,
});

export type _HubSpotMappingMatchesModel = AssertAssignable<z.output<typeof hubspotMappingShape>, HubSpotMapping>;
export const hubspotMappingSchema = hubspotMappingShape as unknown as z.ZodType<HubSpotMapping, unknown>;
