import { END_STATES, ENROLL_HOWS, LOG_KINDS, SKIP_REASONS, type SimulationResult } from '../../../engine/sim/index.ts';
import { END_STATE_MASK, LOST_FLAG } from '../../../engine/sim/state/log.ts';

/**
 * A contact's run as lines a person can read and check against the workflows: the minute as a
 * local date and time, then what happened (enrolled, at a step, sent, opened, ended...), by ids.
 * Enrollment numbers are left out, so a timeline does not move when another contact's does.
 */
const KIND_NAMES = Object.fromEntries(Object.entries(LOG_KINDS).map(([name, code]) => [code, name]));

export function timeline(result: SimulationResult, contactId: string): string[] {
  const i = result.contactIds.indexOf(contactId);
  const { steps, edges, workflows, enrollments: en, log } = result;
  const when = (m: number) => new Date(result.minuteToMs(m)).toLocaleString('sv-SE', { timeZone: result.timeZone }).slice(0, 16);
  const lines: string[] = [];
  for (let r = 0; r < log.length; r++) {
    if (log.contact(r) !== i) continue;
    const e = log.enrollment(r);
    const wf = e >= 0 ? workflows[en.workflow[e]!]!.id : '';
    const s = log.step(r);
    const step = s >= 0 ? steps[s]!.step : '';
    const kind = KIND_NAMES[log.kind(r)]!;
    let what: string;
    switch (log.kind(r)) {
      case LOG_KINDS.enrolled:
        what = `enrolled in ${wf} (${ENROLL_HOWS[log.detail(r)]})`;
        break;
      case LOG_KINDS.at:
        what = `${wf}: at ${step}`;
        break;
      case LOG_KINDS.ended:
        what = `${wf}: ended ${END_STATES[log.detail(r) & END_STATE_MASK]}${log.detail(r) & LOST_FLAG ? ' (lost)' : ''}${step ? ` at ${step}` : ''}`;
        break;
      case LOG_KINDS.branch:
        what = `${wf}: ${step} took "${edges[log.detail(r)]!.label}"`;
        break;
      case LOG_KINDS.skipped:
        what = `${wf}: ${step} skipped (${SKIP_REASONS[log.extra(r)]})`;
        break;
      default:
        what = `${wf ? `${wf}: ` : ''}${kind}${step ? ` ${step}` : ''}`;
    }
    lines.push(`${when(log.time(r))} ${what}`);
  }
  return lines;
}
