import { LIFECYCLE_STAGES, type Contact, type Project, type SimulationSettings } from '../model/index.ts';
import { schedulePropertyChanges } from './run/properties-from.ts';
import { clockFor, type Clock } from './state/clock.ts';
import { compileProject, DEP, type Compiled, type CompiledStep } from './compile/compile.ts';
import { HOW, Q, readOptions, type ReadOptions, type RunContext } from './context.ts';
import { compileRunTests, type ContactTest } from './compile/compiled-criteria.ts';
import type { PropertyColumn } from './state/columns.ts';
import { ContactStore, NO_FLIP } from './state/contacts.ts';
import { Enrollments } from './state/enrollments.ts';
import { EventLog } from './state/log.ts';
import { ListJournal } from './state/list-journal.ts';
import { ContactQueue } from './state/contact-queue.ts';
import { DayCounts } from './state/day-counts.ts';
import { hashSeed, type Streams } from './state/rng.ts';
import { dispatch } from './run/dispatch.ts';
import { choosePersona } from './run/behaviour.ts';
import { arrivalMinutes, enterPopulation, runArrival } from './run/population.ts';
import { nextFlip, resolveWatches, type FlipCriteria } from './compile/flip.ts';
import { ScoreRules } from './run/score.ts';
import { tightRechecks } from './run/rechecks.ts';
import { SiteVisits } from './run/visits.ts';
import { contactEnd } from './run/contact-end.ts';
import { assertLoadedFor } from './loaded-check.ts';
import { runSettings } from './compile/settings.ts';
import type { ContactSource, SimulationOptions, Totals, ContactInput, LoadedEntry, LoadedPopulation, RowSink } from './types.ts';

/**
 * Steps one contact may run in one instant, per step and workflow of the run: far beyond any
 * chain without a loop (each step once per workflow entered), a bound on a run's work whatever the project.
 */
const INSTANT_BUDGET_PER_STEP = 10;

/** What a run reads of the steps, in one version of an edited workflow (run/workflow-from.ts). */
interface Phase {
  readonly steps: readonly CompiledStep[];
  readonly branchTests: readonly (ContactTest[][][] | null)[];
  readonly waitTest: readonly (ContactTest | null)[];
  readonly start: readonly [number, number];
}


/**
 * One run: the population, the enrollments, the pending events and the counters. Contacts never
 * act on one another, so the run takes them one at a time (the start population in order, then
 * the arrivals), each from its first event to the horizon with its own small queue: its state
 * stays in the cache, and nothing orders one contact's events against another's. Whatever the
 * order, each contact lives exactly the same run. What is global is put back in time order at the
 * end: the log and the list journal are sorted by minute, and the daily series are summed from
 * per-day changes. Processing is split in `advance(n)` chunks so a Web Worker can report progress
 * and stop between them.
 */
export class Sim implements RunContext {
  readonly settings: SimulationSettings;
  readonly clock: Clock;
  readonly compiled: Compiled;
  readonly store: ContactStore;
  readonly enr: Enrollments;
  /** Where the rows go: `eventLog`, or the caller's sink (options.rows: counts only, no log kept). */
  readonly log: RowSink;
  readonly eventLog: EventLog | null;
  /** List membership changes after the start population (arrivals, list steps): exact list counts at any minute. */
  readonly listJournal = new ListJournal();
  /** The contact being run and its pending events. */
  readonly queue: ContactQueue;
  current = -1;
  private readonly source: ContactSource;
  readonly read: ReadOptions;
  /** The start population already loaded (options.loaded): each contact of it is run from the store's copy. */
  private readonly loaded: LoadedPopulation | null;

  /** What each contact of a loaded start population shows at minute 0, null when the run loads its contacts itself. */
  get loadedEntry(): LoadedEntry | null {
    return this.loaded?.entry ?? null;
  }
  private nextSource = 0;
  /** The first enrollment of the contact being run: it makes every one from there on. */
  private contactStart = 0;
  /** The minutes new contacts arrive at (their own random stream), and how many have been run. */
  private readonly arrivals: Float64Array;
  private nextArrival = 0;
  readonly streams: Streams;
  readonly visits: SiteVisits;
  readonly lastMinute: number;
  readonly days: number;
  readonly W: number;
  now = 0;
  /** Epoch ms of `now`, kept beside it. */
  nowMs: number;
  /** The enrollment whose steps are being run, -1 between them: the origin of enrollments its actions make. */
  running = -1;
  /**
   * Per step, the enrollment that last ran it and the minute: a step coming round again for the
   * same enrollment in the same instant is a loop (run-steps.ts).
   */
  readonly stepSeenBy: Int32Array;
  readonly stepSeenAt: Int32Array;
  /** Steps run by the current contact in the current instant, and the most allowed (a backstop: run-steps.ts). */
  instantSteps = 0;
  readonly instantBudget: number;
  /** Loops across workflows that were cut, as workflow chains ("A -> B -> A"), each once, with the contacts concerned. */
  readonly workflowLoops: { readonly chain: readonly number[]; contacts: number; cuts: number; lastContact: number }[] = [];
  private readonly loopKeys = new Map<string, number>();
  /** The day of `now` while running; once done, the number of midnight snapshots in the series. */
  day = 0;
  done = false;
  readonly waiting: Int32Array;
  readonly entered: Int32Array;
  readonly edgeCount: Int32Array;
  readonly listCount: Int32Array;
  readonly stageCount: Int32Array;
  readonly stepSeries: Int32Array;
  /** Contacts per step, lifecycle stage (rank + 1) and list, with their daily series (`waiting`... are their `now`). */
  private readonly stepCounts: DayCounts;
  private readonly stageCounts: DayCounts;
  private readonly listCounts: DayCounts;
  /** Lists and stages of the start population, as given. */
  readonly initialLists: Int32Array;
  readonly initialStages: Int32Array;
  readonly stageSeries: Int32Array;
  readonly listSeries: Int32Array;
  readonly totals: Totals = {
    enrolled: 0, emailsSent: 0, skippedSends: 0, delivered: 0, bounced: 0, opened: 0, clicked: 0, unsubscribed: 0,
    conversions: 0, spontaneousForms: 0, visits: 0, arrivals: 0, goalsMet: 0, lost: 0, ignoredLifecycle: 0, events: 0,
  };
  /** Criteria that can flip with time alone, and what change can move their next flip. */
  timed: FlipCriteria[] = [];
  readonly timedDeps: number;
  readonly activityBit: number;
  readonly activityColumn: PropertyColumn;
  /** Compiled criteria per workflow (triggers, goal), per score rule, and per step (branches, waits). */
  readonly triggerTest: ContactTest[];
  readonly goalTest: (ContactTest | null)[];
  readonly score: ScoreRules;
  steps: readonly CompiledStep[];
  branchTests: readonly (ContactTest[][][] | null)[];
  waitTest: readonly (ContactTest | null)[];
  readonly starts: Int32Array;
  /** A workflow edited during the run: both versions' tables, and whether the contact's clock is past the edit. */
  private readonly edit: { readonly minute: number; readonly before: Phase; readonly after: Phase } | null;
  private edited = false;
  /** Per workflow, the changes it reacts to and whether a step waits on criteria (see Compiled). */
  readonly care: Int32Array;
  readonly waitsOnCriteria: Uint8Array;
  readonly waitedEvents: number;

  constructor(readonly project: Project, input: ContactInput, readonly options: SimulationOptions = {}) {
    const source = 'length' in input ? { count: input.length, contact: (k: number) => input[k]! } : input;
    this.source = source;
    this.read = readOptions(options);
    this.settings = runSettings(project.simulation, options);
    this.clock = clockFor(this.settings.startDate, this.settings.timeZone);
    this.nowMs = this.clock.startMs;
    this.clock.prepare(Math.max(0, Math.floor(this.settings.horizonDays)) + 1);
    const origin = this.clock.startMs;
    this.compiled = compileProject(project, options.workflows, (tz) => clockFor(this.settings.startDate, tz, origin), options.lazyScore !== false, options.workflowFrom);
    this.days = Math.max(0, Math.floor(this.settings.horizonDays));
    this.eventLog = options.rows ? null : new EventLog();
    this.log = options.rows ? options.rows({ days: this.days, workflowOf: (e) => this.enr.workflow[e]! }) : this.eventLog!;
    const horizonEnd = this.clock.midnight(this.days) - 1;
    this.lastMinute = Math.max(0, Math.min(horizonEnd, options.stopAtMinute ?? horizonEnd));
    this.queue = new ContactQueue(this.lastMinute);
    this.arrivals = arrivalMinutes(this.settings, this.lastMinute);
    this.W = this.compiled.workflows.length;
    const expected = source.count + this.arrivals.length;
    // About one enrollment per contact, as the templates make: room grows by half beyond.
    this.enr = new Enrollments(expected * 1.25);
    const loaded = options.loaded ?? null;
    if (loaded) assertLoadedFor(loaded, project, input, options);
    this.loaded = loaded;
    this.store = loaded ? loaded.store.copy(loaded.reserve.nodes) : new ContactStore(expected, this.W, this.compiled.retention, this.compiled.pageFilters, this.clock.startMs);
    const store = this.store;
    // Before any criteria is compiled: a lazy score is read through the store (score.ts).
    this.score = new ScoreRules(this.compiled, store, this.lastMinute);
    const tests = compileRunTests(this.compiled, store);
    ({ triggerTest: this.triggerTest, goalTest: this.goalTest, branchTests: this.branchTests, waitTest: this.waitTest } = tests);
    this.steps = this.compiled.steps;
    this.starts = Int32Array.from(this.compiled.workflows.flatMap((cw) => [cw.enrollEdge, cw.startStep]));
    const ed = this.compiled.edited;
    this.edit =
      ed && tests.edited
        ? {
            minute: ed.minute,
            before: { steps: this.steps, branchTests: this.branchTests, waitTest: this.waitTest, start: [this.starts[2 * ed.workflow]!, this.starts[2 * ed.workflow + 1]!] },
            after: { steps: ed.steps, ...tests.edited, start: [ed.enrollEdge, ed.startStep] },
          }
        : null;
    ({ care: this.care, waitsOnCriteria: this.waitsOnCriteria, waitedEvents: this.waitedEvents } = this.compiled);
    this.activityColumn = store.column('lastactivitydate');
    this.streams = store.streams;
    const S = this.compiled.steps.length;
    this.stepCounts = new DayCounts(S, this.days);
    this.stageCounts = new DayCounts(LIFECYCLE_STAGES.length + 1, this.days);
    this.listCounts = new DayCounts(this.compiled.lists.length, this.days);
    ({ now: this.waiting, series: this.stepSeries } = this.stepCounts);
    ({ now: this.stageCount, series: this.stageSeries } = this.stageCounts);
    ({ now: this.listCount, series: this.listSeries } = this.listCounts);
    this.entered = new Int32Array(S);
    this.stepSeenBy = new Int32Array(S).fill(-1);
    this.stepSeenAt = new Int32Array(S);
    this.instantBudget = INSTANT_BUDGET_PER_STEP * (S + this.W);
    this.edgeCount = new Int32Array(this.compiled.edges.length);
    this.initialLists = new Int32Array(this.listCount.length);
    this.initialStages = new Int32Array(this.stageCount.length);
    // A lazy score needs no re-check of its own: criteria reading it watch the rules' windows.
    const rules = this.compiled.lazyScore ? [] : this.compiled.scoreRules;
    const all = [...this.compiled.workflows.flatMap((w) => (w.goal ? [w.triggers, w.goal] : [w.triggers])), ...rules];
    const timed = all.filter((c) => c.watches.length > 0);
    const tight = tightRechecks(this.compiled, options);
    this.timed = resolveWatches(timed, this.store, tight, { ...this.compiled, score: this.score });
    this.timedDeps = timed.reduce((m, c) => m | (c.deps & ~DEP.time), 0);
    this.activityBit = this.compiled.propertyBit('lastactivitydate');
    this.visits = new SiteVisits(this, tight);
  }

  /**
   * Loads every contact of the start population, none run (loaded.ts): each with its score
   * baseline when the score is read lazily, its triggers' verdicts and its first possible flip at
   * minute 0 (each a function of the contact alone then).
   */
  preload(): LoadedEntry {
    const n = this.source.count;
    const matched = new Uint8Array(n * this.W);
    const flip = new Int32Array(n).fill(NO_FLIP);
    for (let k = 0; k < n; k++) {
      const i = this.store.add(this.source.contact(k));
      this.current = i;
      if (this.score.lazy) this.score.init(i, 0);
      for (let w = 0; w < this.W; w++) matched[k * this.W + w] = this.triggerTest[w]!(i, 0) ? 1 : 0;
      if (this.timed.length > 0) flip[k] = nextFlip(this.timed, this.store, i, 0);
    }
    this.current = -1;
    return { matched, flip };
  }

  /**
   * Adds a contact of the start population (`arriving` false) or an arrival, at `now`; `at`: the
   * start population's contact already in the store (a loaded population), -1 to load it.
   */
  addContact(contact: Contact, arriving: boolean, at = -1): number {
    const i = at >= 0 ? this.store.runLoaded(at) : this.store.add(contact);
    this.current = i;
    this.streams.seed(i, hashSeed(this.settings.seed, contact.id));
    this.store.setPersona(i, choosePersona(this, i, contact));
    const stage = this.store.stage[i]! + 1;
    this.countStage(stage, 1);
    if (!arriving) this.initialStages[stage]!++;
    for (const l of contact.lists) {
      const li = this.compiled.listIndex.get(l);
      if (li === undefined) continue;
      this.countList(li, 1);
      if (arriving) this.listJournal.add(this.now, li, true);
      else this.initialLists[li]!++;
    }
    if (at < 0 || !this.loaded!.baselines) this.score.init(i, this.now);
    schedulePropertyChanges(this, i, contact.id);
    return i;
  }

  /**
   * The index of a loop across workflows (workflow indices, first and last the same), added on
   * first sight; counts contact `i` among those it concerns.
   */
  loopChain(chain: readonly number[], i: number): number {
    const key = chain.join(',');
    let k = this.loopKeys.get(key);
    if (k === undefined) {
      k = this.workflowLoops.push({ chain, contacts: 0, cuts: 0, lastContact: -1 }) - 1;
      this.loopKeys.set(key, k);
    }
    const loop = this.workflowLoops[k]!;
    loop.cuts++;
    // Contacts are run one after another: a contact already counted is the last one.
    if (loop.lastContact !== i) {
      loop.contacts++;
      loop.lastContact = i;
    }
    return k;
  }

  /** Counts of contacts per step, stage (rank + 1) and list, kept with their change on the current day. */
  countStep(s: number, by: number): void {
    this.stepCounts.add(this.day, s, by);
  }

  countStage(stage: number, by: number): void {
    this.stageCounts.add(this.day, stage, by);
  }

  countList(li: number, by: number): void {
    this.listCounts.add(this.day, li, by);
  }

  /** Queues an event of the contact being run (`i`). */
  schedule(time: number, kind: number, i: number, a: number, b: number): void {
    if (i !== this.current) throw new Error(`Event of contact ${i} queued while contact ${this.current} runs`);
    this.queue.push(time, kind, a, b);
  }

  /** Queues the contact's midnight re-check: first in its minute. */
  scheduleRecheck(minute: number): void {
    this.queue.push(minute, Q.check, 0, minute, true);
  }

  /** Runs contacts, whole, until `maxEvents` events are done in this call or none is left. */
  advance(maxEvents: number): boolean {
    if (this.done) return true;
    const budget = this.totals.events + maxEvents;
    while (this.totals.events < budget) {
      this.contactStart = this.enr.count;
      if (this.nextSource < this.source.count) {
        this.at(0);
        const k = this.nextSource++;
        const i = this.addContact(this.source.contact(k), false, this.loaded ? k : -1);
        enterPopulation(this, i, HOW.atStart, true, this.loaded ? k : -1);
      } else if (this.nextArrival < this.arrivals.length) {
        const k = this.nextArrival++;
        this.at(this.arrivals[k]!);
        this.totals.events++;
        runArrival(this, k);
      } else {
        this.finish();
        this.read.onProgress?.(1);
        return true;
      }
      this.drain();
    }
    this.read.onProgress?.(this.progress());
    return false;
  }

  /** Starts a contact at `minute`, nothing queued. */
  private at(minute: number): void {
    this.queue.reset(minute);
    this.now = -1;
    this.tick(minute);
  }

  /** Moves the clock of the contact being run forward to `minute` (no event of it is queued before). */
  tick(minute: number): void {
    if (minute === this.now) return;
    this.now = this.queue.now = minute;
    this.instantSteps = 0;
    this.nowMs = this.clock.toMs(minute);
    this.day = this.log.day = Math.min(this.clock.dayOf(minute), Math.max(0, this.days - 1));
    if (this.edit !== null && minute >= this.edit.minute !== this.edited) this.switchTo(minute >= this.edit.minute);
  }

  /** The tables of the edited workflow's version in force: the original's before the edit, the edited one's from it. */
  private switchTo(edited: boolean): void {
    const edit = this.edit!;
    const phase = edited ? edit.after : edit.before;
    this.edited = edited;
    this.steps = phase.steps;
    this.branchTests = phase.branchTests;
    this.waitTest = phase.waitTest;
    const w = this.compiled.edited!.workflow;
    this.starts[2 * w] = phase.start[0];
    this.starts[2 * w + 1] = phase.start[1];
  }

  /** Runs the current contact's events to the horizon. */
  private drain(): void {
    const queue = this.queue;
    const i = this.current;
    while (queue.pop()) {
      this.tick(queue.minute);
      this.totals.events++;
      dispatch(this, queue.kind, i, queue.a, queue.b);
    }
    if (this.read.contactEnd) this.read.contactEnd(contactEnd(this, i, this.contactStart));
    // Counts only: nothing reads a contact's history once it has run (the result has no contactAt
    // nor finalContacts then), so its nodes go back to the pool for the next contact.
    if (this.eventLog === null) this.store.history.release(i);
  }

  /** Puts the global results in time order: log, list journal, daily series. */
  private finish(): void {
    this.done = true;
    if (this.loaded) this.loaded.reserve.nodes = Math.max(this.loaded.reserve.nodes, this.store.history.nodes);
    this.current = -1;
    this.eventLog?.finish();
    // Only time travel reads the journal, and a run without its log offers none (replay/result.ts).
    if (this.eventLog) this.listJournal.sortByTime(this.lastMinute);
    let days = 0;
    while (days < this.days && this.clock.midnight(days + 1) <= this.lastMinute + 1) days++;
    this.stepCounts.finish(days);
    this.stageCounts.finish(days);
    this.listCounts.finish(days);
    this.day = days;
  }

  /** Share of the contacts run. */
  progress(): number {
    if (this.done) return 1;
    const total = this.source.count + this.arrivals.length;
    return total === 0 ? 0 : (this.nextSource + this.nextArrival) / total;
  }
}
