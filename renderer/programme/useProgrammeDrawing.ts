import { useEffect, useMemo, useState } from 'react';
import { drawProgramme, formatCount, programmeMap, withCounts, type ProgrammeMap } from '../../engine/programme/index.ts';
import type { Lang, Project } from '../../engine/model/index.ts';
import { useSim } from '../simulator/context.tsx';

export interface ProgrammeDrawing {
  readonly map: ProgrammeMap;
  /** null while the layout runs. */
  readonly svg: string | null;
  /** 'none' before any run of this project, 'fresh' after one, 'stale' when edited since. */
  readonly run: 'none' | 'fresh' | 'stale';
}

/** The project's programme map, with the last run's counts when that run was of this project. */
export function useProgrammeDrawing(project: Project, lang: Lang, enrolled: (n: number, formatted: string) => string): ProgrammeDrawing {
  const meta = useSim((s) => s.meta);
  const ranProject = useSim((s) => s.ranProject);
  const run: ProgrammeDrawing['run'] = !meta?.programme || ranProject?.id !== project.id ? 'none' : ranProject === project ? 'fresh' : 'stale';
  const map = useMemo(() => {
    const plain = programmeMap(project);
    if (run === 'none' || !meta?.programme) return plain;
    return withCounts(plain, new Map(Object.entries(meta.programme)), { workflows: meta.workflows });
  }, [project, meta, run]);
  const [drawn, setDrawn] = useState<{ map: ProgrammeMap; lang: Lang; svg: string } | null>(null);
  useEffect(() => {
    let live = true;
    void drawProgramme(project, map, lang, (n) => enrolled(n, formatCount(n, lang))).then((d) => {
      if (live) setDrawn({ map, lang, svg: d.svg });
    });
    return () => {
      live = false;
    };
    // `enrolled` is a translation: it changes with `lang`, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, map, lang]);
  return { map, svg: drawn && drawn.map === map && drawn.lang === lang ? drawn.svg : null, run };
}
