import { useCallback } from 'react';
import type { Project } from '../../engine/model/index.ts';
import { useSimulationStore } from '../simulator/context.tsx';
import type { ContactOrigin } from '../simulator/protocol.ts';
import { runSettingsOf } from '../simulator/store.ts';
import { useStudyStore } from './context.tsx';

/**
 * Run in Simulate: the single run (journeys, contacts, time travel), then, with more than one
 * replication, the study of the same settings on the workers. Replication 0 is the run shown.
 */
export function useRunAll(): (project: Project, origin: ContactOrigin) => Promise<void> {
  const sim = useSimulationStore();
  const study = useStudyStore();
  return useCallback(
    async (project, origin) => {
      study.getState().forget();
      await sim.getState().run(project, origin);
      const { status, meta, settings } = sim.getState();
      const replications = settings?.replications ?? 1;
      if (status !== 'done' || !meta || !settings || replications <= 1) return;
      await study.getState().start({ project, origin, settings: runSettingsOf(settings, project), replications, meta });
    },
    [sim, study],
  );
}
