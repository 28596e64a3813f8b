import type { Workflow } from '../../model/index.ts';

/**
 * A workflow edited at a minute of the run (`SimulationOptions.workflowFrom`): `workflow` is the
 * edited version (same id) of one workflow of the run. Its steps, their links and its first step
 * change at `minute`, as an edit saved in a live HubSpot workflow does (reference
 * hubspot-today.md §2, "Live edits"):
 * - a contact keeps its place: from `minute` on it runs the edited version of the step it stands at
 *   and follows the edited links;
 * - a contact waiting in a delay whose length (or date) changed is rescheduled counting the time
 *   already waited (it leaves at its arrival + the new length, at once when that has passed); a
 *   deleted delay, or a deleted step a contact waits at, releases it at once to the step that
 *   followed it;
 * - new enrollments from `minute` start at the edited first step.
 * The edit being known from the start, the run up to `minute` is the original's, draw for draw
 * (compile/edited-workflow.ts builds both versions; `Sim#tick` switches at the minute).
 * The enrollment triggers, goal, suppression lists and settings stay as they were.
 */
export interface WorkflowFrom {
  readonly minute: number;
  readonly workflow: Workflow;
}

/**
 * When a contact that began waiting at `arrival` (a delay, or a wait for an event with its
 * timeout) leaves, the step edited at `minute`: `end` as it was, `after` the end the edited step
 * gives from the same arrival (null: the step was deleted, or is no longer a wait). Left before
 * the edit: as it was; still waiting: at the edited end, at once when that has passed.
 */
export function endAfterEdit(arrival: number, end: number, minute: number, after: number | null): number {
  if (arrival >= minute || end <= minute) return end;
  return after === null ? minute : Math.max(minute, after);
}
