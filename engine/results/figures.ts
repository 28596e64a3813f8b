import type { EndState, SimulationResult, StateAt } from '../sim/index.ts';
import { stepEmailCount, type StepEmailIndex } from './step-emails.ts';

/**
 * Every figure a view of a run shows at one minute comes from one `ResultsAt`: the engine's
 * `stateAt(minute)` plus what each send step did by then. Badges, the panel, the chart legends
 * and the exports all read it through the functions below, so they cannot disagree.
 */
export interface ResultsAt extends StateAt {
  /** Per send step and kind, see `STEP_EMAIL_KINDS` (step-emails.ts). */
  readonly stepEmails: Int32Array;
}

export function resultsAt(result: Pick<SimulationResult, 'stateAt'>, emails: StepEmailIndex, minute: number): ResultsAt {
  return { ...result.stateAt(minute), stepEmails: emails.at(minute) };
}

export const UNENROLLED_STATES: readonly EndState[] = ['suppressed', 'not-matching', 'unenrolled-by-workflow', 'unenrolled-on-other-enrollment', 'loop'];

export interface EndStateCounts {
  readonly enrolled: number;
  readonly inProgress: number;
  readonly completed: number;
  readonly goal: number;
  readonly lost: number;
  /** Sum of `byReason`. */
  readonly unenrolled: number;
  readonly byReason: readonly { readonly reason: EndState; readonly count: number }[];
}

/** End states at the minute, for one workflow of the run (its index) or all of them (-1). */
export function endStateCounts(state: Pick<StateAt, 'workflows'>, workflow: number): EndStateCounts {
  const rows = workflow >= 0 ? state.workflows.slice(workflow, workflow + 1) : state.workflows;
  const sum = (f: (w: StateAt['workflows'][number]) => number) => rows.reduce((n, w) => n + f(w), 0);
  const enrolled = sum((w) => w.enrolled);
  const byReason = UNENROLLED_STATES.map((reason) => ({ reason, count: sum((w) => w.ended[reason]) }));
  const unenrolled = byReason.reduce((n, u) => n + u.count, 0);
  const completed = sum((w) => w.ended.completed);
  const goal = sum((w) => w.ended.goal);
  return { enrolled, inProgress: enrolled - completed - goal - unenrolled, completed, goal, lost: sum((w) => w.lost), unenrolled, byReason };
}

export interface EmailTotals {
  readonly sent: number;
  readonly opened: number;
  readonly clicked: number;
  readonly unsubscribed: number;
  readonly bounced: number;
  readonly submitted: number;
}

/** Where a step of the run belongs: the workflow id of each global step index. */
export interface RunShape {
  readonly steps: readonly { readonly workflow: string }[];
  readonly workflows: readonly { readonly id: string }[];
}

/**
 * Emails and forms so far. For the whole run (-1): the engine's totals, spontaneous form
 * submissions included. For one workflow: the sum over its send steps, the same rows its cards
 * count (forms filled after one of its emails).
 */
export function emailTotals(state: ResultsAt, shape: RunShape, workflow: number): EmailTotals {
  if (workflow < 0) return state.totals;
  const id = shape.workflows[workflow]?.id;
  const totals = { sent: 0, opened: 0, clicked: 0, unsubscribed: 0, bounced: 0, submitted: 0 };
  shape.steps.forEach((s, k) => {
    if (s.workflow !== id) return;
    for (const kind of ['sent', 'opened', 'clicked', 'unsubscribed', 'bounced', 'submitted'] as const) totals[kind] += stepEmailCount(state.stepEmails, k, kind);
  });
  return totals;
}

/** A step's badge: contacts waiting there, contacts gone past, and for a send step its emails. */
export function stepFigures(state: ResultsAt, step: number): { waiting: number; passed: number; sent: number; skipped: number } {
  const waiting = state.waiting[step]!;
  return { waiting, passed: state.entered[step]! - waiting, sent: stepEmailCount(state.stepEmails, step, 'sent'), skipped: stepEmailCount(state.stepEmails, step, 'skipped') };
}
