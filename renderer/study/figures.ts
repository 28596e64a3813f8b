import { useSim } from '../simulator/context.tsx';
import { dayAt } from '../simulator/time.ts';
import { useStudy } from './context.tsx';
import type { StudySummary } from '../../engine/study/index.ts';
import type { StudyResult } from './store.ts';

/** A count of the study on one day: mean of the replications and the 90 % interval. */
export interface Figure {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** The study's counts on the day of the minute shown, looked up by cell key (engine/study/layout.ts). */
export interface StudyAt {
  readonly result: StudyResult;
  /** 0-based day: the counts are those at the end of it (a study keeps one value per day). */
  readonly day: number;
  figure(key: string): Figure | null;
  /** The same count at the end of the run's last day: for the figures "over the whole run". */
  atEnd(key: string): Figure | null;
}

/** Cell c of a summary on day d (d within the summary's days); null for a cell it does not have. */
export function figureIn(summary: StudySummary, c: number | undefined, d: number): Figure | null {
  if (c === undefined) return null;
  const at = d * summary.cells + c;
  return { mean: summary.mean[at]!, lo: summary.lo[at]!, hi: summary.hi[at]! };
}

/** A day of the summary: the last one for a day past the horizon. */
export const clampDay = (summary: StudySummary, day: number) => Math.max(0, Math.min(summary.days - 1, day));

export function studyAt(result: StudyResult, day: number): StudyAt {
  const d = clampDay(result.summary, day);
  return {
    result,
    day: d,
    figure: (key) => figureIn(result.summary, result.keys.get(key), d),
    atEnd: (key) => figureIn(result.summary, result.keys.get(key), result.summary.days - 1),
  };
}

/** The study of the run shown, at the day of the minute shown; null with no study (one run) or a study of another run. */
export function useStudyAt(): StudyAt | null {
  const meta = useSim((s) => s.meta);
  const minute = useSim((s) => s.frame?.minute ?? null);
  const result = useStudy((s) => s.result);
  if (!result || !meta || result.meta !== meta || minute === null) return null;
  return studyAt(result, dayAt(meta.midnights, minute));
}

/** Cell keys (engine/study/layout.ts: kind|workflow|subject|figure). */
export const cellKey = {
  step: (workflow: string, step: string, figure: 'entered' | 'waiting' | 'passed') => `step|${workflow}|${step}|${figure}`,
  email: (workflow: string, step: string, kind: string) => `email|${workflow}|${step}|${kind}`,
  /** A canvas edge key `from/slot` (the run's meta) to its cell. */
  edge: (workflow: string, canvasKey: string) => {
    const cut = canvasKey.indexOf('/');
    return `edge|${workflow}|${canvasKey.slice(0, cut)}>${canvasKey.slice(cut + 1)}|`;
  },
  workflow: (workflow: string, figure: string) => `workflow|${workflow}||${figure}`,
  workflowEmail: (workflow: string, kind: string) => `workflow-email|${workflow}||${kind}`,
  total: (name: string) => `total||${name}|`,
  list: (list: string) => `list||${list}|`,
  stage: (stage: string) => `stage||${stage}|`,
};

/** One count of the study over the days (for the charts: the mean line and the interval band). */
export interface FigureSeries {
  readonly mean: Float64Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

export function seriesOf(result: Pick<StudyResult, 'keys' | 'summary'>, key: string): FigureSeries | null {
  const c = result.keys.get(key);
  return c === undefined ? null : seriesIn(result.summary, c);
}

/** Cell c of a summary over the days. */
export function seriesIn(summary: StudySummary, c: number): FigureSeries {
  const n = summary.days;
  const mean = new Float64Array(n);
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    const at = d * summary.cells + c;
    mean[d] = summary.mean[at]!;
    lo[d] = summary.lo[at]!;
    hi[d] = summary.hi[at]!;
  }
  return { mean, lo, hi };
}
