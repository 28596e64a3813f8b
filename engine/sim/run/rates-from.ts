import type { Persona } from '../../model/index.ts';
import type { RunContext } from '../context.ts';

/**
 * The persona whose rates draw contact `i`'s reactions to an email sent now. Normally its own;
 * from `options.ratesFrom.minute` on, the same persona (by id) as given there: a what-if from
 * minute t (engine/whatif) changes open, click, download, unsubscribe or bounce rates for the sends
 * from t, while everything before t runs as it did, draw for draw.
 */
export function reactingPersona(sim: RunContext, i: number): Persona | undefined {
  const own = sim.compiled.personas[sim.store.persona(i)];
  const change = sim.read.ratesFrom;
  if (!own || !change || sim.now < change.minute) return own;
  return change.personas.find((p) => p.id === own.id) ?? own;
}
