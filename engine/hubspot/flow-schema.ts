import { z } from 'zod';
import { ACTION_TYPES } from './api.ts';
import { filterSchemas, type ObjectMaker } from './filter-schema.ts';
import { passIssues, tagged } from './tagged.ts';
import { expecting } from '../schema/index.ts';

/**
 * HubSpot writes counts as text: digits (a sign allowed where it may be negative), said as such
 * when not, a number or a missing field included ("is missing: it must be a whole number… as text").
 */
const textDigits = (pattern: RegExp, expected: { fr: string; en: string }) =>
  z
    .unknown()
    .refine(...expecting((v: unknown) => typeof v === 'string' && pattern.test(v), expected))
    .transform((v) => v as string);
const digits = textDigits(/^\d+$/, { fr: 'un nombre entier de 0 ou plus écrit en chiffres, entre guillemets (par exemple "3")', en: 'a whole number of 0 or more in digits, as text (for example "3")' });
const signedDigits = textDigits(/^-?\d+$/, { fr: 'un nombre entier écrit en chiffres, entre guillemets, signe moins permis (par exemple "-2")', en: 'a whole number in digits, as text, minus sign allowed (for example "-2")' });

/**
 * The v4 flow body (`POST /automation/v4/flows`, `GET /automation/v4/flows/{id}`), field by
 * field from hubspot-today.md §1.2-1.7. Two builds of one definition: `exportFlowSchema` is
 * strict (every key must be one of the spec's, so an export carries nothing HubSpot does not
 * know) and `importFlowSchema` ignores keys added by the server or by later API versions.
 */
function build(o: ObjectMaker, strict: boolean) {
  const { filterSchema: _filter, filterBranchSchema, refineBySchema: _refine } = filterSchemas(o);
  const id = z.string().min(1);
  const connection = o({ edgeType: z.string().min(1), nextActionId: id });
  const hourMinute = o({ hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) });
  const staticValue = o({ type: z.literal('STATIC_VALUE'), staticValue: z.string() });
  const valueRef = tagged('type', {
    STATIC_VALUE: staticValue,
    OBJECT_PROPERTY: o({ type: z.literal('OBJECT_PROPERTY'), propertyName: z.string().min(1) }),
    INCREMENT: o({ type: z.literal('INCREMENT'), incrementAmount: z.number() }),
    FIELD_DATA: o({ type: z.literal('FIELD_DATA'), actionId: id, dataKey: z.string().min(1) }),
    TIMESTAMP: o({ type: z.literal('TIMESTAMP'), timestampType: z.string().min(1) }),
  });

  /** `fields` of each action type Flowbench writes (§1.5). Other action types keep any fields. */
  const fields: Record<string, z.ZodType> = {
    [ACTION_TYPES.delay]: o({ delta: digits, time_unit: z.enum(['MINUTES', 'HOURS', 'DAYS']) }),
    [ACTION_TYPES.delayUntilDate]: o({
      date: tagged('type', { STATIC_VALUE: o({ type: z.literal('STATIC_VALUE'), staticValue: signedDigits }), OBJECT_PROPERTY: o({ type: z.literal('OBJECT_PROPERTY'), propertyName: z.string().min(1) }) }),
      delta: signedDigits,
      time_unit: z.literal('DAYS'),
      time_of_day: hourMinute,
    }),
    [ACTION_TYPES.delayUntilEvent]: o({ event_filter_branches: z.array(filterBranchSchema).min(1), expiration_minutes: digits }),
    [ACTION_TYPES.sendEmail]: o({ content_id: id }),
    // `association`: the record written is an associated one (a company), as HubSpot's editor lets one choose (§1.5).
    [ACTION_TYPES.setProperty]: o({ property_name: z.string().min(1), value: valueRef, association: o({ associationCategory: z.string().min(1), associationTypeId: z.number().int() }).optional() }),
    [ACTION_TYPES.internalEmail]: o({
      user_ids: z.array(id).optional(),
      team_ids: z.array(id).optional(),
      owner_properties: z.array(z.string()).optional(),
      subject: z.string(),
      body: z.string(),
    }),
    [ACTION_TYPES.createTask]: o({
      task_type: z.string().min(1),
      subject: z.string(),
      body: z.string(),
      associations: z.array(o({ target: o({ associationCategory: z.string(), associationTypeId: z.number().int() }), value: o({ type: z.string() }) })),
      use_explicit_associations: z.string(),
      priority: z.string().optional(),
    }),
    [ACTION_TYPES.addToList]: o({ listId: id, targetObject: z.string().optional() }),
    [ACTION_TYPES.removeFromList]: o({ listId: id, targetObject: z.string().optional() }),
    [ACTION_TYPES.listMembershipLegacy]: o({ operation: z.enum(['ADD', 'REMOVE']), list_id: id }),
    [ACTION_TYPES.enrollInWorkflow]: o({ flow_id: id }),
  };

  const single = o({
    type: z.literal('SINGLE_CONNECTION'),
    actionId: id,
    actionTypeId: id,
    actionTypeVersion: z.number().int().min(0),
    fields: z.record(z.string(), z.unknown()),
    connection: connection.optional(),
  }).superRefine((action, ctx) => {
    const schema = Object.hasOwn(fields, action.actionTypeId) ? fields[action.actionTypeId] : undefined;
    if (schema) passIssues(schema, action.fields, ctx, ['fields']);
  });

  const action = tagged('type', {
    SINGLE_CONNECTION: single,
    LIST_BRANCH: o({
      type: z.literal('LIST_BRANCH'),
      actionId: id,
      listBranches: z.array(o({ branchName: z.string().optional(), filterBranch: filterBranchSchema, connection: connection.optional() })),
      defaultBranchName: z.string().optional(),
      defaultBranch: connection.optional(),
    }),
    STATIC_BRANCH: o({
      type: z.literal('STATIC_BRANCH'),
      actionId: id,
      inputValue: valueRef,
      staticBranches: z.array(o({ branchValue: z.string(), connection: connection.optional() })),
      defaultBranchName: z.string().optional(),
      defaultBranch: connection.optional(),
    }),
    AB_TEST_BRANCH: o({
      type: z.literal('AB_TEST_BRANCH'),
      actionId: id,
      // Not in v4's SDK schemas; reported in the 2027-03 beta (splits.ts). An export writes whole
      // numbers; an import reads any value and checks it there, spreading evenly (and saying so) when wrong.
      testBranches: z.array(o({ edgeType: z.string().min(1), nextActionId: id, percentage: (strict ? z.number().int().min(0).max(100) : z.unknown()).optional() })).min(2),
    }),
  }, z.looseObject({ type: z.string().min(1), actionId: id }));

  const criteria = tagged('type', {
    LIST_BASED: o({
      type: z.literal('LIST_BASED'),
      listFilterBranch: filterBranchSchema,
      reEnrollmentTriggersFilterBranches: z.array(filterBranchSchema),
      shouldReEnroll: z.boolean(),
      unEnrollObjectsNotMeetingCriteria: z.boolean(),
    }),
    EVENT_BASED: o({
      type: z.literal('EVENT_BASED'),
      eventFilterBranches: z.array(filterBranchSchema),
      listMembershipFilterBranches: z.array(filterBranchSchema),
      shouldReEnroll: z.boolean(),
      refinementCriteria: filterBranchSchema.optional(),
    }),
    MANUAL: o({ type: z.literal('MANUAL'), shouldReEnroll: z.boolean() }),
  });

  const day = z.enum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
  const month = z.enum(['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER']);

  const flowShape = {
    type: z.enum(['CONTACT_FLOW', 'PLATFORM_FLOW']),
    objectTypeId: z.string().min(1),
    flowType: z.enum(['WORKFLOW', 'ACTION_SET', 'UNKNOWN']),
    isEnabled: z.boolean(),
    actions: z.array(action),
    timeWindows: z.array(o({ day, startTime: hourMinute.optional(), endTime: hourMinute.optional() })),
    blockedDates: z.array(o({ dayOfMonth: z.number().int().min(1).max(31), month, year: z.number().int().optional() })),
    suppressionListIds: z.array(z.number().int().min(0)),
    canEnrollFromSalesforce: z.boolean(),
    customProperties: z.record(z.string(), z.string()),
    dataSources: z.array(z.unknown()),
    name: z.string().optional(),
    description: z.string().optional(),
    uuid: z.string().optional(),
    startActionId: id.optional(),
    nextAvailableActionId: id.optional(),
    enrollmentCriteria: criteria.optional(),
    enrollmentSchedule: z.looseObject({ type: z.string().min(1) }).optional(),
    goalFilterBranch: filterBranchSchema.optional(),
    eventAnchor: tagged('type', {
      CONTACT_PROPERTY_ANCHOR: o({ type: z.literal('CONTACT_PROPERTY_ANCHOR'), contactProperty: z.string().min(1) }),
      STATIC_DATE_ANCHOR: o({ type: z.literal('STATIC_DATE_ANCHOR'), dayOfMonth: z.number().int().min(1).max(31), month, year: z.number().int() }),
    }).optional(),
    unEnrollmentSetting: o({ type: z.enum(['ALL', 'SELECTIVE']), flowIds: z.array(id) }).optional(),
  };
  return { flowShape, action, connection };
}

const strict = build(z.strictObject as ObjectMaker, true);
const lenient = build(z.object, false);

/** What an export must satisfy: the POST body, no key outside the spec. */
export const exportFlowSchema = z.strictObject(strict.flowShape);

/** A suppression segment's id: HubSpot writes a whole number; a hand-written body may quote it. */
const segmentId = z
  .unknown()
  .refine(
    ...expecting((v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && /^\d{1,15}$/.test(v)), {
      fr: 'un identifiant de segment numérique\u00a0: un nombre entier, par exemple 502',
      en: 'a numeric segment id: a whole number, for example 502',
    }),
  )
  .transform((v) => v as number | string);

/** What an import reads: a GET response (server fields such as `id`, `revisionId` are ignored). */
export const importFlowSchema = z.object({
  ...lenient.flowShape,
  // Server-managed: the flow's id names the workflow in the mapping.
  id: z.union([z.string(), z.number()]).optional(),
  // GET responses always carry these; a hand-written body may leave them out.
  timeWindows: lenient.flowShape.timeWindows.default([]),
  blockedDates: lenient.flowShape.blockedDates.default([]),
  suppressionListIds: z.array(segmentId).default([]),
  canEnrollFromSalesforce: z.boolean().default(false),
  customProperties: z.record(z.string(), z.unknown()).default({}),
  dataSources: z.array(z.unknown()).default([]),
  flowType: lenient.flowShape.flowType.default('WORKFLOW'),
  isEnabled: z.boolean().default(false),
});

export type HubSpotFlow = z.output<typeof exportFlowSchema>;
export type ImportedFlow = z.output<typeof importFlowSchema>;
