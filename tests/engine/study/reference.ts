import type { END_STATES} from '../../../engine/sim/index.ts';
import { clockFor, LOG_KINDS, type SimulationResult } from '../../../engine/sim/index.ts';
import type { STEP_EMAIL_KINDS} from '../../../engine/results/index.ts';
import { endStateCounts, stepEmailCount, stepEmailIndex } from '../../../engine/results/index.ts';
import type { StudyLayout } from '../../../engine/study/index.ts';
import type { Project } from '../../../engine/model/index.ts';
import { programmeCounts, programmeMap } from '../../../engine/programme/index.ts';

/**
 * The slow, independent way to a run's daily counts: ask the engine's time travel (`stateAt`, the
 * per-step email index) at the last minute of every day, cell by cell, by key; the programme's
 * links: `programmeCounts` of the log cut after that minute (the log is in time order). What the
 * study's one-pass frame (engine/study/frame.ts) must equal.
 */
export function referenceFrame(result: SimulationResult, layout: StudyLayout, project: Project): Int32Array {
  const clock = clockFor(result.startDate, result.timeZone);
  const days = result.series.days;
  const C = layout.cells.length;
  const frame = new Int32Array(days * C);
  const emails = stepEmailIndex(result);
  const stepIndex = new Map(result.steps.map((s, k) => [`${s.workflow}|${s.step}`, k]));
  const edgeIndex = new Map(result.edges.map((e, k) => [`${e.workflow}|${e.from}>${e.slot}`, k]));
  const workflowIndex = new Map(result.workflows.map((w, k) => [w.id as string, k]));
  for (let d = 0; d < days; d++) {
    const last = clock.midnight(d + 1) - 1;
    const state = result.stateAt(last);
    // Stages are a midnight snapshot: the one ending day d is read at that midnight.
    const stages = result.stateAt(last + 1).lifecycle;
    const stepEmails = emails.at(last);
    const links = layout.programme ? linksUpTo(project, result, last) : new Map<string, number>();
    layout.cells.forEach((cell, c) => {
      let v: number;
      if (cell.kind === 'step') {
        const s = stepIndex.get(`${cell.workflow}|${cell.subject}`)!;
        v = cell.figure === 'entered' ? state.entered[s]! : cell.figure === 'waiting' ? state.waiting[s]! : state.entered[s]! - state.waiting[s]!;
      } else if (cell.kind === 'email') {
        v = stepEmailCount(stepEmails, stepIndex.get(`${cell.workflow}|${cell.subject}`)!, cell.figure as (typeof STEP_EMAIL_KINDS)[number]);
      } else if (cell.kind === 'edge') {
        v = state.edges[edgeIndex.get(`${cell.workflow}|${cell.subject}`)!]!;
      } else if (cell.kind === 'workflow-email') {
        // The sum of the workflow's send steps' emails at the minute.
        v = 0;
        result.steps.forEach((s, k) => {
          if (s.workflow === cell.workflow) v += stepEmailCount(stepEmails, k, cell.figure as (typeof STEP_EMAIL_KINDS)[number]);
        });
      } else if (cell.kind === 'workflow') {
        const k = workflowIndex.get(cell.workflow)!;
        const w = state.workflows[k]!;
        // In progress and unenrolled as the app's panel counts them at that minute (engine/results).
        const ends = endStateCounts(state, k);
        v =
          cell.figure === 'enrolled'
            ? w.enrolled
            : cell.figure === 'lost'
              ? w.lost
              : cell.figure === 'in-progress'
                ? ends.inProgress
                : cell.figure === 'unenrolled'
                  ? ends.unenrolled
                  : w.ended[cell.figure as (typeof END_STATES)[number]];
      } else if (cell.kind === 'total' && cell.subject === 'conversions') {
        // stateAt has no conversions: the log's forms filled from an email (extra 0), up to the minute.
        v = 0;
        for (let r = 0; r < result.log.length && result.log.time(r) <= last; r++) if (result.log.kind(r) === LOG_KINDS.submitted && result.log.extra(r) === 0) v++;
      } else if (cell.kind === 'total') {
        v = state.totals[cell.subject as keyof typeof state.totals];
      } else if (cell.kind === 'list') {
        v = state.lists[cell.subject]!;
      } else if (cell.kind === 'programme') {
        v = links.get(cell.subject)!;
      } else {
        v = stages[cell.subject]!;
      }
      frame[d * C + c] = v;
    });
  }
  return frame;
}

/** Contacts per programme link counted on the rows up to `minute` alone. */
function linksUpTo(project: Project, result: SimulationResult, minute: number): Map<string, number> {
  let rows = 0;
  while (rows < result.log.length && result.log.time(rows) <= minute) rows++;
  const log = new Proxy(result.log, { get: (target, key) => (key === 'length' ? rows : Reflect.get(target, key, target)) });
  return programmeCounts(project, programmeMap(project), { steps: result.steps, edges: result.edges, workflows: result.workflows, enrollments: result.enrollments, log } as SimulationResult);
}
