import type { Arrivals, Contact, Localized, Persona, PersonaId, Project, WorkflowId } from '../model/index.ts';
import type { ContactStore } from './state/contacts.ts';
import type { EndState, EnrollHow, EventLog, SkipReason } from './state/log.ts';
import type { DelayFrom } from './run/delay-from.ts';
import type { PropertiesFrom } from './run/properties-from.ts';
import type { WorkflowFrom } from './run/workflow-from.ts';

export interface SimulationOptions {
  /** Only these workflows (default: every enabled workflow of the project). */
  readonly workflows?: readonly WorkflowId[];
  /** `YYYY-MM-DD`; defaults to project.simulation. */
  readonly startDate?: string;
  readonly horizonDays?: number;
  readonly seed?: number;
  readonly arrivals?: Arrivals;
  readonly timeZone?: string;
  /** Called now and then with the share of virtual time done, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * Kept for callers written against the first version: the run now copies what it needs
   * into its own columns and never changes the given contact objects, whatever this says.
   */
  readonly mutateContacts?: boolean;
  /**
   * What if from a minute (engine/whatif): emails sent at or after `minute` draw their reactions
   * with these personas' rates (matched by id); before it, the run is the same, draw for draw.
   */
  readonly ratesFrom?: { readonly minute: number; readonly personas: readonly Persona[] };
  /**
   * What if a delay of a set length is edited at `minute` (engine/whatif), by HubSpot's rule for
   * live workflows (run/delay-from.ts): `minutes` its new length, null when it is deleted.
   */
  readonly delayFrom?: DelayFrom;
  /** What if contacts' properties are edited at `minute` (engine/whatif; run/properties-from.ts). */
  readonly propertiesFrom?: PropertiesFrom;
  /**
   * What if a workflow's steps are edited at `minute` (engine/whatif): the edited version of one
   * workflow of the run, in force from that minute by HubSpot's rules for live edits (run/workflow-from.ts).
   */
  readonly workflowFrom?: WorkflowFrom;
  /** Stop after this minute (inclusive) rather than at the horizon: "a run stopped at t". */
  readonly stopAtMinute?: number;
  /**
   * For tests: false queues a midnight re-check at every boundary of every watched event (the
   * former scheduling). The default skips boundaries that cannot flip a filter: only the newest
   * event a window counts. Same results but for the order of rows within a minute and enrollment
   * numbering (tests/engine/sim/tight-rechecks.test.ts).
   */
  readonly tightRechecks?: boolean;
  /**
   * For tests: false runs every site visit through the full change path, the reference the quiet
   * visits (engine/sim/quiet-visits.ts) are checked against. Same results either way.
   */
  readonly quietVisits?: boolean;
  /**
   * For tests: false keeps the score a stored property recomputed on changes and re-checks (the
   * eager score) even where it could be read when asked (run/score.ts). Same results but for the
   * number of events and the final scores, read at the last re-check rather than the last minute
   * (tests/engine/sim/lazy-score.test.ts).
   */
  readonly lazyScore?: boolean;
  /**
   * Where the run writes its rows instead of the event log: a run asked for counts only (a study's
   * replication counts them per day as they come, engine/study/frame-sink.ts). Such a run keeps no
   * log: its result cannot answer `stateAt` or `contactAt`, nor give `log` or `finalContacts`
   * (each throws): each contact's history is given back to the pool once the contact has run.
   */
  readonly rows?: (run: RowRun) => RowSink;
  /**
   * The start population already loaded for runs of this project with these contacts and these
   * options but the seed (loaded.ts#loadPopulation): a study loads it once, each replication
   * starts from a copy instead of loading every contact again. Same results.
   */
  readonly loaded?: LoadedPopulation;
  /**
   * Called as each contact's run ends, before anything of it is given back (a counts-only run frees
   * its history then): what a caller needs of every contact as it ends, without keeping them all
   * (the CLI's split run counts why contacts were not enrolled: engine/cli/commands/not-enrolled.ts).
   */
  readonly contactEnd?: (end: ContactEnd) => void;
}

/** A contact whose run has just ended (option `contactEnd`). */
export interface ContactEnd {
  /** The contact's index in the run (`contactIds`): the contacts given first, then the arrivals. */
  readonly index: number;
  /** The ids of the run's workflows, in the order of the result's (`workflows`): a new array at each read. */
  readonly workflows: readonly WorkflowId[];
  /** The instant the run ends (its last minute), at which `finalContacts` are read. */
  readonly endMs: number;
  /** Whether the contact was enrolled in workflow w (an index of the result's workflows) during the run. */
  enrolled(w: number): boolean;
  /** The contact as it stands at the end of the run, as `finalContacts` gives it. */
  contact(): Contact;
}

/**
 * What a contact of a loaded population shows at minute 0, before anything of its run: whether
 * each workflow's triggers match (`matched[k * W + w]`, 1 or 0) and the first minute a filter
 * watched for time may flip (`flip[k]`, as rechecks.ts asks). Enrolling at minute 0 changes
 * nothing either reads.
 */
export interface LoadedEntry {
  readonly matched: Uint8Array;
  readonly flip: Int32Array;
}

/** A start population loaded once for many runs (loaded.ts). */
export interface LoadedPopulation {
  readonly project: Project;
  readonly input: ContactInput;
  /** The options it was loaded for: a run using it must have the same, but for the seed, rows and progress. */
  readonly options: SimulationOptions;
  /** Every contact of the start population as loaded, none run. */
  readonly store: ContactStore;
  /** Whether `store.baseline` holds each contact's score baseline (a lazy score's: read off the contact alone at minute 0). */
  readonly baselines: boolean;
  /** Each contact's first look at minute 0, read off the contact alone (run/population.ts#enterPopulation). */
  readonly entry: LoadedEntry;
  /**
   * The most history events a run from it has held: the next copy is made that large at once
   * rather than grown by half again and again. A size, no result depends on it.
   */
  readonly reserve: { nodes: number };
}

/**
 * A writer of the run's rows (state/log.ts says what each holds): `day` is the day of the rows
 * being added (set by the run as its clock moves, capped at the last day of the horizon).
 */
export interface RowSink {
  day: number;
  add(time: number, contact: number, enrollment: number, step: number, kind: number, detail: number, extra: number): void;
}

/** What a row sink may read of its run as the rows come. */
export interface RowRun {
  /** Days of the horizon: `day` stays below. */
  readonly days: number;
  /** The workflow of an enrollment already made (any enrollment a row names). */
  workflowOf(enrollment: number): number;
}

/**
 * Contacts handed over one at a time: the run reads each once, in index order, and keeps
 * only its own columnar copy, so a caller can generate a million contacts on the fly.
 */
export interface ContactSource {
  readonly count: number;
  contact(index: number): Contact;
}

export type ContactInput = readonly Contact[] | ContactSource;

export interface StepStats {
  readonly workflow: WorkflowId;
  readonly step: string;
  readonly entered: number;
  readonly exited: number;
  /** Still at the step when the run stopped. */
  readonly waiting: number;
}

export interface EdgeStats {
  readonly workflow: WorkflowId;
  /** Step id, or `__enrollment__`. */
  readonly from: string;
  readonly slot: string;
  /** Step id, or null for the end of a path. */
  readonly to: string | null;
  readonly label: string;
  readonly count: number;
}

export interface WorkflowStats {
  readonly id: WorkflowId;
  readonly name: string;
  readonly enrolled: number;
  /** Enrollments by end state; `in-progress` are those still running at the horizon. */
  readonly ended: Readonly<Record<EndState, number>>;
  /** Completed at each end step (step id -> count). */
  readonly completedAt: Readonly<Record<string, number>>;
  /** Completed on a path that added the contact to no static list. */
  readonly lost: number;
  /** Goal conversions over the enrollments that were sent an email by this workflow. */
  readonly sentSome: number;
}

export interface Totals {
  enrolled: number;
  emailsSent: number;
  skippedSends: number;
  delivered: number;
  bounced: number;
  opened: number;
  clicked: number;
  unsubscribed: number;
  /** Downloads or form submissions that followed an email click. */
  conversions: number;
  spontaneousForms: number;
  visits: number;
  arrivals: number;
  goalsMet: number;
  lost: number;
  ignoredLifecycle: number;
  events: number;
}

export interface DailySeries {
  readonly days: number;
  /** `[day * stepCount + step]`: contacts at each step at the end of each day. */
  readonly stepWaiting: Int32Array;
  /** Lifecycle stage (index in LIFECYCLE_STAGES, then "unknown" last) -> one value a day. */
  readonly lifecycle: readonly Int32Array[];
  /** Per list of the project (project.lists order) -> one value a day. */
  readonly lists: readonly Int32Array[];
}

export interface EnrollmentTable {
  readonly count: number;
  readonly contact: Int32Array;
  readonly workflow: Int32Array;
  readonly enrolledAt: Int32Array;
  /** -1 while in progress. */
  readonly endedAt: Int32Array;
  /** Index in END_STATES. */
  readonly endState: Int8Array;
  /** Global step index where it ended (or stands), -1 for none. */
  readonly endStep: Int32Array;
  readonly lost: Uint8Array;
}

export interface StateAt {
  readonly minute: number;
  /** Contacts at each step (global step index, as in result.steps). */
  readonly waiting: Int32Array;
  readonly entered: Int32Array;
  /** Traversals so far per edge (global edge index, as in result.edges). */
  readonly edges: Int32Array;
  readonly workflows: readonly { readonly enrolled: number; readonly ended: Readonly<Record<EndState, number>>; readonly lost: number }[];
  readonly totals: { readonly sent: number; readonly opened: number; readonly clicked: number; readonly unsubscribed: number; readonly bounced: number; readonly submitted: number };
  /** Members per static list, exact at the minute (every change at or before it counted). */
  readonly lists: Readonly<Record<string, number>>;
  /** Contacts per lifecycle stage, per day only: from the last midnight snapshot at or before the minute. */
  readonly lifecycle: Readonly<Record<string, number>>;
}

export interface PathPoint {
  readonly step: string;
  readonly at: number;
}

export interface Decision {
  readonly step: string;
  readonly at: number;
  /** Name of the branch taken. */
  readonly branch: string;
  readonly reasons: readonly Localized[];
}

export interface ContactEnrollmentAt {
  readonly workflow: WorkflowId;
  readonly enrolledAt: number;
  readonly how: EnrollHow;
  /** Where it stands at t: a step id, or null when it has left. */
  readonly step: string | null;
  readonly endState: EndState | null;
  readonly endedAt: number | null;
  /** Ended by a loop across workflows: the chain of workflows (absent otherwise). */
  readonly loop?: readonly WorkflowId[];
  readonly path: readonly PathPoint[];
  readonly decisions: readonly Decision[];
  readonly skipped: readonly { readonly step: string; readonly at: number; readonly reason: SkipReason }[];
}

export interface ContactAt {
  readonly id: string;
  readonly minute: number;
  readonly enrollments: readonly ContactEnrollmentAt[];
  /** Email reactions and submissions so far. */
  readonly activity: readonly { readonly kind: string; readonly at: number; readonly step: string | null }[];
}

/** A loop across workflows cut by the run (END state `workflow-loop`), and the contacts it concerned. */
export interface WorkflowLoop {
  /** The workflows in the order they enrolled one another, the first repeated last: A -> B -> A. */
  readonly chain: readonly WorkflowId[];
  /** Distinct contacts unenrolled by this loop. */
  readonly contacts: number;
  /** Times it was cut (a contact can go round it again at a later instant). */
  readonly cuts: number;
}

export interface SimulationResult {
  readonly startDate: string;
  readonly timeZone: string;
  /** Epoch ms of minute 0. */
  readonly startMs: number;
  readonly horizonDays: number;
  /** The last minute simulated. */
  readonly lastMinute: number;
  readonly seed: number;
  /** The arrivals the run had (its options', else the project's): what a report says of new contacts. */
  readonly arrivals: Arrivals;
  readonly workflows: readonly WorkflowStats[];
  /** Global step index -> stats. */
  readonly steps: readonly StepStats[];
  readonly edges: readonly EdgeStats[];
  readonly enrollments: EnrollmentTable;
  readonly log: EventLog;
  readonly totals: Readonly<Totals>;
  readonly series: DailySeries;
  /** Contact ids by index (arrivals after the input contacts). */
  readonly contactIds: readonly string[];
  /** The contacts as they stand at the end (lists, lifecycle stage, score...). */
  readonly finalContacts: readonly Contact[];
  /** Members per static list and contacts per lifecycle stage at the end. */
  readonly listCounts: Readonly<Record<string, number>>;
  readonly lifecycleCounts: Readonly<Record<string, number>>;
  /** Loops across workflows cut by the run (empty when none). */
  readonly workflowLoops: readonly WorkflowLoop[];
  minuteToMs(minute: number): number;
  /** The persona the run gave contact `index` (its own, else drawn from the mix); null when the project has none. */
  personaOf(index: number): PersonaId | null;
  stateAt(minute: number): StateAt;
  contactAt(id: string, minute: number): ContactAt | null;
}
