import { z } from 'zod';
import { tagged } from './tagged.ts';

/**
 * Filters and filter branches of a v4 flow, field by field from hubspot-today.md §1.6 (names
 * confirmed against HubSpot's generated SDK types: `PublicFormSubmissionFilter.formId`,
 * `pruningRefineBy`, `PublicPageViewAnalyticsFilter.pageUrl`, `PublicRelativeRangedTimestampRefineBy`).
 * Built twice (`flow-schema.ts`): strict objects check an export (a stray key is an error), plain
 * ones read what HubSpot returns (fields added later are ignored).
 */

export interface FilterBranchShape {
  readonly filterBranchType: string;
  readonly filterBranchOperator: string;
  readonly filters: readonly unknown[];
  readonly filterBranches: readonly FilterBranchShape[];
  readonly eventTypeId?: string;
  readonly operator?: string;
}

/** How strict objects are: `z.strictObject` to check an export, `z.object` (unknown keys ignored) to read a GET. */
export type ObjectMaker = typeof z.object;

export function filterSchemas(o: ObjectMaker) {
  const timeOffset = o({ amount: z.number(), offsetDirection: z.string().min(1), timeUnit: z.string().min(1) });

  /** `pruningRefineBy` / `coalescingRefineBy`: many shapes in the SDK; the relative range is the one written. */
  const refineBySchema = tagged('type', {
    RELATIVE_RANGED: o({
      type: z.literal('RELATIVE_RANGED'),
      rangeType: z.string().min(1),
      lowerBoundOffset: timeOffset,
      upperBoundOffset: timeOffset,
    }),
  });

  const timePoint = tagged('timeType', {
    DATE: o({ timeType: z.literal('DATE'), year: z.number().int(), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), zoneId: z.string().min(1) }),
    INDEXED: o({
      timeType: z.literal('INDEXED'),
      timezoneSource: z.string().optional(),
      zoneId: z.string().min(1),
      indexReference: z.looseObject({ referenceType: z.string().min(1) }),
      offset: o({ days: z.number().int().optional(), hours: z.number().int().optional() }).optional(),
    }),
  });

  const operationBase = { operator: z.string().min(1), includeObjectsWithNoValueSet: z.boolean() };

  const operationSchema = tagged('operationType', {
    ENUMERATION: o({ operationType: z.literal('ENUMERATION'), ...operationBase, values: z.array(z.string()) }),
    MULTISTRING: o({ operationType: z.literal('MULTISTRING'), ...operationBase, values: z.array(z.string()) }),
    STRING: o({ operationType: z.literal('STRING'), ...operationBase, value: z.string() }),
    NUMBER: o({ operationType: z.literal('NUMBER'), ...operationBase, value: z.number() }),
    NUMBER_RANGED: o({ operationType: z.literal('NUMBER_RANGED'), ...operationBase, lowerBound: z.number(), upperBound: z.number() }),
    BOOL: o({ operationType: z.literal('BOOL'), ...operationBase, value: z.boolean() }),
    ALL_PROPERTY: o({ operationType: z.literal('ALL_PROPERTY'), ...operationBase }),
    TIME_POINT: o({
      operationType: z.literal('TIME_POINT'),
      ...operationBase,
      type: z.literal('TIME_POINT'),
      timePoint,
      endpointBehavior: z.string().optional(),
      propertyParser: z.string().optional(),
    }),
    TIME_RANGED: o({
      operationType: z.literal('TIME_RANGED'),
      ...operationBase,
      type: z.literal('TIME_RANGED'),
      lowerBoundTimePoint: timePoint,
      upperBoundTimePoint: timePoint,
      lowerBoundEndpointBehavior: z.string().optional(),
      upperBoundEndpointBehavior: z.string().optional(),
      propertyParser: z.string().optional(),
    }),
    ROLLING_PROPERTY_UPDATED: o({ operationType: z.literal('ROLLING_PROPERTY_UPDATED'), ...operationBase, numberOfDays: z.number().int().min(0) }),
  });

  const filterSchema = tagged('filterType', {
    PROPERTY: o({ filterType: z.literal('PROPERTY'), property: z.string().min(1), operation: operationSchema }),
    IN_LIST: o({
      filterType: z.literal('IN_LIST'),
      listId: z.string().min(1),
      operator: z.string().min(1),
      metadata: z.looseObject({}).optional(),
    }),
    FORM_SUBMISSION: o({
      filterType: z.literal('FORM_SUBMISSION'),
      operator: z.string().min(1),
      formId: z.string().min(1).optional(),
      pruningRefineBy: refineBySchema.optional(),
      coalescingRefineBy: refineBySchema.optional(),
    }),
    EMAIL_EVENT: o({
      filterType: z.literal('EMAIL_EVENT'),
      operator: z.string().min(1),
      emailId: z.string().min(1).optional(),
      appId: z.string().min(1).optional(),
      level: z.string().min(1).optional(),
      clickUrl: z.string().optional(),
      pruningRefineBy: refineBySchema.optional(),
    }),
    PAGE_VIEW: o({
      filterType: z.literal('PAGE_VIEW'),
      operator: z.string().min(1),
      pageUrl: z.string().min(1),
      pruningRefineBy: refineBySchema.optional(),
      coalescingRefineBy: refineBySchema.optional(),
    }),
  });

  /** A filter branch: OR / AND / UNIFIED_EVENTS / ... with nested branches (a recursive shape). */
  const plainBranch = (type: string) =>
    o({
      filterBranchType: z.literal(type),
      filterBranchOperator: z.string().min(1),
      filters: z.array(filterSchema),
      filterBranches: z.array(filterBranchSchema),
    });
  const filterBranchSchema: z.ZodType<FilterBranchShape> = z.lazy(() =>
    tagged(
      'filterBranchType',
      {
        OR: plainBranch('OR'),
        AND: plainBranch('AND'),
        UNIFIED_EVENTS: o({
          filterBranchType: z.literal('UNIFIED_EVENTS'),
          filterBranchOperator: z.string().min(1),
          eventTypeId: z.string().min(1),
          operator: z.enum(['HAS_COMPLETED', 'HAS_NOT_COMPLETED']),
          filters: z.array(filterSchema),
          filterBranches: z.array(filterBranchSchema),
          coalescingRefineBy: refineBySchema.optional(),
        }),
      },
      z.looseObject({
        filterBranchType: z.string().min(1),
        filterBranchOperator: z.string().min(1),
        filters: z.array(filterSchema),
        filterBranches: z.array(filterBranchSchema),
      }),
    ),
  ) as unknown as z.ZodType<FilterBranchShape>;
  return { refineBySchema, operationSchema, filterSchema, filterBranchSchema };
}
