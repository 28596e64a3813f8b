import type { Project } from '../../engine/model/index.ts';
import type { StudyOptions } from '../../engine/study/index.ts';
import type { ContactOrigin } from '../simulator/protocol.ts';

/** Messages between the page's study pool (pool.ts) and each study worker (study.worker.ts). */

export interface StudySetup {
  readonly project: Project;
  /** Variant B, run over the same contacts with the same seeds (common random numbers). */
  readonly variant?: Project;
  readonly origin: ContactOrigin;
  readonly options: StudyOptions;
}

export type StudyRequest =
  | { readonly type: 'setup'; readonly setup: StudySetup }
  | { readonly type: 'replication'; readonly r: number }
  /** The job is over and the worker is kept for the next one (pool.ts#WarmWorkers): drop the contacts. No answer. */
  | { readonly type: 'release' };

export type StudyAnswer =
  | { readonly type: 'ready' }
  /** Replication r's counts per day (engine/study `dailyFrame`), and B's when comparing. */
  | { readonly type: 'frame'; readonly r: number; readonly frame: Int32Array; readonly frameB?: Int32Array }
  | { readonly type: 'failed'; readonly message: string };
