import { useDeferredValue } from 'react';
import { lintProject, type Finding } from '../../engine/lint/index.ts';
import { useDocument } from '../stores/context.tsx';

/** One lint run per project snapshot, however many panels ask (top bar, canvas, sidebar, problems). */
const cache = new WeakMap<object, readonly Finding[]>();

export function findingsOf(project: Parameters<typeof lintProject>[0]): readonly Finding[] {
  let findings = cache.get(project);
  if (!findings) {
    findings = lintProject(project);
    cache.set(project, findings);
  }
  return findings;
}

/** Lint findings of the open project, recomputed as it changes (deferred behind typing). */
export function useFindings(): readonly Finding[] {
  return findingsOf(useDeferredValue(useDocument((s) => s.project)));
}
