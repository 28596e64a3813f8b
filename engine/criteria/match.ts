import type { Contact, Criteria, Filter } from '../model/index.ts';
import { emailFilterMatches, formFilterMatches, pageViewFilterMatches } from './activity-match.ts';
import { propertyFilterMatches } from './property-match.ts';

export function evaluateFilter(filter: Filter, contact: Contact, now: number): boolean {
  switch (filter.kind) {
    case 'property':
      return propertyFilterMatches(filter, contact, now);
    case 'list': {
      const member = contact.lists.includes(filter.list);
      return filter.op === 'in' ? member : !member;
    }
    case 'form':
      return formFilterMatches(filter, contact, now);
    case 'email':
      return emailFilterMatches(filter, contact, now);
    case 'page-view':
      return pageViewFilterMatches(filter, contact, now);
  }
}

/**
 * OR of AND groups, short-circuiting. No groups never matches, and neither does an empty group:
 * a half-edited group must not enroll the whole database.
 */
export function matches(criteria: Criteria, contact: Contact, now: number): boolean {
  const groups = criteria.groups;
  for (let g = 0; g < groups.length; g++) {
    const filters = groups[g]!.filters;
    if (filters.length === 0) continue;
    let all = true;
    for (let f = 0; f < filters.length; f++) {
      if (!evaluateFilter(filters[f]!, contact, now)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
