import type { Project, Step } from '../model/index.ts';
import { END_STATES, ENROLL_HOWS, LOG_KINDS as K, type SimulationResult } from '../sim/index.ts';
import { READ_PLACES, type ProgrammeEdge, type ProgrammeMap, type ReadPlace, type Write } from './types.ts';
import { stepWrites } from './writes.ts';

/** The end state kept in an ended row's detail (the lost flag sits above it, see sim/state/log.ts). */
const END_STATE_BITS = 15;
const ON_CHANGE = ENROLL_HOWS.indexOf('on-change');
const AT_MIDNIGHT = ENROLL_HOWS.indexOf('at-midnight');
const BY_WORKFLOW = ENROLL_HOWS.indexOf('by-workflow');
const GOAL = END_STATES.indexOf('goal');
const SUPPRESSED = END_STATES.indexOf('suppressed');
const PLACE: Readonly<Record<ReadPlace, number>> = Object.fromEntries(READ_PLACES.map((p, k) => [p, k])) as Record<ReadPlace, number>;
const PLACES = READ_PLACES.length;
/** The row kinds the counter reads (most rows of a run are none of them). */
const READS = new Uint8Array(256);
for (const kind of [K.action, K.sent, K.ignored, K.enrolled, K.ended, K.branch, K.at]) READS[kind] = 1;

/** What the counter reads of the run: any run of the project with the same options has it. */
export type ProgrammeRunShape = Pick<SimulationResult, 'steps' | 'edges' | 'workflows'>;

interface LastWrite {
  readonly workflow: string;
  readonly tag: string;
}

/**
 * What a `ProgrammeCounter` reads of the project and its run, plain data (a study's layout carries
 * it to the workers): per global step of the run, what it writes, its workflow and id; the run's
 * workflows; per run edge, whether it is a wait's "met" branch and the step it leaves.
 */
export interface ProgrammeTables {
  readonly map: ProgrammeMap;
  readonly writesAt: readonly (readonly Write[])[];
  readonly stepWorkflow: readonly string[];
  readonly stepId: readonly string[];
  readonly runWorkflow: readonly string[];
  readonly waitMet: readonly boolean[];
  readonly edgeFrom: readonly string[];
}

export function programmeTables(project: Project, map: ProgrammeMap, shape: ProgrammeRunShape): ProgrammeTables {
  const steps = new Map<string, Step>(project.workflows.flatMap((w) => w.steps.map((s) => [`${w.id}/${s.id}`, s] as const)));
  return {
    map,
    writesAt: shape.steps.map((s) => {
      const step = steps.get(`${s.workflow}/${s.step}`);
      return step ? stepWrites(step) : [];
    }),
    stepWorkflow: shape.steps.map((s) => s.workflow as string),
    stepId: shape.steps.map((s) => s.step),
    runWorkflow: shape.workflows.map((w) => w.id as string),
    waitMet: shape.edges.map((e) => e.slot === 'met'),
    edgeFrom: shape.edges.map((e) => e.from),
  };
}

/**
 * How many distinct contacts went along each edge of the map, counted from a run's rows:
 * - `enroll`: contacts the edge's steps enrolled in the target (its enrollment row follows the
 *   step's action at the same minute);
 * - `trigger`: contacts enrolled in the target by its triggers (on a change or at a midnight
 *   re-check) while the last write of the item on the contact was made by a step of the source
 *   (for a stage, setting that very stage; for a list, adding or removing as the edge says);
 * - `goal`: contacts who met the target's goal, `suppression`: contacts unenrolled from it by
 *   its suppression list, `branch`: contacts through the reading branch, `wait`: contacts whose
 *   wait was met at the reading step; each with the same last-write condition.
 * An enrollment whose triggers read several items can count for several edges.
 * Workflows left out of the run count nothing.
 *
 * Every piece of state belongs to one contact, so the rows must come contact by contact, each
 * contact's in time order: as a run writes them (the simulator runs its contacts one at a time;
 * engine/study counts a replication so, no log kept), or a finished log grouped by contact
 * (`programmeCounts`). `onCredit(edge)` is called once per contact and edge (edge: its index in
 * the map), at the row that credits it.
 */
export class ProgrammeCounter {
  private readonly edges: readonly ProgrammeEdge[];
  private readonly stepId: readonly string[];
  /** Per step, its workflow: index in the run, and id. */
  private readonly stepWorkflow: Int32Array;
  private readonly stepWorkflowIds: readonly string[];
  private readonly waitMet: readonly boolean[];
  private readonly edgeFrom: readonly string[];
  /** Per step, what its action writes: the item's last write it leaves, or the step that enrolls. */
  private readonly writes: readonly (readonly { readonly key: string | null; readonly last: LastWrite | null; readonly enrolls: string | null }[])[];
  /** Edge indices by target (run workflow index) and place: `targets[w * PLACES + place]`. */
  private readonly targets: (number[] | undefined)[];
  // The contact whose rows are coming, and what it holds so far.
  private contact = -1;
  private readonly last = new Map<string, LastWrite>();
  /** The last write made (a refused stage takes it back): its key and what the key held before. */
  private undoKey: string | null = null;
  private undoBefore: LastWrite | undefined = undefined;
  /** An enroll step's action, waiting for its enrollment row at the same minute. */
  private pendingWorkflow = '';
  private pendingStep = '';
  private pendingTarget = -1;
  private pendingMinute = -1;
  /** Edges credited to the contact: `credited[edge] === stamp` (the stamp changes with the contact). */
  private readonly credited: Int32Array;
  private stamp = 0;

  constructor(
    tables: ProgrammeTables,
    private readonly workflowOf: (enrollment: number) => number,
    private readonly onCredit: (edge: number) => void,
  ) {
    this.edges = tables.map.edges;
    this.stepId = tables.stepId;
    this.waitMet = tables.waitMet;
    this.edgeFrom = tables.edgeFrom;
    const index = new Map(tables.runWorkflow.map((id, w) => [id, w]));
    this.stepWorkflowIds = tables.stepWorkflow;
    this.stepWorkflow = Int32Array.from(tables.stepWorkflow, (id) => index.get(id)!);
    // A write of an item no edge reads is not kept (most emails sent): it can credit nothing.
    const read = new Set(this.edges.map((e) => e.writeKey));
    this.writes = tables.writesAt.map((writes, s) =>
      writes.map((w) => ({
        key: read.has(w.key) ? w.key : null,
        last: w.kind === 'enroll' ? null : { workflow: tables.stepWorkflow[s]!, tag: w.tag },
        enrolls: w.kind === 'enroll' ? w.step : null,
      })),
    );
    this.targets = new Array<number[] | undefined>(tables.runWorkflow.length * PLACES);
    this.edges.forEach((edge, k) => {
      const w = index.get(edge.to);
      // Workflows left out of the run count nothing.
      if (w === undefined) return;
      (this.targets[w * PLACES + PLACE[edge.place]] ??= []).push(k);
    });
    this.credited = new Int32Array(this.edges.length);
  }

  /** One row of the run (the `RowSink` columns). */
  add(time: number, contact: number, enrollment: number, step: number, kind: number, detail: number, extra: number): void {
    if (READS[kind] === 0) return;
    if (contact !== this.contact) this.startContact(contact);
    if (kind === K.action || kind === K.sent) {
      for (const w of this.writes[step] ?? []) {
        if (w.last === null) {
          this.pendingWorkflow = this.stepWorkflowIds[step]!;
          this.pendingStep = w.enrolls!;
          this.pendingTarget = detail;
          this.pendingMinute = time;
          continue;
        }
        // Undoing a write of an item no edge reads changes nothing counted.
        this.undoKey = w.key;
        if (w.key === null) continue;
        this.undoBefore = this.last.get(w.key);
        this.last.set(w.key, w.last);
      }
    } else if (kind === K.ignored) {
      // A backward lifecycle stage the run refused: the stage was not written after all.
      const key = this.undoKey;
      if (key !== null) {
        if (this.undoBefore) this.last.set(key, this.undoBefore);
        else this.last.delete(key);
      }
    } else if (kind === K.enrolled) {
      const w = this.workflowOf(enrollment);
      if (detail === ON_CHANGE || detail === AT_MIDNIGHT) this.credit(w, PLACE.trigger, null);
      if (detail === BY_WORKFLOW && this.pendingTarget === w && this.pendingMinute === time) {
        for (const k of this.targets[w * PLACES + PLACE.enroll] ?? []) {
          const edge = this.edges[k]!;
          if (edge.from === this.pendingWorkflow && edge.fromSteps.includes(this.pendingStep as never)) this.give(k);
        }
      }
    } else if (kind === K.ended) {
      const state = detail & END_STATE_BITS;
      const w = this.workflowOf(enrollment);
      if (state === GOAL) this.credit(w, PLACE.goal, null);
      if (state === SUPPRESSED) this.credit(w, PLACE.suppression, null);
      if (extra >= 0 && this.waitMet[extra]) this.credit(w, PLACE.wait, this.edgeFrom[extra]!);
    } else if (kind === K.branch) {
      this.credit(this.stepWorkflow[step]!, PLACE.branch, this.stepId[step]!);
    } else if (kind === K.at) {
      if (this.waitMet[detail]) this.credit(this.stepWorkflow[step]!, PLACE.wait, this.edgeFrom[detail]!);
    }
  }

  private startContact(contact: number): void {
    this.contact = contact;
    this.stamp++;
    // Map#clear allocates a new table: most contacts wrote nothing a link reads.
    if (this.last.size > 0) this.last.clear();
    this.undoKey = null;
    this.pendingTarget = -1;
  }

  /** Credits the contact to the edges into run workflow `to` read at `place` (at `step` when given) whose item it last got from their source. */
  private credit(to: number, place: number, step: string | null): void {
    const edges = this.targets[to * PLACES + place];
    if (!edges) return;
    for (const k of edges) {
      const edge = this.edges[k]!;
      if (step !== null && !edge.toSteps.includes(step as never)) continue;
      const w = this.last.get(edge.writeKey);
      if (w && w.workflow === edge.from && (edge.writeTag === '' || edge.writeTag === w.tag)) this.give(k);
    }
  }

  private give(edge: number): void {
    if (this.credited[edge] === this.stamp) return;
    this.credited[edge] = this.stamp;
    this.onCredit(edge);
  }
}

/**
 * The rows of a finished log, contact by contact, each contact's in log (time) order: a counting
 * sort on the contact, stable. What `ProgrammeCounter` needs of a log whose contacts interleave.
 */
export function rowsByContact(log: SimulationResult['log']): Int32Array {
  let contacts = 0;
  for (let r = 0; r < log.length; r++) contacts = Math.max(contacts, log.contact(r) + 1);
  const start = new Int32Array(contacts + 1);
  for (let r = 0; r < log.length; r++) start[log.contact(r) + 1]!++;
  for (let c = 0; c < contacts; c++) start[c + 1]! += start[c]!;
  const order = new Int32Array(log.length);
  for (let r = 0; r < log.length; r++) order[start[log.contact(r)]!++] = r;
  return order;
}
