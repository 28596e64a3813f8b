import type { Project } from '../../model/index.ts';
import type { RunRecord, StudyOptions } from '../../study/index.ts';
import type { NotEnrolledTally } from '../commands/not-enrolled.ts';
import type { Contact } from '../../model/index.ts';
import type { ReplicationDigest } from '../../report/digest.ts';
import type { ReportRun } from '../../report/types.ts';
import type { Outcome } from '../../expect/types.ts';

/** What the study pool (pool.ts) and its workers (study-worker.ts) tell each other. */

/** The contacts every worker runs: given, or generated on the fly from a seed (sample contacts, as `--generate`). */
export type ContactSpec =
  | { readonly kind: 'list'; readonly contacts: readonly Contact[] }
  | { readonly kind: 'generate'; readonly count: number; readonly seed: number }
  /** `count` given contacts, each part task of a split run carrying its own range (so no worker receives them all: study-pool.ts#poolSplit). */
  | { readonly kind: 'parts'; readonly count: number };

/** Sent once to each worker: the projects (A, and B for a comparison), the contacts, the options. */
export interface PoolSetup {
  readonly projects: readonly Project[];
  readonly contacts: ContactSpec;
  readonly options: StudyOptions;
}

export type Task =
  /** Replication r of project `project`: its daily frame. */
  | { readonly kind: 'replication'; readonly project: number; readonly r: number }
  /**
   * Part `part` of `parts` of one run (seed of replication 0): its record (`PartAnswer`), with the
   * log rows when `withLog`, and with the not-enrolled tallies of its workflows when `tally`
   * (counted as each contact's run ends: commands/not-enrolled.ts#NotEnrolledCounter).
   */
  | {
      readonly kind: 'part';
      readonly project: number;
      readonly part: number;
      readonly parts: number;
      readonly withLog: boolean;
      readonly tally?: boolean;
      /** The part's own contacts (its range of the run's, in order), when the setup's are `parts`. */
      readonly contacts?: readonly Contact[];
    }
  /**
   * Replication r of project `project` run whole for a report (engine/report/digest.ts): its
   * digest, and the report's figures when r is 0 (`ReportAnswer`; `contacts` is their count).
   */
  | { readonly kind: 'report'; readonly project: number; readonly r: number; readonly contacts: number }
  /**
   * Replication r of the project's expectations on its test population (the setup's contacts, a
   * list): the outcomes when r is 0, else only each expectation's measured value (`TestAnswer`).
   */
  | { readonly kind: 'test'; readonly project: number; readonly r: number };

/** A part's answer: its record, and its not-enrolled tallies per workflow of the run when asked (null otherwise). */
export interface PartAnswer {
  readonly record: RunRecord;
  readonly notEnrolled: readonly NotEnrolledTally[] | null;
  /** With its log: the contacts that arrived during the part (the last one's), as they ended (the enrollments CSV names them). */
  readonly arrivals: readonly Contact[] | null;
}

/** A report replication's answer: what the intervals read of it, and the first one's figures (null for the others). */
export interface ReportAnswer {
  readonly digest: ReplicationDigest;
  readonly run: ReportRun | null;
}

/** A test replication's answer: the first one's outcomes (its offenders named), the others' measured values. */
export type TestAnswer = { readonly outcomes: readonly Outcome[] } | { readonly values: readonly number[] };

export type WorkerReply = { readonly ok: true; readonly id: number; readonly value: unknown; readonly ms: number } | { readonly ok: false; readonly id: number; readonly error: string };

/** The bundled workers' script, beside the bundled CLI (scripts/build-cli.ts builds both; pool.ts starts it). */
export const WORKER_BUNDLE = 'flowbench-worker.mjs';
