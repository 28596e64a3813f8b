/**
 * HubSpot filter evaluation: `matches` is the allocation-free fast path the simulator calls
 * millions of times; `evaluate` explains every filter; `describe*` write card one-liners.
 */
export { evaluateFilter, matches } from './match.ts';
export { evaluate, explainFilter, type CriteriaResult, type FilterResult, type GroupResult } from './explain.ts';
export { dependsOnTime, filterDependsOnTime } from './time.ts';
export { describeCriteria, describeFilter } from './describe.ts';
export { quote } from './format.ts';
export { ID_NAMES, nameLookupFromProject, type NameLookup } from './names.ts';
