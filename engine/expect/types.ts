import type { Expectation, Localized, StepId, WorkflowId } from '../model/index.ts';

/** What a check says of an expectation: it holds, it fails, or (on an interval) it cannot tell yet. */
export type ExpectState = 'holds' | 'fails' | 'uncertain';
export const EXPECT_STATES: readonly ExpectState[] = ['holds', 'fails', 'uncertain'];

/**
 * An estimate over replications: the mean and a range the true value lies in (engine/study's
 * Monte-Carlo intervals have this shape; `intervalOf` makes one from plain values).
 */
export interface Interval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

/** A contact that breaks an expectation, named as the user knows it. */
export interface Offender {
  readonly id: string;
  readonly name: string;
  /** Why this contact breaks it ("moved to MQL on 12 Jan by Lifecycle 2"). */
  readonly why: Localized;
  /** The minute it happened, to open its journey there; null when nothing happened at a minute. */
  readonly minute: number | null;
  /** The workflow step concerned, when there is one. */
  readonly step?: { readonly workflow: WorkflowId; readonly step: StepId };
}

/** One number measured on a run, and the bound it must keep. */
export interface Measured {
  readonly value: number;
  readonly bound: 'at-least' | 'at-most';
  readonly limit: number;
  readonly unit: 'percent' | 'contacts';
  /** Contacts breaking it (all of them, in contact order, unless cut for display: then see offenderCount). */
  readonly offenders: readonly Offender[];
  /** How many break it when `offenders` was cut to a few for display (MAX_OFFENDERS_SHOWN). */
  readonly offenderCount?: number;
  /** Steps the expectation is about (where the canvas marks it). */
  readonly steps: readonly { readonly workflow: WorkflowId; readonly step: StepId }[];
  /** Fails whatever the number says: a reference that no longer exists, a path with no list, no one to measure. */
  readonly broken?: Localized;
}

export interface Outcome {
  readonly expectation: Expectation;
  readonly state: ExpectState;
  readonly measured: Measured;
  /** Present when checked over replications. */
  readonly interval?: Interval;
}

/** Offenders kept in an outcome sent to the UI or printed; the count is always whole. */
export const MAX_OFFENDERS_SHOWN = 50;
