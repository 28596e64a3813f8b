import type { Criteria, Filter } from '../model/index.ts';

const ROLLING_OPS: ReadonlySet<string> = new Set([
  'less-than-days-ago',
  'more-than-days-ago',
  'less-than-days-from-now',
  'more-than-days-from-now',
  'updated-in-last-days',
]);

/**
 * Whether a filter's verdict can change with the clock alone, the contact unchanged: rolling
 * dates and activity windows. The simulator re-evaluates those at each simulated midnight.
 * Calendar dates and window-less activity filters only change when the contact does.
 */
export function filterDependsOnTime(filter: Filter): boolean {
  switch (filter.kind) {
    case 'property':
      return filter.type === 'date' && ROLLING_OPS.has(filter.operation.op);
    case 'list':
      return false;
    case 'form':
    case 'email':
    case 'page-view':
      return filter.withinDays !== undefined;
  }
}

export function dependsOnTime(criteria: Criteria): boolean {
  return criteria.groups.some((g) => g.filters.some(filterDependsOnTime));
}
