import type { Contact, Project, SimulationSettings } from '../model/index.ts';
import type { Compiled, CompiledStep } from './compile/compile.ts';
import type { ContactTest } from './compile/compiled-criteria.ts';
import type { FlipCriteria } from './compile/flip.ts';
import type { Clock } from './state/clock.ts';
import type { PropertyColumn } from './state/columns.ts';
import type { ContactQueue } from './state/contact-queue.ts';
import type { ContactStore } from './state/contacts.ts';
import type { Enrollments } from './state/enrollments.ts';
import type { ListJournal } from './state/list-journal.ts';
import type { Streams } from './state/rng.ts';
import type { ScoreRules } from './run/score.ts';
import type { SiteVisits } from './run/visits.ts';
import type { LoadedEntry, RowSink, SimulationOptions, Totals } from './types.ts';

/**
 * The leaf every room of the simulator may import: the codes of queued events and of how an
 * enrollment happened, and `RunContext`, what the code moving a contact (run/) sees of the run.
 * Type imports only: nothing here runs, so no import circle can pass through it.
 */

/** Kinds of queued events (`ContactQueue`), run by run/dispatch.ts. */
export const Q = { step: 1, timeout: 2, react: 3, visit: 4, form: 5, check: 6, yearly: 7, setProperties: 8 } as const;

/** How an enrollment happened: the index in ENROLL_HOWS (state/log.ts), kept in the enrolled row. */
export const HOW = { atStart: 0, onChange: 1, atMidnight: 2, byWorkflow: 3, yearly: 4, onArrival: 5 } as const;

/**
 * The options a run reads as it goes, null when not given: the what-if edits (ratesFrom,
 * propertiesFrom, delayFrom) and the caller's hooks. Read once when the run is made, always from
 * this one literal (one shape), so code run for every event never reads the caller's options
 * object: each replication passes a new spread object, whose shape V8 may see change from one
 * replication to the next and deoptimise the hot functions for (engine/sim/DECISIONS.md).
 */
export interface ReadOptions {
  readonly ratesFrom: NonNullable<SimulationOptions['ratesFrom']> | null;
  readonly propertiesFrom: NonNullable<SimulationOptions['propertiesFrom']> | null;
  readonly delayFrom: NonNullable<SimulationOptions['delayFrom']> | null;
  readonly contactEnd: NonNullable<SimulationOptions['contactEnd']> | null;
  readonly onProgress: NonNullable<SimulationOptions['onProgress']> | null;
}

export function readOptions(o: SimulationOptions): ReadOptions {
  return { ratesFrom: o.ratesFrom ?? null, propertiesFrom: o.propertiesFrom ?? null, delayFrom: o.delayFrom ?? null, contactEnd: o.contactEnd ?? null, onProgress: o.onProgress ?? null };
}

/**
 * The run as run/ sees it: the compiled project, the run's state, the clock of the contact being
 * run, and the few operations that touch the driver (queueing an event, counting a step, stage or
 * list, adding an arrival). Implemented by `Sim` (sim.ts); run/ never imports that class.
 */
export interface RunContext {
  readonly project: Project;
  readonly settings: SimulationSettings;
  readonly options: SimulationOptions;
  /** The options read as the run goes (`readOptions`), never `options.x` on a hot path. */
  readonly read: ReadOptions;
  readonly clock: Clock;
  readonly compiled: Compiled;
  readonly store: ContactStore;
  readonly enr: Enrollments;
  /** Where rows go: the event log, or the caller's sink (options.rows). */
  readonly log: RowSink;
  readonly listJournal: ListJournal;
  readonly queue: ContactQueue;
  readonly streams: Streams;
  /** What each contact of a loaded start population shows at minute 0 (types.ts#LoadedEntry), null when the run loads its contacts. */
  readonly loadedEntry: LoadedEntry | null;
  readonly visits: SiteVisits;
  readonly score: ScoreRules;
  readonly totals: Totals;
  readonly lastMinute: number;
  /** Workflows of the run. */
  readonly W: number;
  /** The minute of the contact being run, and its epoch ms. */
  readonly now: number;
  readonly nowMs: number;
  /** Contacts that entered each step, and traversals per edge. */
  readonly entered: Int32Array;
  readonly edgeCount: Int32Array;
  /** Criteria that can flip with time alone, and the changes that can move their next flip. */
  readonly timed: readonly FlipCriteria[];
  readonly timedDeps: number;
  readonly activityBit: number;
  readonly activityColumn: PropertyColumn;
  /** Compiled tests per workflow (triggers, goal) and per step (branches, waits). */
  readonly triggerTest: readonly ContactTest[];
  readonly goalTest: readonly (ContactTest | null)[];
  /**
   * The steps the contact runs now, their branch and wait tests, and where each workflow starts
   * (`starts[2w]` the enrollment edge, `starts[2w + 1]` the first step): `compiled`'s, or from the
   * minute a workflow is edited during the run (run/workflow-from.ts) that workflow's edited
   * version. Indices are the same in both.
   */
  readonly steps: readonly CompiledStep[];
  readonly branchTests: readonly (ContactTest[][][] | null)[];
  readonly waitTest: readonly (ContactTest | null)[];
  readonly starts: Int32Array;
  /** Per workflow, the changes it reacts to and whether a step waits on criteria. */
  readonly care: Int32Array;
  readonly waitsOnCriteria: Uint8Array;
  readonly waitedEvents: number;
  /** The enrollment whose steps are being run, -1 between them (run-steps.ts). */
  running: number;
  /** Per step, the enrollment that last entered it and the minute (loops, run-steps.ts). */
  readonly stepSeenBy: Int32Array;
  readonly stepSeenAt: Int32Array;
  /** Steps the current contact ran in the current instant, and the most allowed. */
  instantSteps: number;
  readonly instantBudget: number;
  /** Loops across workflows cut so far: index of `chain`, counting contact `i`. */
  loopChain(chain: readonly number[], i: number): number;
  /** Queues an event of the contact being run (`i`). */
  schedule(time: number, kind: number, i: number, a: number, b: number): void;
  /** Queues the contact's midnight re-check: first in its minute. */
  scheduleRecheck(minute: number): void;
  /** Moves the clock of the contact being run forward to `minute`. */
  tick(minute: number): void;
  /** Contacts per step, lifecycle stage (rank + 1) and list, with their change on the current day. */
  countStep(s: number, by: number): void;
  countStage(stage: number, by: number): void;
  countList(li: number, by: number): void;
  /** Adds a contact (an arrival when `arriving`) at `now`: its columns, stream, persona, counts. */
  addContact(contact: Contact, arriving: boolean): number;
}
