import type { ReactNode } from 'react';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import type { Contact, Lang, Project } from '../../../engine/model/index.ts';
import { SimClient } from '../../../renderer/simulator/client.ts';
import { SimulationProvider } from '../../../renderer/simulator/context.tsx';
import type { Clock } from '../../../renderer/simulator/player.ts';
import { createSimulationStore, type SimulationStore } from '../../../renderer/simulator/store.ts';
import { useSimTexts } from '../../../renderer/simulator/i18n.ts';
import type { RunMeta } from '../../../renderer/simulator/protocol.ts';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore, type StudyStore } from '../../../renderer/study/store.ts';
import { renderWithEditor, type Rendered } from '../render.tsx';

/** The nurturing template over 2,000 sample contacts, run in the page (jsdom has no Worker). */
export const project: Project = buildTemplate('nurturing', 'en');
export const contacts: readonly Contact[] = generateContacts(project, 2000, 42);
let truth: SimulationResult | null = null;
/** The engine's own answer, to compare the view with. */
export const expected = () => (truth ??= simulate(project, contacts));

/** A clock the test moves by hand: frames run when `tick` is called. */
export function manualClock(): Clock & { tick(ms: number): void } {
  let now = 0;
  let next = 1;
  const waiting = new Map<number, () => void>();
  return {
    now: () => now,
    frame(callback) {
      waiting.set(next, callback);
      return next++;
    },
    cancel(handle) {
      waiting.delete(handle);
    },
    tick(ms) {
      now += ms;
      const due = [...waiting.values()];
      waiting.clear();
      due.forEach((f) => f());
    },
  };
}

export async function ranStore(clock?: Clock): Promise<SimulationStore> {
  const store = createSimulationStore(new SimClient(() => Promise.reject(new Error('no sandbox in tests'))), clock);
  store.getState().setActive(true, project);
  await store.getState().run(project, { contacts });
  return store;
}

function Texts({ children }: { children: ReactNode }) {
  useSimTexts();
  return <>{children}</>;
}

export function renderSim(ui: ReactNode, store: SimulationStore, lang: Lang = 'en'): Rendered {
  return renderWithEditor(
    <SimulationProvider store={store}>
      <Texts>{ui}</Texts>
    </SimulationProvider>,
    { project, lang },
  );
}

/** A study store holding a 2-run study of 100 of the contacts, made for the run `meta` (so the app shows it beside that run). */
export async function studyOfRun(meta: RunMeta): Promise<StudyStore> {
  const studies = createStudyStore(
    inPageWorker(() => Promise.reject(new Error('no sandbox in tests'))),
    1,
  );
  const settings = { workflows: [], startDate: project.simulation.startDate, horizonDays: meta.horizonDays, seed: 1, arrivals: { ...project.simulation.arrivals, perDay: 0 } };
  await studies.getState().start({ project, origin: { contacts: contacts.slice(0, 100) }, settings, replications: 2, meta });
  return studies;
}
