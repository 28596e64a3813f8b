import type { StepId, WorkflowId } from '../../model/index.ts';

/** A delay of a set length edited at a minute of the run (`SimulationOptions.delayFrom`). */
export interface DelayFrom {
  readonly minute: number;
  readonly workflow: WorkflowId;
  readonly step: StepId;
  /** The new length in minutes; null: the delay is deleted. */
  readonly minutes: number | null;
}

/**
 * When a contact that entered the edited delay at `arrival` leaves it, the delay as it was ending
 * at `end` (HubSpot's rule for editing a live workflow, reference hubspot-today.md §2):
 * - left before the edit: as it was;
 * - waiting at the edit: rescheduled counting the time already waited, at arrival + the new
 *   length, at once (the edit's minute) when that has passed; a deleted delay releases it at once;
 * - arriving from the edit on: the new length (a deleted delay is passed through at once).
 * The edit being known from the start, the leaving minute is set when the contact arrives: the run
 * up to the edit's minute is unchanged, draw for draw.
 */
export function editedDelayEnd(arrival: number, end: number, edit: Pick<DelayFrom, 'minute' | 'minutes'>): number {
  const { minute, minutes } = edit;
  if (arrival >= minute) return minutes === null ? arrival : arrival + minutes;
  if (end <= minute) return end;
  return minutes === null ? minute : Math.max(minute, arrival + minutes);
}
