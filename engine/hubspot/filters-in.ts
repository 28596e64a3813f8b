import type { Criteria, DateOperation, EmailEventFilterKind, Filter, FilterGroup, PropertyFilter } from '../model/index.ts';
import { EMAIL_OPERATORS } from './filters-out.ts';
import type { ImportContext } from './import-context.ts';

/**
 * v4 filter branches back to Flowbench criteria (the inverse of `filters-out.ts`). What has no
 * Flowbench equivalent is left out of the criteria with a note naming its JSON path.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

export function branchCriteria(branch: unknown, path: string, ctx: ImportContext): Criteria {
  if (!isObj(branch)) return { groups: [] };
  const type = str(branch.filterBranchType);
  const andGroup = (b: Obj, at: string): FilterGroup => {
    arr(b.filterBranches).forEach((_, k) => ignored(ctx, `${at}.filterBranches[${k}]`, 'nested'));
    return { filters: arr(b.filters).flatMap((f, k) => filterFrom(f, `${at}.filters[${k}]`, ctx)) };
  };
  if (type === 'AND') return { groups: [andGroup(branch, path)] };
  if (type !== 'OR') {
    ignored(ctx, path, `branch ${type ?? '?'}`);
    return { groups: [] };
  }
  const groups: FilterGroup[] = arr(branch.filters).flatMap((f, k) => {
    const filters = filterFrom(f, `${path}.filters[${k}]`, ctx);
    return filters.length > 0 ? [{ filters }] : [];
  });
  arr(branch.filterBranches).forEach((child, k) => {
    const at = `${path}.filterBranches[${k}]`;
    if (isObj(child) && child.filterBranchType === 'AND') groups.push(andGroup(child, at));
    else ignored(ctx, at, `branch ${isObj(child) ? String(child.filterBranchType) : '?'}`);
  });
  return { groups: groups.filter((g) => g.filters.length > 0) };
}

function ignored(ctx: ImportContext, path: string, what: string): void {
  ctx.note(path, 'ignored', {
    fr: `Condition HubSpot sans équivalent dans Flowbench (${what}) : laissée de côté, à vérifier.`,
    en: `HubSpot condition with no Flowbench equivalent (${what}): left out, check it.`,
  });
}

/** `pruningRefineBy` RELATIVE_RANGED from N days ago to now: "in the last N days". */
function withinDays(refine: unknown): number | undefined {
  if (!isObj(refine) || refine.type !== 'RELATIVE_RANGED') return undefined;
  const lower = refine.lowerBoundOffset;
  return isObj(lower) && typeof lower.amount === 'number' && Number.isInteger(lower.amount) && lower.amount >= 0 ? lower.amount : undefined;
}

const within = (refine: unknown) => {
  const days = withinDays(refine);
  return days === undefined ? {} : { withinDays: days };
};

function filterFrom(f: unknown, path: string, ctx: ImportContext): Filter[] {
  if (!isObj(f)) return [];
  switch (f.filterType) {
    case 'PROPERTY': {
      const filter = propertyFilter(f, ctx);
      if (!filter) ignored(ctx, `${path}.operation`, `${String((f.operation as Obj | undefined)?.operationType)} ${String((f.operation as Obj | undefined)?.operator)}`);
      return filter ? [filter] : [];
    }
    case 'IN_LIST':
      if (f.operator !== 'IN_LIST' && f.operator !== 'NOT_IN_LIST') break;
      return [{ kind: 'list', list: ctx.list(String(f.listId)), op: f.operator === 'IN_LIST' ? 'in' : 'not-in' }];
    case 'FORM_SUBMISSION':
      if (f.operator !== 'FILLED_OUT' && f.operator !== 'NOT_FILLED_OUT') break;
      return [{ kind: 'form', asset: typeof f.formId === 'string' ? ctx.form(f.formId) : null, op: f.operator === 'FILLED_OUT' ? 'submitted' : 'not-submitted', ...within(f.pruningRefineBy) }];
    case 'EMAIL_EVENT': {
      const event = (Object.entries(EMAIL_OPERATORS) as [EmailEventFilterKind, string][]).find(([, op]) => op === f.operator)?.[0];
      if (!event) break;
      return [{ kind: 'email', email: typeof f.emailId === 'string' ? ctx.email(f.emailId) : null, event, ...within(f.pruningRefineBy) }];
    }
    case 'PAGE_VIEW': {
      const m = /^(NOT_)?HAS_PAGEVIEW_(EQ|CONTAINS)$/.exec(String(f.operator));
      if (!m) break;
      return [{ kind: 'page-view', url: ctx.page(String(f.pageUrl)), match: m[2] === 'EQ' ? 'equals' : 'contains', op: m[1] ? 'not-viewed' : 'viewed', ...within(f.pruningRefineBy) }];
    }
  }
  ignored(ctx, path, `${String(f.filterType)} ${String(f.operator ?? '')}`.trim());
  return [];
}

const STRING_OPS = { IS_EQUAL_TO: 'eq', IS_NOT_EQUAL_TO: 'neq', CONTAINS: 'contains', DOES_NOT_CONTAIN: 'not-contains', STARTS_WITH: 'starts-with', ENDS_WITH: 'ends-with' } as const;
const NUMBER_OPS = { IS_EQUAL_TO: 'eq', IS_NOT_EQUAL_TO: 'neq', IS_GREATER_THAN: 'gt', IS_GREATER_THAN_OR_EQUAL_TO: 'gte', IS_LESS_THAN: 'lt', IS_LESS_THAN_OR_EQUAL_TO: 'lte' } as const;

const lookup = <T extends Record<string, string>>(table: T, key: unknown): T[keyof T] | undefined =>
  typeof key === 'string' && Object.hasOwn(table, key) ? table[key as keyof T] : undefined;

function propertyFilter(f: Obj, ctx: ImportContext): PropertyFilter | null {
  const op = f.operation;
  if (!isObj(op)) return null;
  const hsName = String(f.property);
  const include = op.includeObjectsWithNoValueSet === true ? { includeUnknown: true } : {};
  const make = (type: PropertyFilter['type'], operation: unknown): PropertyFilter =>
    ({ kind: 'property', property: ctx.property(hsName, type), type, operation, ...include }) as PropertyFilter;
  switch (op.operationType) {
    case 'ALL_PROPERTY': {
      if (op.operator !== 'IS_KNOWN' && op.operator !== 'IS_UNKNOWN') return null;
      return make(ctx.propertyType(hsName) ?? 'string', { op: op.operator === 'IS_KNOWN' ? 'is-known' : 'is-unknown' });
    }
    case 'STRING': {
      const o = lookup(STRING_OPS, op.operator);
      return o && typeof op.value === 'string' ? make('string', { op: o, value: op.value }) : null;
    }
    case 'NUMBER': {
      const o = lookup(NUMBER_OPS, op.operator);
      return o && typeof op.value === 'number' ? make('number', { op: o, value: op.value }) : null;
    }
    case 'NUMBER_RANGED':
      if ((op.operator !== 'IS_BETWEEN' && op.operator !== 'IS_NOT_BETWEEN') || typeof op.lowerBound !== 'number' || typeof op.upperBound !== 'number') return null;
      return make('number', { op: op.operator === 'IS_BETWEEN' ? 'between' : 'not-between', low: op.lowerBound, high: op.upperBound });
    case 'BOOL':
      if ((op.operator !== 'IS_EQUAL_TO' && op.operator !== 'IS_NOT_EQUAL_TO') || typeof op.value !== 'boolean') return null;
      return make('boolean', { op: op.operator === 'IS_EQUAL_TO' ? 'eq' : 'neq', value: op.value });
    case 'ENUMERATION': {
      if ((op.operator !== 'IS_ANY_OF' && op.operator !== 'IS_NONE_OF') || !Array.isArray(op.values)) return null;
      const values = op.values.map(String).map((v) => (hsName === 'lifecyclestage' ? ctx.stage(v) : v));
      return make('enumeration', { op: op.operator === 'IS_ANY_OF' ? 'any-of' : 'none-of', values });
    }
    case 'TIME_POINT':
    case 'TIME_RANGED':
    case 'ROLLING_PROPERTY_UPDATED': {
      const date = dateOperation(op, ctx);
      return date ? make('date', date) : null;
    }
    default:
      return null;
  }
}

/** A DATE time point as `YYYY-MM-DD`, or an INDEXED one as its reference and day offset. */
function point(p: unknown, ctx: ImportContext): { date: string } | { ref: string; days: number } | null {
  if (!isObj(p)) return null;
  if (typeof p.zoneId === 'string') ctx.timeZone = p.zoneId;
  if (p.timeType === 'DATE') {
    const [y, m, d] = [p.year, p.month, p.day];
    if (typeof y !== 'number' || typeof m !== 'number' || typeof d !== 'number') return null;
    return { date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  if (p.timeType === 'INDEXED' && isObj(p.indexReference)) {
    const offset = isObj(p.offset) && typeof p.offset.days === 'number' ? p.offset.days : 0;
    return { ref: String(p.indexReference.referenceType), days: offset };
  }
  return null;
}

function dateOperation(op: Obj, ctx: ImportContext): DateOperation | null {
  if (op.operationType === 'ROLLING_PROPERTY_UPDATED')
    return typeof op.numberOfDays === 'number' && Number.isInteger(op.numberOfDays) && op.numberOfDays >= 0 ? { op: 'updated-in-last-days', days: op.numberOfDays } : null;
  if (op.operationType === 'TIME_POINT') {
    const p = point(op.timePoint, ctx);
    if (!p || (op.operator !== 'IS_BEFORE' && op.operator !== 'IS_AFTER')) return null;
    if ('date' in p) return { op: op.operator === 'IS_BEFORE' ? 'before' : 'after', date: p.date };
    if (p.ref !== 'TODAY') return null;
    if (op.operator === 'IS_BEFORE' && p.days <= 0) return { op: 'more-than-days-ago', days: Math.abs(p.days) };
    if (op.operator === 'IS_AFTER' && p.days >= 0) return { op: 'more-than-days-from-now', days: p.days };
    return null;
  }
  if (op.operator !== 'IS_BETWEEN') return null;
  const [lo, hi] = [point(op.lowerBoundTimePoint, ctx), point(op.upperBoundTimePoint, ctx)];
  if (!lo || !hi) return null;
  if ('date' in lo && 'date' in hi) return lo.date === hi.date ? { op: 'on', date: lo.date } : { op: 'between', from: lo.date, to: hi.date };
  if ('ref' in lo && 'ref' in hi) {
    if (lo.ref === 'TODAY' && hi.ref === 'NOW' && lo.days <= 0) return { op: 'less-than-days-ago', days: Math.abs(lo.days) };
    if (lo.ref === 'NOW' && hi.ref === 'TODAY' && hi.days >= 0) return { op: 'less-than-days-from-now', days: hi.days };
  }
  return null;
}
