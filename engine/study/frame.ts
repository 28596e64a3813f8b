import { clockFor, LOG_KINDS as K, type SimulationResult } from '../sim/index.ts';
import { STEP_EMAIL_KINDS } from '../results/index.ts';
import { STEP_FIGURES, TOTAL_FIGURES, WORKFLOW_FIGURES, type StudyLayout } from './layout.ts';

/**
 * One run's counts at the end of each day: `frame[d * cells + c]` is cell c (see layout.ts) at
 * the last minute of day d, as `stateAt` would give it then (lifecycle stages: the snapshot at
 * the midnight ending day d). Read in one pass over the log, which is in time order, plus the
 * engine's midnight series (contacts waiting, lists, stages). A frame is all a study keeps of a
 * run: the log can go as soon as it is read. Counts add up over disjoint sets of contacts, so the
 * frames of the parts of a split run sum to the frame of the whole run.
 */

const EMAIL_SLOT = new Int8Array(256).fill(-1);
STEP_EMAIL_KINDS.forEach((k, i) => (EMAIL_SLOT[K[k]] = i));
const TOTAL_SLOT = new Int8Array(256).fill(-1);
TOTAL_FIGURES.forEach((k, i) => k !== 'conversions' && (TOTAL_SLOT[K[k]] = i));
const CONVERSIONS = TOTAL_FIGURES.indexOf('conversions');
const W = WORKFLOW_FIGURES.length;
const LOST = WORKFLOW_FIGURES.indexOf('lost');
const END_MASK = 15;
const LOST_FLAG = 16;

export type FrameSource = Pick<SimulationResult, 'log' | 'series' | 'enrollments' | 'startDate' | 'timeZone'>;

export function dailyFrame(result: FrameSource, layout: StudyLayout): Int32Array {
  const C = layout.cells.length;
  const days = result.series.days;
  const frame = new Int32Array(days * C);
  if (days === 0) return frame;
  const clock = clockFor(result.startDate, result.timeZone);
  const { log } = result;
  const workflowOf = result.enrollments.workflow;
  const F = STEP_FIGURES.length;
  const { stepCell, emailCell, workflowEmailCell, edgeCell, workflowCell, totalCell } = layout;
  // First the changes of each day, in place; summed over the days below.
  let day = 0;
  let nextMidnight = clock.midnight(1);
  for (let r = 0; r < log.length; r++) {
    const t = log.time(r);
    while (t >= nextMidnight && day < days - 1) nextMidnight = clock.midnight(++day + 1);
    const row = day * C;
    const kind = log.kind(r);
    if (kind === K.at) {
      frame[row + stepCell[log.step(r) * F]!]!++;
      frame[row + edgeCell + log.detail(r)]!++;
    } else if (kind === K.ended) {
      if (log.extra(r) >= 0) frame[row + edgeCell + log.extra(r)]!++;
      const w = workflowCell + workflowOf[log.enrollment(r)]! * W;
      const detail = log.detail(r);
      frame[row + w + 1 + (detail & END_MASK)]!++;
      if (detail & LOST_FLAG) frame[row + w + LOST]!++;
    } else if (kind === K.enrolled) {
      frame[row + workflowCell + workflowOf[log.enrollment(r)]! * W]!++;
    }
    const e = EMAIL_SLOT[kind]!;
    if (e >= 0) {
      const s = log.step(r);
      if (s >= 0 && emailCell[s]! >= 0) {
        frame[row + emailCell[s]! + e]!++;
        frame[row + workflowEmailCell[s]! + e]!++;
      }
    }
    const total = TOTAL_SLOT[kind]!;
    if (total >= 0) frame[row + totalCell + total]!++;
    // A form filled after an email's click (extra 0; 1 is a spontaneous one).
    if (kind === K.submitted && log.extra(r) === 0) frame[row + totalCell + CONVERSIONS]!++;
  }
  for (let d = 1; d < days; d++) {
    const row = d * C;
    for (let c = 0; c < C; c++) frame[row + c]! += frame[row - C + c]!;
  }
  const S = result.series.stepWaiting.length / days;
  const { lists, lifecycle } = result.series;
  for (let d = 0; d < days; d++) {
    const row = d * C;
    for (let s = 0; s < S; s++) {
      const waiting = result.series.stepWaiting[d * S + s]!;
      frame[row + stepCell[s * F + 1]!] = waiting;
      frame[row + stepCell[s * F + 2]!] = frame[row + stepCell[s * F]!]! - waiting;
    }
    lists.forEach((series, k) => (frame[row + layout.listCell + k] = series[d]!));
    lifecycle.forEach((series, k) => (frame[row + layout.stageCell + k] = series[d]!));
  }
  return frame;
}
