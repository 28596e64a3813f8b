import { criteriaFilters, durationMinutes, outgoingEdges, type Criteria, type Filter, type IfThenStep, type Step, type StepId } from '../../model/index.ts';

/** HubSpot recommends waiting this long before branching on analytics (KB "Use if/then branches"). */
export const ANALYTICS_DELAY_MINUTES = 80;

/** Email events that come from analytics (opens, clicks), not from the send itself. */
export const ENGAGEMENT_EVENTS: ReadonlySet<string> = new Set(['opened', 'clicked', 'opened-not-clicked', 'received-not-opened']);

/** A filter that reads analytics data: an email's opens or clicks, or a page view. */
export function isAnalyticsFilter(filter: Filter): boolean {
  return filter.kind === 'page-view' || (filter.kind === 'email' && ENGAGEMENT_EVENTS.has(filter.event));
}

/** The filters of an if/then branch's conditions. */
export function branchFilters(step: IfThenStep): Filter[] {
  return step.branches.flatMap((b: { criteria: Criteria }) => criteriaFilters(b.criteria));
}

/**
 * The steps a contact reaches less than `ANALYTICS_DELAY_MINUTES` after leaving `from` (the
 * targets given, reached at minute 0), each with the fewest minutes of fixed delays on a path to
 * it. A delay until an event, a date or a weekday waits an unknown time and ends the window;
 * go-tos are followed, and a loop ends because a step is only walked again on a shorter path.
 */
export function reachedSoon(from: readonly (StepId | null)[], byId: ReadonlyMap<StepId, Step>): Map<StepId, number> {
  const best = new Map<StepId, number>();
  const queue: { id: StepId | null; minutes: number }[] = from.map((id) => ({ id, minutes: 0 }));
  while (queue.length > 0) {
    const { id, minutes } = queue.shift()!;
    const step = id ? byId.get(id) : undefined;
    if (!step || (best.get(step.id) ?? Infinity) <= minutes) continue;
    best.set(step.id, minutes);
    if (step.kind === 'delay-until-event' || (step.kind === 'delay' && step.delay.mode !== 'duration')) continue;
    const waited = step.kind === 'delay' && step.delay.mode === 'duration' ? minutes + durationMinutes(step.delay.duration) : minutes;
    if (waited >= ANALYTICS_DELAY_MINUTES) continue;
    queue.push(...outgoingEdges(step).map((e) => ({ id: e.to, minutes: waited })));
  }
  return best;
}
