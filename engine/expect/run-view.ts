import { lifecycleRank, type Contact, type ListId, type Project, type Step, type StepId, type WorkflowId } from '../model/index.ts';
import { clockFor, LOG_KINDS as K, type Clock, type SimulationResult } from '../sim/index.ts';

/**
 * What the checks read of a finished run, gathered in one pass over the log: per contact, its
 * list changes and lifecycle moves; per enrollment, when it entered each step. The run's log
 * holds step rows only; lists and stages are replayed from the contacts' start state.
 */

export interface ListChange {
  readonly minute: number;
  readonly list: ListId;
  readonly joins: boolean;
}

export interface StageMove {
  readonly minute: number;
  readonly rank: number;
  readonly workflow: WorkflowId;
  readonly step: StepId;
}

export interface RunView {
  readonly project: Project;
  readonly result: SimulationResult;
  readonly clock: Clock;
  /** Contacts by run index: the start population as given, then the arrivals as they ended. */
  readonly contacts: readonly Contact[];
  /** Global step index (as in result.steps) -> the step. */
  readonly steps: readonly Step[];
  stepIndex(workflow: WorkflowId, step: StepId): number;
  workflowIndex(workflow: WorkflowId): number;
  listChanges(contact: number): readonly ListChange[];
  stageMoves(contact: number): readonly StageMove[];
  /** Minute enrollment `e` first entered global step `s`, or -1. */
  enteredAt(e: number, s: number): number;
  memberAt(contact: number, list: ListId, minute: number): boolean;
  /** The name people know a contact by. */
  nameOf(contact: number): string;
}

const NONE: readonly never[] = [];

function stageWritten(step: Step): number | null {
  if (step.kind === 'set-lifecycle-stage') return lifecycleRank(step.stage);
  if (step.kind === 'set-property' && step.property === 'lifecyclestage') return lifecycleRank(step.value);
  return null;
}

export function runView(project: Project, start: readonly Contact[], result: SimulationResult): RunView {
  const clock = clockFor(result.startDate, result.timeZone, result.startMs);
  const contacts = start.length === result.contactIds.length ? start : [...start, ...result.finalContacts.slice(start.length)];
  const byWorkflow = new Map(project.workflows.map((w) => [w.id as string, new Map(w.steps.map((s) => [s.id as string, s]))]));
  const steps = result.steps.map((st) => byWorkflow.get(st.workflow)!.get(st.step)!);
  const stepKey = new Map(result.steps.map((st, s) => [`${st.workflow}\u0000${st.step}`, s]));
  const workflowKey = new Map(result.workflows.map((w, i) => [w.id as string, i]));

  const lists = new Map<number, ListChange[]>();
  const stages = new Map<number, StageMove[]>();
  const current = contacts.map((c) => lifecycleRank(c.properties['lifecyclestage'] ?? null));
  const entered = new Map<number, number>();
  const log = result.log;
  const S = steps.length;
  for (let r = 0; r < log.length; r++) {
    const kind = log.kind(r);
    if (kind === K.at) {
      const key = log.enrollment(r) * S + log.step(r);
      if (!entered.has(key)) entered.set(key, log.time(r));
      continue;
    }
    if (kind !== K.action) continue;
    const s = log.step(r);
    const step = steps[s]!;
    const i = log.contact(r);
    const minute = log.time(r);
    if (step.kind === 'add-to-list' || step.kind === 'remove-from-list') {
      let own = lists.get(i);
      if (!own) lists.set(i, (own = []));
      own.push({ minute, list: step.list, joins: step.kind === 'add-to-list' });
      continue;
    }
    const rank = stageWritten(step);
    if (rank === null || rank < 0) continue;
    // A backward move is refused: the run logs an `ignored` row right after the action.
    const next = r + 1 < log.length ? r + 1 : -1;
    if (next >= 0 && log.kind(next) === K.ignored && log.contact(next) === i && log.time(next) === minute) continue;
    if (current[i] === rank) continue;
    current[i] = rank;
    let own = stages.get(i);
    if (!own) stages.set(i, (own = []));
    own.push({ minute, rank, workflow: result.steps[s]!.workflow, step: step.id });
  }

  return {
    project,
    result,
    clock,
    contacts,
    steps,
    stepIndex: (workflow, step) => stepKey.get(`${workflow}\u0000${step}`) ?? -1,
    workflowIndex: (workflow) => workflowKey.get(workflow) ?? -1,
    listChanges: (i) => lists.get(i) ?? NONE,
    stageMoves: (i) => stages.get(i) ?? NONE,
    enteredAt: (e, s) => entered.get(e * S + s) ?? -1,
    memberAt: (i, list, minute) => {
      let member = i < start.length ? start[i]!.lists.includes(list) : false;
      for (const change of lists.get(i) ?? NONE) {
        if (change.minute > minute) break;
        if (change.list === list) member = change.joins;
      }
      return member;
    },
    nameOf: (i) => contactName(contacts[i]),
  };
}

export function contactName(contact: Contact | undefined): string {
  if (!contact) return '';
  const p = contact.properties;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const full = [text(p['firstname']), text(p['lastname'])].filter((s) => s !== '').join(' ');
  return full || text(p['email']) || contact.id;
}
