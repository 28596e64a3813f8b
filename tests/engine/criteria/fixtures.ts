import {
  asAssetId,
  asContactId,
  asEmailId,
  asListId,
  type Contact,
  type ContactEvent,
  type Filter,
  type PropertyFilter,
  type PropertyValue,
} from '../../../engine/model/index.ts';

export const DAY = 86_400_000;
/** Thursday 15 January 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 0, 15, 12);
export const NBSP = '\u00a0';

export function contact(
  properties: Record<string, PropertyValue> = {},
  events: readonly ContactEvent[] = [],
  lists: readonly string[] = [],
): Contact {
  return { id: asContactId('c-1'), properties, lists: lists.map(asListId), events, persona: null };
}

export const daysAgo = (d: number) => NOW - d * DAY;

export const submitted = (asset: string, at: number): ContactEvent => ({ kind: 'form-submitted', asset: asAssetId(asset), at });
export const viewed = (url: string, at: number): ContactEvent => ({ kind: 'page-viewed', url, at });
export const changed = (property: string, at: number): ContactEvent => ({ kind: 'property-changed', property, at });
export const mail = (email: string, event: 'sent' | 'opened' | 'clicked' | 'bounced' | 'unsubscribed', at: number): ContactEvent => ({
  kind: 'email',
  email: asEmailId(email),
  event,
  at,
});

type Op<T extends PropertyFilter['type']> = Extract<PropertyFilter, { type: T }>['operation'];

export function prop<T extends PropertyFilter['type']>(type: T, property: string, operation: Op<T>, includeUnknown?: boolean): Filter {
  return { kind: 'property', type, property, operation, ...(includeUnknown === undefined ? {} : { includeUnknown }) } as Filter;
}

export const form = (asset: string | null, op: 'submitted' | 'not-submitted' = 'submitted', withinDays?: number): Filter => ({
  kind: 'form',
  asset: asset === null ? null : asAssetId(asset),
  op,
  ...(withinDays === undefined ? {} : { withinDays }),
});

export const email = (
  id: string | null,
  event: Extract<Filter, { kind: 'email' }>['event'],
  withinDays?: number,
): Filter => ({ kind: 'email', email: id === null ? null : asEmailId(id), event, ...(withinDays === undefined ? {} : { withinDays }) });

export const page = (url: string, match: 'equals' | 'contains', op: 'viewed' | 'not-viewed' = 'viewed', withinDays?: number): Filter => ({
  kind: 'page-view',
  url,
  match,
  op,
  ...(withinDays === undefined ? {} : { withinDays }),
});

export const list = (id: string, op: 'in' | 'not-in' = 'in'): Filter => ({ kind: 'list', list: asListId(id), op });
