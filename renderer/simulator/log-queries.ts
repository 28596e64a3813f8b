import type { ContactId } from '../../engine/model/index.ts';
import { LOG_KINDS, type SimulationResult } from '../../engine/sim/index.ts';
import type { StepContactsMode } from './protocol.ts';

/** A contact's arrival at a step; the host adds its name. */
export interface StepArrival {
  readonly id: ContactId;
  readonly at: number;
}

/** Questions the engine's result does not answer directly, read off its time-ordered log. */

/** Contacts at a step at a minute ('here'), or every enrollment that reached it so far ('passed'). */
export function stepContacts(result: SimulationResult, step: number, minute: number, mode: StepContactsMode, limit: number): { total: number; contacts: StepArrival[] } {
  const { log, enrollments, contactIds } = result;
  const current = new Int32Array(enrollments.count).fill(-1);
  const arrived = new Int32Array(enrollments.count).fill(-1);
  for (let r = 0; r < log.length && log.time(r) <= minute; r++) {
    const k = log.kind(r);
    if (k === LOG_KINDS.at) {
      const e = log.enrollment(r);
      current[e] = log.step(r);
      if (log.step(r) === step) arrived[e] = log.time(r);
    } else if (k === LOG_KINDS.ended) current[log.enrollment(r)] = -1;
  }
  const contacts: StepArrival[] = [];
  let total = 0;
  for (let e = 0; e < enrollments.count; e++) {
    if (arrived[e] === -1 || (mode === 'here' && current[e] !== step)) continue;
    total++;
    if (contacts.length < limit) contacts.push({ id: contactIds[enrollments.contact[e]!]! as ContactId, at: arrived[e]! });
  }
  return { total, contacts };
}

/** The next (or previous) minute at which a contact moves: arrives at a step or leaves. */
export function nextEventMinute(result: SimulationResult, minute: number, direction: 1 | -1): number {
  const { log } = result;
  const moves = (r: number) => log.kind(r) === LOG_KINDS.at || log.kind(r) === LOG_KINDS.ended;
  if (direction > 0) {
    for (let r = log.firstAfter(minute); r < log.length; r++) if (moves(r)) return log.time(r);
    return result.lastMinute;
  }
  for (let r = log.firstAfter(minute - 1) - 1; r >= 0; r--) if (moves(r)) return log.time(r);
  return 0;
}
