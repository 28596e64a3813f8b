import 'fake-indexeddb/auto';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testSandboxDb } from './test-db.tsx';
import { loadContacts } from '../../../renderer/persistence/sandbox-repo.ts';
import { createSandboxStore } from '../../../renderer/sandbox/store.ts';
import { SandboxWorker } from '../../../renderer/sandbox/worker-client.ts';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimulatePanel } from '../../../renderer/simulator/SimulatePanel.tsx';
import { createSimulationStore } from '../../../renderer/simulator/store.ts';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore } from '../../../renderer/study/store.ts';
import { project, renderSim } from '../simulator/harness.tsx';

/** A sandbox of 300 generated contacts, a run and a 2-run study read from it, shown in Simulate. */
async function ranOnSandbox(lang: 'fr' | 'en' = 'en') {
  const db = testSandboxDb('stale-test');
  const sandbox = createSandboxStore(db, new SandboxWorker());
  await sandbox.getState().init('Sandbox');
  await sandbox.getState().generate(project, 300, 1, true);
  const id = sandbox.getState().activeId!;
  const read = (s: string) => loadContacts(db, s);
  const store = createSimulationStore(new SimClient(read));
  store.getState().setActive(true, project);
  await store.getState().run(project, { sandbox: id });
  await act(() => store.getState().seek(store.getState().meta!.lastMinute));
  const studies = createStudyStore(inPageWorker(read), 1);
  const settings = { workflows: [], startDate: project.simulation.startDate, horizonDays: store.getState().meta!.horizonDays, seed: 1, arrivals: { ...project.simulation.arrivals, perDay: 0 } };
  await studies.getState().start({ project, origin: { sandbox: id }, settings, replications: 2, meta: store.getState().meta! });
  renderSim(
    <StudyProvider store={studies}>
      <SimulatePanel workflow={project.workflows[0]} />
    </StudyProvider>,
    store,
    lang,
  );
  await screen.findByTestId('sim-results');
  return { sandbox, store, id };
}

describe('results run on contacts that changed since are marked stale', () => {
  it('regenerating the sandbox (1,000 → 300, or a new seed) marks the run and its study, until the next run', async () => {
    const { sandbox, store, id } = await ranOnSandbox();
    // The study of this run is shown (its note), and nothing says the contacts changed.
    expect(screen.getByTestId('study-note')).toBeTruthy();
    expect(screen.queryByTestId('sim-contacts-stale')).toBeNull();
    // Generated again with another seed: the same sandbox, other contacts.
    await act(() => sandbox.getState().generate(project, 200, 2, true).then(() => undefined));
    expect(screen.getByTestId('sim-contacts-stale').textContent).toBe('The contacts changed since these results (the run and its study were made on the earlier ones): run again to update them.');
    await act(() => store.getState().run(project, { sandbox: id }));
    expect(screen.queryByTestId('sim-contacts-stale')).toBeNull();
  });

  it('an edited contact counts too, and says so in French', async () => {
    const { sandbox } = await ranOnSandbox('fr');
    const first = sandbox.getState().contacts[0]!;
    await act(() => sandbox.getState().saveContact({ ...first, properties: { ...first.properties, firstname: 'Autre' } }));
    expect(screen.getByTestId('sim-contacts-stale').textContent).toBe('Les contacts ont changé depuis ces résultats (la simulation et son étude portaient sur les précédents)\u00a0: relancez pour les mettre à jour.');
  });
});
