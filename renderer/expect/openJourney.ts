import { testContacts, type Offender } from '../../engine/expect/index.ts';
import type { Project } from '../../engine/model/index.ts';
import type { SimulationStore } from '../simulator/store.ts';
import type { UiStore } from '../stores/ui.ts';

/**
 * A failing contact's journey: Simulate mode runs the test population (the very run the check
 * made: same contacts, same seed and settings), goes to the minute it broke the expectation and
 * opens the contact, whose journey answers "why here?".
 */
export async function openJourney(sim: SimulationStore, ui: UiStore, project: Project, offender: Offender): Promise<void> {
  if (!project.tests) return;
  const s = project.simulation;
  ui.getState().select(null);
  const state = sim.getState();
  state.setActive(true, project);
  state.setSettings({ workflow: 'all', sandbox: null, startDate: s.startDate, horizonDays: s.horizonDays, seed: s.seed, arrivalsPerDay: s.arrivals.perDay });
  await sim.getState().run(project, { contacts: testContacts(project, project.tests.population) });
  if (sim.getState().status !== 'done') return;
  await sim.getState().seek(offender.minute ?? 0);
  await sim.getState().openContact(offender.id);
}
