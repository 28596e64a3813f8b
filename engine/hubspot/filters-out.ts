import type { Criteria, DateOperation, Filter, PropertyFilter } from '../model/index.ts';
import type { ExportContext } from './export-context.ts';
import type { FilterBranch, Json } from './types.ts';

/**
 * Flowbench criteria to v4 filter branches (hubspot-today.md §1.6): always an OR root holding
 * one AND branch per group, even for a single condition, and `includeObjectsWithNoValueSet` on
 * every property operation.
 */
type JsonObject = { readonly [key: string]: Json | undefined };

const branch = (type: 'OR' | 'AND', filters: readonly JsonObject[], branches: readonly FilterBranch[]): FilterBranch => ({
  filterBranchType: type,
  filterBranchOperator: type,
  filters,
  filterBranches: branches,
});

export function criteriaBranch(criteria: Criteria, ctx: ExportContext): FilterBranch {
  return branch(
    'OR',
    [],
    criteria.groups.map((g) => branch('AND', g.filters.map((f) => filterJson(f, ctx)), [])),
  );
}

/** "In the last N days" as the SDK's relative range refinement. */
export function withinDaysRefine(days: number, ctx: ExportContext): JsonObject {
  ctx.inferred('within-days');
  return {
    type: 'RELATIVE_RANGED',
    rangeType: 'BETWEEN',
    lowerBoundOffset: { amount: days, offsetDirection: 'PAST', timeUnit: 'DAYS' },
    upperBoundOffset: { amount: 0, offsetDirection: 'PAST', timeUnit: 'DAYS' },
  };
}

const EMAIL_OPERATORS = {
  sent: 'SENT',
  opened: 'OPENED',
  clicked: 'LINK_CLICKED',
  bounced: 'BOUNCED',
  unsubscribed: 'UNSUBSCRIBED',
  'opened-not-clicked': 'OPENED_BUT_LINK_NOT_CLICKED',
  'received-not-opened': 'RECEIVED_BUT_NOT_OPENED',
} as const;
export { EMAIL_OPERATORS };

export function filterJson(filter: Filter, ctx: ExportContext): JsonObject {
  switch (filter.kind) {
    case 'property':
      if (filter.property === 'hubspotscore')
        ctx.warnOnce('legacy-score', {
          fr: 'Le « Score HubSpot » historique ne se met plus à jour depuis le 31 août 2025 : dans HubSpot, filtrez sur le score du nouvel outil de lead scoring.',
          en: 'The legacy "HubSpot score" stopped updating on 31 August 2025: in HubSpot, filter on the score of the new lead-scoring tool.',
        });
      return { filterType: 'PROPERTY', property: ctx.property(filter.property), operation: operationJson(filter, ctx) };
    case 'list':
      if (filter.op === 'not-in') ctx.inferred('not-in-list');
      return { filterType: 'IN_LIST', listId: ctx.id('lists', filter.list, ctx.listName(filter.list)), operator: filter.op === 'in' ? 'IN_LIST' : 'NOT_IN_LIST' };
    case 'form':
      return {
        filterType: 'FORM_SUBMISSION',
        operator: filter.op === 'submitted' ? 'FILLED_OUT' : 'NOT_FILLED_OUT',
        formId: filter.asset === null ? undefined : ctx.id('forms', filter.asset, ctx.assetName(filter.asset)),
        pruningRefineBy: filter.withinDays === undefined ? undefined : withinDaysRefine(filter.withinDays, ctx),
      };
    case 'email':
      ctx.inferred('email-event-app-level');
      return {
        filterType: 'EMAIL_EVENT',
        operator: EMAIL_OPERATORS[filter.event],
        emailId: filter.email === null ? undefined : ctx.id('emails', filter.email, ctx.emailName(filter.email)),
        pruningRefineBy: filter.withinDays === undefined ? undefined : withinDaysRefine(filter.withinDays, ctx),
      };
    case 'page-view':
      return {
        filterType: 'PAGE_VIEW',
        operator: `${filter.op === 'viewed' ? '' : 'NOT_'}HAS_PAGEVIEW_${filter.match === 'equals' ? 'EQ' : 'CONTAINS'}`,
        pageUrl: pageUrl(filter.url, ctx),
        pruningRefineBy: filter.withinDays === undefined ? undefined : withinDaysRefine(filter.withinDays, ctx),
      };
  }
}

/** A page as HubSpot matches it: a full URL stays, a path needs the portal's address from the mapping. */
export function pageUrl(url: string, ctx: ExportContext): string {
  return /^https?:\/\//i.test(url) ? url : ctx.id('pages', url, url);
}

function operationJson(filter: PropertyFilter, ctx: ExportContext): JsonObject {
  const include = filter.includeUnknown === true;
  const base = (operationType: string, operator: string) => ({ operationType, operator, includeObjectsWithNoValueSet: include });
  const op = filter.operation;
  if (op.op === 'is-known' || op.op === 'is-unknown') return base('ALL_PROPERTY', op.op === 'is-known' ? 'IS_KNOWN' : 'IS_UNKNOWN');
  switch (filter.type) {
    case 'string': {
      const o = filter.operation as Extract<typeof filter.operation, { value: string }>;
      const names = { eq: 'IS_EQUAL_TO', neq: 'IS_NOT_EQUAL_TO', contains: 'CONTAINS', 'not-contains': 'DOES_NOT_CONTAIN', 'starts-with': 'STARTS_WITH', 'ends-with': 'ENDS_WITH' } as const;
      return { ...base('STRING', names[o.op]), value: o.value };
    }
    case 'number': {
      const o = filter.operation as Exclude<typeof filter.operation, { op: 'is-known' | 'is-unknown' }>;
      if (o.op === 'between' || o.op === 'not-between') {
        ctx.inferred('number-between');
        return { ...base('NUMBER_RANGED', o.op === 'between' ? 'IS_BETWEEN' : 'IS_NOT_BETWEEN'), lowerBound: o.low, upperBound: o.high };
      }
      if (o.op === 'gte' || o.op === 'lte') ctx.inferred('number-inclusive');
      const single = o as Extract<typeof o, { value: number }>;
      const names = { eq: 'IS_EQUAL_TO', neq: 'IS_NOT_EQUAL_TO', gt: 'IS_GREATER_THAN', gte: 'IS_GREATER_THAN_OR_EQUAL_TO', lt: 'IS_LESS_THAN', lte: 'IS_LESS_THAN_OR_EQUAL_TO' } as const;
      return { ...base('NUMBER', names[single.op]), value: single.value };
    }
    case 'boolean': {
      const o = filter.operation as Extract<typeof filter.operation, { value: boolean }>;
      if (o.op === 'neq') ctx.inferred('bool-neq');
      return { ...base('BOOL', o.op === 'eq' ? 'IS_EQUAL_TO' : 'IS_NOT_EQUAL_TO'), value: o.value };
    }
    case 'enumeration': {
      const o = filter.operation as Extract<typeof filter.operation, { values: readonly string[] }>;
      const values = filter.property === 'lifecyclestage' ? o.values.map((v) => ctx.stage(v)) : [...o.values];
      return { ...base('ENUMERATION', o.op === 'any-of' ? 'IS_ANY_OF' : 'IS_NONE_OF'), values };
    }
    case 'date':
      return dateOperation(filter.operation as DateOperation, include, ctx);
  }
}

const datePoint = (date: string, zoneId: string): JsonObject => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { timeType: 'DATE', year, month, day, zoneId };
};

const indexed = (reference: 'TODAY' | 'NOW', days: number, zoneId: string): JsonObject => ({
  timeType: 'INDEXED',
  timezoneSource: 'CUSTOM',
  zoneId,
  indexReference: { referenceType: reference },
  offset: reference === 'NOW' ? undefined : { days },
});

function dateOperation(op: DateOperation, include: boolean, ctx: ExportContext): JsonObject {
  const zone = ctx.workflow.timeZone;
  const point = (operator: 'IS_BEFORE' | 'IS_AFTER', timePoint: JsonObject) => ({
    operationType: 'TIME_POINT',
    operator,
    includeObjectsWithNoValueSet: include,
    type: 'TIME_POINT',
    timePoint,
    endpointBehavior: 'EXCLUSIVE',
    propertyParser: 'VALUE',
  });
  const ranged = (operator: 'IS_BETWEEN', lower: JsonObject, upper: JsonObject) => ({
    operationType: 'TIME_RANGED',
    operator,
    includeObjectsWithNoValueSet: include,
    type: 'TIME_RANGED',
    lowerBoundTimePoint: lower,
    upperBoundTimePoint: upper,
    lowerBoundEndpointBehavior: 'INCLUSIVE',
    upperBoundEndpointBehavior: 'INCLUSIVE',
    propertyParser: 'VALUE',
  });
  if (op.op !== 'less-than-days-ago') ctx.inferred(op.op === 'updated-in-last-days' ? 'updated-in-last-days' : 'date-ops');
  switch (op.op) {
    case 'before':
    case 'after':
      return point(op.op === 'before' ? 'IS_BEFORE' : 'IS_AFTER', datePoint(op.date, zone));
    case 'on':
      return ranged('IS_BETWEEN', datePoint(op.date, zone), datePoint(op.date, zone));
    case 'between':
      return ranged('IS_BETWEEN', datePoint(op.from, zone), datePoint(op.to, zone));
    case 'less-than-days-ago':
      return ranged('IS_BETWEEN', indexed('TODAY', -op.days, zone), indexed('NOW', 0, zone));
    case 'less-than-days-from-now':
      return ranged('IS_BETWEEN', indexed('NOW', 0, zone), indexed('TODAY', op.days, zone));
    case 'more-than-days-ago':
      return point('IS_BEFORE', indexed('TODAY', -op.days, zone));
    case 'more-than-days-from-now':
      return point('IS_AFTER', indexed('TODAY', op.days, zone));
    case 'updated-in-last-days':
      return { operationType: 'ROLLING_PROPERTY_UPDATED', operator: 'UPDATED_IN_LAST_X_DAYS', includeObjectsWithNoValueSet: include, numberOfDays: op.days };
  }
}
