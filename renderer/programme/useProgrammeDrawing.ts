import { useEffect, useMemo, useState } from 'react';
import { drawProgramme, programmeMap, withCounts, withIntervals, type ProgrammeMap } from '../../engine/programme/index.ts';
import { sameForRuns, type Lang, type Project } from '../../engine/model/index.ts';
import { runElk } from '../canvas/useLayout.ts';
import { useSim, useSimulationStore } from '../simulator/context.tsx';
import { useStudy } from '../study/context.tsx';
import type { RunMeta } from '../simulator/protocol.ts';

export interface ProgrammeDrawing {
  readonly map: ProgrammeMap;
  /** null while the layout runs. */
  readonly svg: string | null;
  /** 'none' before any run of this project, 'fresh' after one, 'stale' when edited since. */
  readonly run: 'none' | 'fresh' | 'stale';
  /** The study's replications when a study went with that run (each link then has its interval), else 1. */
  readonly runs: number;
}

/** The last run's programme counts, asked of the simulator when a map is shown (not computed on every run). */
function useRunCounts(meta: RunMeta | null): Readonly<Record<string, number>> | null {
  const client = useSimulationStore().client;
  const [counts, setCounts] = useState<{ meta: RunMeta; counts: Readonly<Record<string, number>> } | null>(null);
  useEffect(() => {
    if (!meta) return;
    let live = true;
    client.programmeCounts().then(
      (found) => live && found && setCounts({ meta, counts: found }),
      () => undefined, // no run in the simulator any more: the map stays without counts
    );
    return () => {
      live = false;
    };
  }, [client, meta]);
  return counts && counts.meta === meta ? counts.counts : null;
}

/**
 * The project's programme map, with the last run's counts when that run was of this project, and
 * each link's mean and 90 % interval over the study's replications when a study went with it
 * (their digests: engine/report `studyDigests`), as the report draws it.
 */
export function useProgrammeDrawing(project: Project, lang: Lang, enrolled: (n: number, formatted: string) => string): ProgrammeDrawing {
  const meta = useSim((s) => s.meta);
  const ranProject = useSim((s) => s.ranProject);
  const ofThisProject = meta !== null && ranProject?.id === project.id;
  const counts = useRunCounts(ofThisProject ? meta : null);
  const run: ProgrammeDrawing['run'] = !counts || !ofThisProject ? 'none' : ranProject && sameForRuns(ranProject, project) ? 'fresh' : 'stale';
  const study = useStudy((s) => (s.result && s.result.meta === meta && s.result.replications > 1 ? s.result : null));
  const studied = run === 'none' ? null : study;
  const map = useMemo(() => {
    const plain = programmeMap(project);
    if (run === 'none' || !counts || !meta) return plain;
    const counted = withCounts(plain, new Map(Object.entries(counts)), { workflows: meta.workflows });
    if (!studied) return counted;
    const enrolled = studied.digests.map((d) => new Map(Object.entries(d.ends).map(([w, e]) => [w, e.enrolled])));
    return withIntervals(counted, studied.digests.map((d) => new Map(Object.entries(d.programme))), enrolled);
  }, [project, meta, counts, run, studied]);
  const [drawn, setDrawn] = useState<{ map: ProgrammeMap; lang: Lang; svg: string } | null>(null);
  useEffect(() => {
    let live = true;
    void drawProgramme(project, map, lang, { enrolledText: enrolled, elk: runElk }).then((d) => {
      if (live) setDrawn({ map, lang, svg: d.svg });
    });
    return () => {
      live = false;
    };
    // `enrolled` is a translation: it changes with `lang`, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, map, lang]);
  return { map, svg: drawn && drawn.map === map && drawn.lang === lang ? drawn.svg : null, run, runs: studied?.replications ?? 1 };
}
