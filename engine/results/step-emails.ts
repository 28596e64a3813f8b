import { LOG_KINDS, type SimulationResult } from '../sim/index.ts';

/**
 * What each send step did with its emails up to a minute: sent, skipped (unsubscribed, bounced,
 * no address), and the reactions that followed (bounced, opened, clicked, unsubscribed, forms
 * submitted from the email). The log names the send step on each of these rows, so a card and
 * the totals of its workflow count the very same rows: the sum over a workflow's send steps is
 * that workflow's share of the run's totals.
 */

export const STEP_EMAIL_KINDS = ['sent', 'skipped', 'bounced', 'opened', 'clicked', 'unsubscribed', 'submitted'] as const;
export type StepEmailKind = (typeof STEP_EMAIL_KINDS)[number];
const WIDTH = STEP_EMAIL_KINDS.length;

const SLOT: Readonly<Record<number, number>> = {
  [LOG_KINDS.sent]: 0,
  [LOG_KINDS.skipped]: 1,
  [LOG_KINDS.bounced]: 2,
  [LOG_KINDS.opened]: 3,
  [LOG_KINDS.clicked]: 4,
  [LOG_KINDS.unsubscribed]: 5,
  [LOG_KINDS.submitted]: 6,
};

export interface StepEmailIndex {
  /** Counts at or before the minute, row `step * STEP_EMAIL_KINDS.length + kind`. */
  at(minute: number): Int32Array;
}

/** Reads the log once (time-ordered, so each bucket's minutes come out sorted). */
export function stepEmailIndex(result: Pick<SimulationResult, 'log' | 'steps'>): StepEmailIndex {
  const { log } = result;
  const buckets = result.steps.length * WIDTH;
  const offsets = new Int32Array(buckets + 1);
  const bucketOf = (r: number) => {
    const slot = SLOT[log.kind(r)];
    const step = log.step(r);
    return slot === undefined || step < 0 ? -1 : step * WIDTH + slot;
  };
  for (let r = 0; r < log.length; r++) {
    const b = bucketOf(r);
    if (b >= 0) offsets[b + 1]!++;
  }
  for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
  const minutes = new Int32Array(offsets[buckets]!);
  const fill = offsets.slice(0, buckets);
  for (let r = 0; r < log.length; r++) {
    const b = bucketOf(r);
    if (b >= 0) minutes[fill[b]!++] = log.time(r);
  }
  return {
    at(minute) {
      const counts = new Int32Array(buckets);
      for (let b = 0; b < buckets; b++) {
        let lo = offsets[b]!;
        let hi = offsets[b + 1]!;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (minutes[mid]! <= minute) lo = mid + 1;
          else hi = mid;
        }
        counts[b] = lo - offsets[b]!;
      }
      return counts;
    },
  };
}

/** One step's count of a kind from `at`'s answer. */
export function stepEmailCount(counts: Int32Array, step: number, kind: StepEmailKind): number {
  return counts[step * WIDTH + STEP_EMAIL_KINDS.indexOf(kind)] ?? 0;
}
