import type { PropertyValue } from '../../model/index.ts';
import { Q, type RunContext } from '../context.ts';
import { writeProperty } from './run-steps.ts';

/** Contacts' properties changed at a minute of the run (`SimulationOptions.propertiesFrom`). */
export interface PropertiesFrom {
  readonly minute: number;
  readonly changes: readonly { readonly contact: string; readonly values: Readonly<Record<string, PropertyValue>> }[];
}

/**
 * What if a contact's properties were edited at minute t (engine/whatif): an event of that contact
 * at t writes the values as a step would (triggers, goals, suppression, lists and branches read
 * later all see them; a lifecycle stage set backwards is refused as for a workflow). Queued when
 * the contact joins the run, it changes nothing before t.
 */
export function schedulePropertyChanges(sim: RunContext, i: number, contactId: string): void {
  const from = sim.read.propertiesFrom;
  if (!from || from.minute < sim.now || from.minute > sim.lastMinute) return;
  from.changes.forEach((c, k) => {
    if (c.contact === contactId) sim.schedule(from.minute, Q.setProperties, i, k, 0);
  });
}

export function applyPropertyChange(sim: RunContext, i: number, k: number): void {
  const change = sim.read.propertiesFrom?.changes[k];
  if (!change) return;
  for (const [name, value] of Object.entries(change.values)) writeProperty(sim, i, -1, -1, name, value);
}
