import type { ContactScores } from '../scoring/journey-scores.ts';
import type { Arrivals, Contact, ContactId, Lang, Project, WorkflowId } from '../../engine/model/index.ts';
import type { ResultsAt } from '../../engine/results/index.ts';
import type { ContactAt, Totals } from '../../engine/sim/index.ts';
import type { ReportRun } from '../../engine/report/index.ts';

/** Messages between the page and the simulator worker (renderer/simulator/sim.worker.ts). */

export interface RunSettings {
  /** Empty for every enabled workflow. */
  readonly workflows: readonly WorkflowId[];
  readonly startDate: string;
  readonly horizonDays: number;
  readonly seed: number;
  readonly arrivals: Arrivals;
}

/** Where the contacts come from: a sandbox the worker reads itself, or contacts handed over. */
export type ContactOrigin = { readonly sandbox: string } | { readonly contacts: readonly Contact[] };

/** What the page keeps of a finished run: small, no log. */
export interface RunMeta {
  readonly startMs: number;
  readonly timeZone: string;
  readonly horizonDays: number;
  readonly lastMinute: number;
  /** Minute of each local midnight, days 0..horizonDays (DST days last 23 or 25 hours). */
  readonly midnights: readonly number[];
  readonly contacts: number;
  readonly workflows: readonly { readonly id: WorkflowId; readonly name: string; readonly enrolled: number }[];
  /** Global step index -> where it is; `entered` is over the whole run (coverage). */
  readonly steps: readonly { readonly workflow: WorkflowId; readonly step: string; readonly entered: number }[];
  /** Global edge index -> its canvas key (`from/slot`) and traversals over the whole run. */
  readonly edges: readonly { readonly workflow: WorkflowId; readonly key: string; readonly to: string | null; readonly count: number }[];
  readonly totals: Totals;
  /** Daily snapshots: lifecycle stage name -> values, list id -> values. */
  readonly series: { readonly days: number; readonly lifecycle: Readonly<Record<string, Int32Array>>; readonly lists: Readonly<Record<string, Int32Array>> };
  /** Lists and lifecycle stages before the first minute: where the charts' lines start. */
  readonly initial: { readonly lists: Readonly<Record<string, number>>; readonly lifecycle: Readonly<Record<string, number>> };
  /** Reading the contacts (from IndexedDB in the worker), then simulating. */
  readonly loadMs: number;
  readonly runMs: number;
}

/** Everything shown at one minute: the engine's StateAt and each send step's emails (engine/results). */
export type Frame = ResultsAt;

/** Who a contact is, from its properties (null when unknown). */
export interface ContactName {
  readonly name: string | null;
  readonly email: string | null;
}

export interface StepContact extends ContactName {
  readonly id: ContactId;
  /** When it arrived at the step (its latest arrival at or before the minute). */
  readonly at: number;
}

export type StepContactsMode = 'here' | 'passed';

export type SimRequest =
  | { readonly type: 'run'; readonly project: Project; readonly origin: ContactOrigin; readonly settings: RunSettings }
  | { readonly type: 'cancel' }
  | { readonly type: 'frame'; readonly minute: number }
  | { readonly type: 'contact'; readonly contact: string; readonly minute: number }
  | { readonly type: 'step-contacts'; readonly step: number; readonly minute: number; readonly mode: StepContactsMode; readonly limit: number }
  | { readonly type: 'next-event'; readonly minute: number; readonly direction: 1 | -1 }
  | { readonly type: 'export'; readonly format: 'csv' | 'json'; readonly lang: Lang }
  | { readonly type: 'report' }
  | { readonly type: 'programme' };

export type SimAnswer =
  | { readonly type: 'progress'; readonly fraction: number; readonly phase: 'loading' | 'running' }
  | { readonly type: 'done'; readonly meta: RunMeta }
  | { readonly type: 'cancelled' }
  | { readonly type: 'frame'; readonly frame: Frame }
  | { readonly type: 'contact'; readonly contact: ContactAt | null; readonly who: ContactName; readonly scores: ContactScores | null }
  | { readonly type: 'step-contacts'; readonly total: number; readonly contacts: readonly StepContact[] }
  | { readonly type: 'minute'; readonly minute: number }
  | { readonly type: 'export'; readonly text: string }
  | { readonly type: 'report'; readonly run: ReportRun }
  /** Contacts carried by each link of the programme map (engine/programme `programmeCounts`), by edge key. */
  | { readonly type: 'programme'; readonly counts: Readonly<Record<string, number>> }
  | { readonly type: 'failed'; readonly message: string };

export type SimEnvelope<T> = T & { readonly id: number };
