import type { Contact, Criteria, Filter, Localized } from '../model/index.ts';
import { evaluateFilter } from './match.ts';
import { emailReason, formReason, listReason, pageViewReason } from './reason-activity.ts';
import { propertyReason } from './reason-property.ts';

export interface FilterResult {
  readonly filter: Filter;
  readonly matched: boolean;
  /** What held or not, in both languages, naming things by id. */
  readonly reason: Localized;
}

export interface GroupResult {
  readonly matched: boolean;
  readonly filters: readonly FilterResult[];
}

export interface CriteriaResult {
  readonly matched: boolean;
  readonly groups: readonly GroupResult[];
}

/**
 * Every filter of every group with its explanation, for "why is this contact here?". Verdicts
 * come from `evaluateFilter`, the same code `matches` runs, so they always agree.
 */
export function evaluate(criteria: Criteria, contact: Contact, now: number): CriteriaResult {
  const groups = criteria.groups.map((group): GroupResult => {
    const filters = group.filters.map((filter) => explainFilter(filter, contact, now));
    return { matched: filters.length > 0 && filters.every((f) => f.matched), filters };
  });
  return { matched: groups.some((g) => g.matched), groups };
}

export function explainFilter(filter: Filter, contact: Contact, now: number): FilterResult {
  const matched = evaluateFilter(filter, contact, now);
  return { filter, matched, reason: reasonFor(filter, contact, now, matched) };
}

function reasonFor(filter: Filter, contact: Contact, now: number, matched: boolean): Localized {
  switch (filter.kind) {
    case 'property':
      return propertyReason(filter, contact, now, matched);
    case 'list':
      return listReason(filter, contact);
    case 'form':
      return formReason(filter, contact, now);
    case 'email':
      return emailReason(filter, contact, now);
    case 'page-view':
      return pageViewReason(filter, contact, now);
  }
}
