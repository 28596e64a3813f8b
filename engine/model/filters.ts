import type { AssetId, EmailId, ListId } from './ids.ts';

/**
 * Filters as in HubSpot: the root is an OR of AND groups. Every filter is a plain object keyed
 * on `kind`; property filters carry the property's type so each one validates on its own and
 * only ever carries the operators of that type.
 */

/** "is known" / "is unknown": valid for every property type. */
export interface KnownOperation {
  readonly op: 'is-known' | 'is-unknown';
}

export interface StringOperation {
  readonly op: 'eq' | 'neq' | 'contains' | 'not-contains' | 'starts-with' | 'ends-with';
  readonly value: string;
}

export type NumberOperation =
  | { readonly op: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte'; readonly value: number }
  | { readonly op: 'between' | 'not-between'; readonly low: number; readonly high: number };

export interface BooleanOperation {
  readonly op: 'eq' | 'neq';
  readonly value: boolean;
}

export interface EnumerationOperation {
  readonly op: 'any-of' | 'none-of';
  readonly values: readonly string[];
}

/**
 * Date operations. Calendar dates are `YYYY-MM-DD` and compare by UTC day. Rolling operations
 * count whole days from the evaluation instant; `updated-in-last-days` reads the contact's
 * property-change history.
 */
export type DateOperation =
  | { readonly op: 'on' | 'before' | 'after'; readonly date: string }
  | { readonly op: 'between'; readonly from: string; readonly to: string }
  | {
      readonly op: 'less-than-days-ago' | 'more-than-days-ago' | 'less-than-days-from-now' | 'more-than-days-from-now';
      readonly days: number;
    }
  | { readonly op: 'updated-in-last-days'; readonly days: number };

interface PropertyFilterBase {
  readonly kind: 'property';
  readonly property: string;
  /**
   * HubSpot's "include records with no value": when true, a contact without a value passes
   * (except for is-known). Off by default: a record with no value fails.
   */
  readonly includeUnknown?: boolean;
}

export type PropertyFilter =
  | (PropertyFilterBase & { readonly type: 'string'; readonly operation: StringOperation | KnownOperation })
  | (PropertyFilterBase & { readonly type: 'number'; readonly operation: NumberOperation | KnownOperation })
  | (PropertyFilterBase & { readonly type: 'boolean'; readonly operation: BooleanOperation | KnownOperation })
  | (PropertyFilterBase & { readonly type: 'enumeration'; readonly operation: EnumerationOperation | KnownOperation })
  | (PropertyFilterBase & { readonly type: 'date'; readonly operation: DateOperation | KnownOperation });

export type Operation = PropertyFilter['operation'];

export interface ListFilter {
  readonly kind: 'list';
  readonly list: ListId;
  readonly op: 'in' | 'not-in';
}

/** Form submitted or asset downloaded (a download is a form submission on its landing page). */
export interface FormFilter {
  readonly kind: 'form';
  /** A given form or asset; null for any. */
  readonly asset: AssetId | null;
  readonly op: 'submitted' | 'not-submitted';
  /** Only count submissions in the last N days; absent: ever. */
  readonly withinDays?: number;
}

export const EMAIL_EVENTS = [
  'sent',
  'opened',
  'clicked',
  'bounced',
  'unsubscribed',
  'opened-not-clicked',
  'received-not-opened',
] as const;
export type EmailEventFilterKind = (typeof EMAIL_EVENTS)[number];

export interface EmailFilter {
  readonly kind: 'email';
  /** A given email or any; null for any. */
  readonly email: EmailId | null;
  readonly event: EmailEventFilterKind;
  readonly withinDays?: number;
}

export interface PageViewFilter {
  readonly kind: 'page-view';
  readonly url: string;
  readonly match: 'equals' | 'contains';
  readonly op: 'viewed' | 'not-viewed';
  readonly withinDays?: number;
}

export type Filter = PropertyFilter | ListFilter | FormFilter | EmailFilter | PageViewFilter;
export type FilterKind = Filter['kind'];

/** All filters of a group must hold (AND). */
export interface FilterGroup {
  readonly filters: readonly Filter[];
}

/** Any group may hold (OR). No groups at all never matches. */
export interface Criteria {
  readonly groups: readonly FilterGroup[];
}

export const NO_CRITERIA: Criteria = { groups: [] };

/** Operators offered for each property type, in the order a picker shows them. */
export const OPERATORS_BY_TYPE = {
  string: ['eq', 'neq', 'contains', 'not-contains', 'starts-with', 'ends-with', 'is-known', 'is-unknown'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'not-between', 'is-known', 'is-unknown'],
  boolean: ['eq', 'neq', 'is-known', 'is-unknown'],
  enumeration: ['any-of', 'none-of', 'is-known', 'is-unknown'],
  date: [
    'on',
    'before',
    'after',
    'between',
    'less-than-days-ago',
    'more-than-days-ago',
    'less-than-days-from-now',
    'more-than-days-from-now',
    'updated-in-last-days',
    'is-known',
    'is-unknown',
  ],
} as const satisfies Record<PropertyFilter['type'], readonly Operation['op'][]>;

/** Every filter of a criteria, flattened. */
export function criteriaFilters(criteria: Criteria): readonly Filter[] {
  return criteria.groups.flatMap((g) => g.filters);
}
