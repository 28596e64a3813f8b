import { useDeferredValue, useMemo } from 'react';
import { lintProject, type Finding } from '../../engine/lint/index.ts';
import { useDocument } from '../stores/context.tsx';

/** Lint findings of the open project, recomputed as it changes (deferred behind typing). */
export function useFindings(): readonly Finding[] {
  const project = useDeferredValue(useDocument((s) => s.project));
  return useMemo(() => lintProject(project), [project]);
}
