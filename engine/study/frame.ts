import { clockFor, LOG_KINDS as K, type SimulationResult } from '../sim/index.ts';
import { ProgrammeCounter, rowsByContact } from '../programme/counter.ts';
import { UNENROLLED_STATES } from '../results/figures.ts';
import { STEP_EMAIL_KINDS } from '../results/step-emails.ts';
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
const IN_PROGRESS = WORKFLOW_FIGURES.indexOf('in-progress');
const UNENROLLED = WORKFLOW_FIGURES.indexOf('unenrolled');
/** The workflow figures of the end states an enrollment leaves by (all but in-progress), and of those that unenroll. */
const ENDED_SLOTS = WORKFLOW_FIGURES.flatMap((f, k) => (k > 0 && k < LOST && f !== 'in-progress' ? [k] : []));
const UNENROLLED_SLOTS = UNENROLLED_STATES.map((s) => WORKFLOW_FIGURES.indexOf(s));
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
  const enrollmentWorkflow = result.enrollments.workflow;
  const workflowOf = (e: number) => enrollmentWorkflow[e]!;
  // First the changes of each day, in place; summed over the days below.
  const rowDay = layout.programme ? new Int32Array(log.length) : null;
  let day = 0;
  let nextMidnight = clock.midnight(1);
  for (let r = 0; r < log.length; r++) {
    const t = log.time(r);
    while (t >= nextMidnight && day < days - 1) nextMidnight = clock.midnight(++day + 1);
    countRow(frame, day * C, layout, log.kind(r), log.step(r), log.enrollment(r), log.detail(r), log.extra(r), workflowOf);
    if (rowDay) rowDay[r] = day;
  }
  // The programme's links, contact by contact (what they count belongs to each contact), on the day of the row that credits each.
  if (layout.programme && rowDay) {
    let day = 0;
    const counter = new ProgrammeCounter(layout.programme, workflowOf, (edge) => frame[day * C + layout.programmeCell + edge]!++);
    for (const r of rowsByContact(log)) {
      day = rowDay[r]!;
      counter.add(log.time(r), log.contact(r), log.enrollment(r), log.step(r), log.kind(r), log.detail(r), log.extra(r));
    }
  }
  return completeFrame(frame, result.series, layout);
}

/**
 * Adds what one log row changes to the cells of its day (`row`: the day's offset, day * cells).
 * `workflowOf` gives an enrollment's workflow (asked for enrolled and ended rows only).
 */
export function countRow(
  frame: Int32Array,
  row: number,
  layout: StudyLayout,
  kind: number,
  step: number,
  enrollment: number,
  detail: number,
  extra: number,
  workflowOf: (enrollment: number) => number,
): void {
  if (kind === K.at) {
    frame[row + layout.stepCell[step * STEP_FIGURES.length]!]!++;
    frame[row + layout.edgeCell + detail]!++;
  } else if (kind === K.ended) {
    if (extra >= 0) frame[row + layout.edgeCell + extra]!++;
    const w = row + layout.workflowCell + workflowOf(enrollment) * W;
    frame[w + 1 + (detail & END_MASK)]!++;
    if (detail & LOST_FLAG) frame[w + LOST]!++;
  } else if (kind === K.enrolled) {
    frame[row + layout.workflowCell + workflowOf(enrollment) * W]!++;
  }
  const e = EMAIL_SLOT[kind]!;
  if (e >= 0 && step >= 0) {
    const cell = layout.emailCell[step]!;
    if (cell >= 0) {
      frame[row + cell + e]!++;
      frame[row + layout.workflowEmailCell[step]! + e]!++;
    }
  }
  const total = TOTAL_SLOT[kind]!;
  if (total >= 0) frame[row + layout.totalCell + total]!++;
  // A form filled after an email's click (extra 0; 1 is a spontaneous one).
  if (kind === K.submitted && extra === 0) frame[row + layout.totalCell + CONVERSIONS]!++;
}

/**
 * The frame from each day's changes (`frame`, changed in place and returned): summed over the
 * days, then the engine's midnight series put in (contacts waiting and passed per step, lists,
 * stages), and per workflow what the end states give: in progress (enrolled less every ended
 * one) and unenrolled (the unenrolling ones together).
 */
export function completeFrame(frame: Int32Array, series: SimulationResult['series'], layout: StudyLayout): Int32Array {
  const C = layout.cells.length;
  const { days, lists, lifecycle } = series;
  const F = STEP_FIGURES.length;
  const { stepCell } = layout;
  const workflows = layout.cells.filter((c) => c.kind === 'workflow').length / W;
  for (let d = 1; d < days; d++) {
    const row = d * C;
    for (let c = 0; c < C; c++) frame[row + c]! += frame[row - C + c]!;
  }
  const S = days === 0 ? 0 : series.stepWaiting.length / days;
  for (let d = 0; d < days; d++) {
    const row = d * C;
    for (let s = 0; s < S; s++) {
      const waiting = series.stepWaiting[d * S + s]!;
      frame[row + stepCell[s * F + 1]!] = waiting;
      frame[row + stepCell[s * F + 2]!] = frame[row + stepCell[s * F]!]! - waiting;
    }
    lists.forEach((list, k) => (frame[row + layout.listCell + k] = list[d]!));
    lifecycle.forEach((stage, k) => (frame[row + layout.stageCell + k] = stage[d]!));
    for (let w = row + layout.workflowCell; w < row + layout.workflowCell + workflows * W; w += W) {
      let ended = 0;
      for (const k of ENDED_SLOTS) ended += frame[w + k]!;
      let unenrolled = 0;
      for (const k of UNENROLLED_SLOTS) unenrolled += frame[w + k]!;
      frame[w + IN_PROGRESS] = frame[w]! - ended;
      frame[w + UNENROLLED] = unenrolled;
    }
  }
  return frame;
}
