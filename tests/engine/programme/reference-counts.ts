/**
 * The reference for engine/programme's link counting: the first implementation of
 * `programmeCounts` (before 2026-12-07), kept as it was. It reads a finished log in time order,
 * every contact's state in maps keyed by contact and a set of contacts per edge: slower, and
 * written independently of the streaming `ProgrammeCounter` (contact by contact, int tables, writes
 * of unread items skipped), which must give the same counts (counter.test.ts).
 */
import type { Project, Step } from '../../../engine/model/index.ts';
import { END_STATES, ENROLL_HOWS, LOG_KINDS as K, type SimulationResult } from '../../../engine/sim/index.ts';
import type { ProgrammeEdge, ProgrammeMap, ReadPlace, Write } from '../../../engine/programme/types.ts';
import { stepWrites } from '../../../engine/programme/writes.ts';

/** The end state kept in an ended row's detail (the lost flag sits above it, see sim/state/log.ts). */
const END_STATE_BITS = 15;
const BY_TRIGGER = new Set<number>([ENROLL_HOWS.indexOf('on-change'), ENROLL_HOWS.indexOf('at-midnight')]);
const BY_WORKFLOW = ENROLL_HOWS.indexOf('by-workflow');
const GOAL = END_STATES.indexOf('goal');
const SUPPRESSED = END_STATES.indexOf('suppressed');

interface LastWrite {
  readonly workflow: string;
  readonly tag: string;
}

/**
 * How many distinct contacts went along each edge of the map in one run, by the place the
 * target reads the item:
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
 */
export function referenceProgrammeCounts(project: Project, map: ProgrammeMap, result: SimulationResult): Map<string, number> {
  const steps = new Map<string, Step>(project.workflows.flatMap((w) => w.steps.map((s) => [`${w.id}/${s.id}`, s] as const)));
  const writesAt: (readonly Write[])[] = result.steps.map((s) => {
    const step = steps.get(`${s.workflow}/${s.step}`);
    return step ? stepWrites(step) : [];
  });
  const stepWorkflow = result.steps.map((s) => s.workflow as string);
  const stepId = result.steps.map((s) => s.step);
  const runWorkflow = result.workflows.map((w) => w.id as string);
  const waitMet = new Set(result.edges.flatMap((e, k) => (e.slot === 'met' ? [k] : [])));
  const edgeFrom = result.edges.map((e) => e.from);

  const byTarget = new Map<string, ProgrammeEdge[]>();
  for (const edge of map.edges) byTarget.set(`${edge.to}|${edge.place}`, [...(byTarget.get(`${edge.to}|${edge.place}`) ?? []), edge]);
  const contacts = new Map<string, Set<number>>(map.edges.map((e) => [e.key, new Set<number>()]));
  const last = new Map<number, Map<string, LastWrite>>();
  const undo = new Map<number, { key: string; before: LastWrite | undefined }>();
  const pending = new Map<number, { workflow: string; step: string; target: number; minute: number }>();

  const credit = (contact: number, to: string, place: ReadPlace, step: string | null) => {
    const own = last.get(contact);
    for (const edge of byTarget.get(`${to}|${place}`) ?? []) {
      if (step !== null && !edge.toSteps.includes(step as never)) continue;
      const w = own?.get(edge.writeKey);
      if (w && w.workflow === edge.from && (edge.writeTag === '' || edge.writeTag === w.tag)) contacts.get(edge.key)!.add(contact);
    }
  };
  const log = result.log;
  const enr = result.enrollments;
  for (let r = 0; r < log.length; r++) {
    const kind = log.kind(r);
    const contact = log.contact(r);
    const s = log.step(r);
    if (kind === K.action || kind === K.sent) {
      for (const w of writesAt[s] ?? []) {
        if (w.kind === 'enroll') {
          pending.set(contact, { workflow: stepWorkflow[s]!, step: w.step, target: log.detail(r), minute: log.time(r) });
          continue;
        }
        let own = last.get(contact);
        if (!own) last.set(contact, (own = new Map()));
        undo.set(contact, { key: w.key, before: own.get(w.key) });
        own.set(w.key, { workflow: stepWorkflow[s]!, tag: w.tag });
      }
    } else if (kind === K.ignored) {
      // A backward lifecycle stage the run refused: the stage was not written after all.
      const u = undo.get(contact);
      const own = last.get(contact);
      if (u && own) {
        if (u.before) own.set(u.key, u.before);
        else own.delete(u.key);
      }
    } else if (kind === K.enrolled) {
      const w = enr.workflow[log.enrollment(r)]!;
      const how = log.detail(r);
      if (BY_TRIGGER.has(how)) credit(contact, runWorkflow[w]!, 'trigger', null);
      const p = pending.get(contact);
      if (how === BY_WORKFLOW && p && p.target === w && p.minute === log.time(r)) {
        for (const edge of byTarget.get(`${runWorkflow[w]}|enroll`) ?? []) {
          if (edge.from === p.workflow && edge.fromSteps.includes(p.step as never)) contacts.get(edge.key)!.add(contact);
        }
      }
    } else if (kind === K.ended) {
      const state = log.detail(r) & END_STATE_BITS;
      const w = runWorkflow[enr.workflow[log.enrollment(r)]!]!;
      if (state === GOAL) credit(contact, w, 'goal', null);
      if (state === SUPPRESSED) credit(contact, w, 'suppression', null);
      const edge = log.extra(r);
      if (edge >= 0 && waitMet.has(edge)) credit(contact, w, 'wait', edgeFrom[edge]!);
    } else if (kind === K.branch) {
      credit(contact, stepWorkflow[s]!, 'branch', stepId[s]!);
    } else if (kind === K.at) {
      const edge = log.detail(r);
      if (waitMet.has(edge)) credit(contact, stepWorkflow[s]!, 'wait', edgeFrom[edge]!);
    }
  }
  return new Map([...contacts].map(([key, set]) => [key, set.size]));
}

