import { LIFECYCLE_STAGES, type Contact, type WorkflowId } from '../../model/index.ts';
import { ENROLLMENT } from '../../model/index.ts';
import { END, END_STATES, type EndState, type EventLog } from '../state/log.ts';
import { E_LISTED, E_SENT } from '../state/enrollments.ts';
import type { Sim } from '../sim.ts';
import { contactAt } from './contact-at.ts';
import { buildTimeIndex, countUpTo, END_SLOTS, TOTAL_KINDS, type TimeIndex } from './time-index.ts';
import type { EdgeStats, SimulationResult, StateAt, StepStats, WorkflowStats } from '../types.ts';

/** The run's results: counters read off the finished run, time travel built on first use. */

function emptyEnded(): Record<EndState, number> {
  return Object.fromEntries(END_STATES.map((s) => [s, 0])) as Record<EndState, number>;
}

/** The run's log; a run whose rows went to a sink of the caller's (options.rows) kept none. */
export function eventLog(sim: Sim): EventLog {
  if (!sim.eventLog) throw new Error('This run kept counts only (options.rows): it has no event log, so no time travel (stateAt, contactAt) and no log.');
  return sim.eventLog;
}

/**
 * The run's counts at the end of each day: steps waiting, lifecycle stages (`unknown` last),
 * static lists. A study's replication reads only these (engine/study/frame-sink.ts), so they are
 * had without the rest of the result.
 */
export function runSeries(sim: Sim): SimulationResult['series'] {
  const { compiled } = sim;
  const S = compiled.steps.length;
  const stageWidth = LIFECYCLE_STAGES.length + 1;
  const L = compiled.lists.length;
  const days = sim.day;
  return {
    days,
    stepWaiting: sim.stepSeries.subarray(0, days * S),
    lifecycle: [...LIFECYCLE_STAGES, 'unknown'].map((_, k) => {
      const col = k === LIFECYCLE_STAGES.length ? 0 : k + 1;
      return Int32Array.from({ length: days }, (_, d) => sim.stageSeries[d * stageWidth + col]!);
    }),
    lists: compiled.lists.map((_, k) => Int32Array.from({ length: days }, (_, d) => sim.listSeries[d * L + k]!)),
  };
}

export function buildResult(sim: Sim): SimulationResult {
  const { compiled, enr, store } = sim;
  const stepId = (s: number) => (s >= 0 ? (compiled.steps[s]!.step.id as string) : '');
  const lost = new Uint8Array(enr.count);
  const wfStats = compiled.workflows.map(() => ({ enrolled: 0, ended: emptyEnded(), completedAt: {} as Record<string, number>, lost: 0, sentSome: 0 }));
  for (let e = 0; e < enr.count; e++) {
    const ws = wfStats[enr.workflow[e]!]!;
    ws.enrolled++;
    if (enr.flags[e]! & E_SENT) ws.sentSome++;
    if (enr.endedAt[e] === -1) {
      enr.endState[e] = END.inProgress;
      enr.endStep[e] = enr.step[e]!;
    }
    const state = enr.endState[e]!;
    ws.ended[END_STATES[state]!]++;
    if (state === END.completed) {
      const at = stepId(enr.endStep[e]!) || ENROLLMENT;
      ws.completedAt[at] = (ws.completedAt[at] ?? 0) + 1;
      if (!(enr.flags[e]! & E_LISTED)) {
        lost[e] = 1;
        ws.lost++;
      }
    }
  }
  // End steps in the workflow's step order, whatever order the enrollments ended in.
  const stepOrder = [ENROLLMENT as string, ...compiled.steps.map((cs) => cs.step.id as string)];
  for (const ws of wfStats) {
    const counts = ws.completedAt;
    ws.completedAt = Object.fromEntries(stepOrder.filter((id) => counts[id] !== undefined).map((id) => [id, counts[id]!]));
  }
  const workflows: WorkflowStats[] = compiled.workflows.map((cw, w) => ({ id: cw.workflow.id, name: cw.workflow.name, ...wfStats[w]! }));
  const steps: StepStats[] = compiled.steps.map((cs, s) => ({
    workflow: compiled.workflows[cs.workflow]!.workflow.id,
    step: cs.step.id,
    entered: sim.entered[s]!,
    exited: sim.entered[s]! - sim.waiting[s]!,
    waiting: sim.waiting[s]!,
  }));
  const edges: EdgeStats[] = compiled.edges.map((ce, k) => ({
    workflow: compiled.workflows[ce.workflow]!.workflow.id as WorkflowId,
    from: ce.from >= 0 ? stepId(ce.from) : ENROLLMENT,
    slot: ce.slot,
    to: ce.to >= 0 ? stepId(ce.to) : null,
    label: ce.label,
    count: sim.edgeCount[k]!,
  }));
  const stageNames = [...LIFECYCLE_STAGES, 'unknown'];
  const stageOf = (counts: ArrayLike<number>, offset: number) =>
    Object.fromEntries(stageNames.map((name, k) => [name, counts[offset + (k === LIFECYCLE_STAGES.length ? 0 : k + 1)]!]));
  const listsOf = (counts: ArrayLike<number>, offset: number) => Object.fromEntries(compiled.lists.map((l, k) => [l, counts[offset + k]!]));
  const S = compiled.steps.length;
  const stageWidth = LIFECYCLE_STAGES.length + 1;
  const L = compiled.lists.length;
  const days = sim.day;
  const series = runSeries(sim);
  let index: TimeIndex | null = null;
  const timeIndex = () =>
    (index ??= buildTimeIndex(eventLog(sim), S, compiled.edges.length, compiled.workflows.length, store.count, enr.workflow, enr.count, L, sim.listJournal));
  const initialStages = sim.initialStages;
  const initialLists = sim.initialLists;
  let idIndex: Map<string, number> | null = null;
  let finalContacts: Contact[] | null = null;
  const contactIds = store.ids.slice(0, store.count);

  const stateAt = (minute: number): StateAt => {
    const ix = timeIndex();
    const waiting = new Int32Array(S);
    const entered = new Int32Array(S);
    for (let s = 0; s < S; s++) {
      entered[s] = countUpTo(ix.enter, s, minute);
      waiting[s] = entered[s]! - countUpTo(ix.exit, s, minute);
    }
    const edgeCounts = new Int32Array(compiled.edges.length);
    for (let k = 0; k < edgeCounts.length; k++) edgeCounts[k] = countUpTo(ix.edges, k, minute);
    const wfs = compiled.workflows.map((_, w) => {
      const ended = emptyEnded();
      END_STATES.forEach((state, k) => (ended[state] = countUpTo(ix.ended, w * END_SLOTS + k, minute)));
      return { enrolled: countUpTo(ix.enrolled, w, minute), ended, lost: countUpTo(ix.ended, w * END_SLOTS + END_STATES.length, minute) };
    });
    const total = (k: number) => countUpTo(ix.totals, k, minute);
    const day = minute < 0 ? -1 : Math.min(days, sim.clock.dayOf(minute)) - 1;
    return {
      minute,
      waiting,
      entered,
      edges: edgeCounts,
      workflows: wfs,
      totals: { sent: total(0), opened: total(1), clicked: total(2), unsubscribed: total(3), bounced: total(4), submitted: total(5) },
      lists: listsOf(
        Int32Array.from({ length: L }, (_, l) => initialLists[l]! + countUpTo(ix.lists, 2 * l, minute) - countUpTo(ix.lists, 2 * l + 1, minute)),
        0,
      ),
      lifecycle: day < 0 ? stageOf(initialStages, 0) : stageOf(sim.stageSeries, day * stageWidth),
    };
  };
  void TOTAL_KINDS;

  return {
    startDate: sim.settings.startDate,
    timeZone: sim.settings.timeZone,
    startMs: sim.clock.startMs,
    horizonDays: sim.settings.horizonDays,
    lastMinute: sim.lastMinute,
    seed: sim.settings.seed,
    arrivals: sim.settings.arrivals,
    workflows,
    steps,
    edges,
    enrollments: {
      count: enr.count,
      contact: enr.contact.subarray(0, enr.count),
      workflow: enr.workflow.subarray(0, enr.count),
      enrolledAt: enr.enrolledAt.subarray(0, enr.count),
      endedAt: enr.endedAt.subarray(0, enr.count),
      endState: enr.endState.subarray(0, enr.count),
      endStep: enr.endStep.subarray(0, enr.count),
      lost,
    },
    get log() {
      return eventLog(sim);
    },
    totals: { ...sim.totals },
    series,
    contactIds,
    get finalContacts(): readonly Contact[] {
      // A counts-only run has given each contact's history back once it ran (sim.ts#drain).
      if (!sim.eventLog) throw new Error('This run kept counts only (options.rows): it kept no contact histories, so no final contacts.');
      return (finalContacts ??= Array.from({ length: store.count }, (_, i) => store.contact(i, sim.lastMinute)));
    },
    listCounts: listsOf(sim.listCount, 0),
    lifecycleCounts: stageOf(sim.stageCount, 0),
    workflowLoops: sim.workflowLoops.map((l) => ({ chain: l.chain.map((w) => compiled.workflows[w]!.workflow.id), contacts: l.contacts, cuts: l.cuts })),
    minuteToMs: (minute) => sim.clock.toMs(minute),
    personaOf: (i) => (i >= 0 && i < store.count ? (compiled.personas[store.persona(i)]?.id ?? null) : null),
    stateAt,
    contactAt: (id, minute) => {
      const ix = timeIndex();
      idIndex ??= new Map(contactIds.map((c, i) => [c, i]));
      const i = idIndex.get(id);
      return i === undefined ? null : contactAt(sim, ix, i, minute);
    },
  };
}
