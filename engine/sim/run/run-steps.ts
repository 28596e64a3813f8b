import { lifecycleRank, type PropertyValue, type Step } from '../../model/index.ts';
import { end, enroll, moveTo, resumeWait, suppressed } from './enrollment-moves.ts';
import type { ContactTest } from '../compile/compiled-criteria.ts';
import type { CompiledStep } from '../compile/compile.ts';
import { DEP } from '../compile/compile.ts';
import { E_DELAYED, E_LISTED, E_SKIPPING, E_WAITING } from '../state/enrollments.ts';
import { DECISION_BITS, END, K } from '../state/log.ts';
import { HOW, Q, type RunContext } from '../context.ts';
import { delayEnd, isoDay, nextAllowed } from '../compile/timing.ts';
import { editedDelayEnd } from './delay-from.ts';
import { endAfterEdit } from './workflow-from.ts';
import { sendEmail } from './behaviour.ts';
import { changed } from './changes.ts';

/**
 * Walks an enrollment through its steps until it must wait (delay, window, event) or ends.
 * Enrollments its actions make (a step, or a change meeting a trigger) know it as their origin.
 */
export function runEnrollment(sim: RunContext, e: number): void {
  sim.running = e;
  walk(sim, e);
  sim.running = -1;
}

/**
 * A loop is a step coming round a second time in the same instant for the same enrollment: it is
 * cut there, before the step runs again, so each action of the loop ran once (one email per send
 * step, as HubSpot sends one per action passed). A chain that repeats no step runs through,
 * however long. `Sim#instantSteps` is a backstop: a contact running more steps than that in one
 * instant is cut the same way, so a run always ends.
 */
function walk(sim: RunContext, e: number): void {
  const enr = sim.enr;
  const seenBy = sim.stepSeenBy;
  const seenAt = sim.stepSeenAt;
  for (;;) {
    const s = enr.step[e]!;
    if (s < 0) return;
    // A delay over now resumes its step: the step was entered when the delay began.
    if (!(enr.flags[e]! & E_DELAYED)) {
      if ((seenBy[s] === e && seenAt[s] === sim.now) || ++sim.instantSteps > sim.instantBudget) return end(sim, e, END.loop, -1);
      seenBy[s] = e;
      seenAt[s] = sim.now;
    }
    const cs = sim.steps[s]!;
    // Deleted by an edit of the workflow during the run: the contact goes on as it went before.
    if (cs.deleted) {
      moveTo(sim, e, cs.edges[0]!, cs.targets[0]!);
      continue;
    }
    const cw = sim.compiled.workflows[cs.workflow]!;
    const i = enr.contact[e]!;
    const step = cs.step;
    if (cs.isAction) {
      if (suppressed(sim, i, cw.suppression)) return end(sim, e, END.suppressed, -1);
      if (enr.flags[e]! & E_SKIPPING) {
        sim.log.add(sim.now, i, e, s, K.passed, 0, -1);
      } else {
        const at = nextAllowed(cw, sim.now);
        if (at > sim.now) return sim.schedule(at, Q.step, i, e, enr.token[e]!);
        const token = enr.token[e]!;
        doAction(sim, e, cs);
        if (enr.token[e] !== token || enr.step[e] !== s) return;
      }
      moveTo(sim, e, cs.edges[0]!, cs.targets[0]!);
      continue;
    }
    switch (step.kind) {
      case 'delay': {
        if (enr.flags[e]! & E_DELAYED) break;
        const anchorMs = enr.anchorMs[e]!;
        const anchor = Number.isNaN(anchorMs) ? null : isoDay(anchorMs);
        let end = delayEnd(step, sim.now, cw.clock, sim.store, i, anchor);
        const edit = sim.read.delayFrom;
        if (edit && step.delay.mode === 'duration' && step.id === edit.step && cw.workflow.id === edit.workflow) end = editedDelayEnd(sim.now, end, edit);
        const edited = sim.compiled.edited;
        if (edited !== null && cs.workflow === edited.workflow && edited.steps[s] !== cs) {
          const next = edited.steps[s]!;
          end = endAfterEdit(sim.now, end, edited.minute, !next.deleted && next.step.kind === 'delay' ? delayEnd(next.step, sim.now, cw.clock, sim.store, i, anchor) : null);
        }
        const anchored = cw.workflow.timing.type !== 'contact' && (step.delay.mode === 'relative-to-anchor' || step.delay.mode === 'until-date');
        if (end > sim.now) {
          if (anchored) enr.flags[e]! &= ~E_SKIPPING;
          enr.flags[e]! |= E_DELAYED;
          return sim.schedule(end, Q.step, i, e, enr.token[e]!);
        }
        if (anchored && end < sim.now) enr.flags[e]! |= E_SKIPPING;
        break;
      }
      case 'delay-until-event': {
        if (step.event.kind === 'criteria-met' && sim.waitTest[s]!(i, sim.now)) {
          moveTo(sim, e, cs.edges[0]!, cs.targets[0]!);
          continue;
        }
        enr.flags[e]! |= E_WAITING;
        let timeout = sim.now + maxWait(step);
        const edited = sim.compiled.edited;
        if (edited !== null && cs.workflow === edited.workflow && edited.steps[s] !== cs) {
          const next = edited.steps[s]!;
          timeout = endAfterEdit(sim.now, timeout, edited.minute, !next.deleted && next.step.kind === 'delay-until-event' ? sim.now + maxWait(next.step) : null);
        }
        return sim.schedule(timeout, Q.timeout, i, e, enr.token[e]!);
      }
      case 'branch-if': {
        let chosen = step.branches.length;
        let mask = 0;
        let bit = 0;
        const tests = sim.branchTests[s]!;
        for (let b = 0; b < step.branches.length; b++) {
          const r = decide(tests[b]!, i, sim.now, bit);
          mask |= r.mask;
          bit = r.nextBit;
          if (r.matched) {
            chosen = b;
            break;
          }
        }
        sim.log.add(sim.now, i, e, s, K.branch, cs.edges[chosen]!, mask);
        moveTo(sim, e, cs.edges[chosen]!, cs.targets[chosen]!);
        continue;
      }
      case 'branch-value': {
        const v = sim.store.property(i, step.property, sim.now);
        let chosen = step.branches.findIndex((b) => v !== null && String(v) === b.value);
        if (chosen < 0) chosen = step.branches.length;
        sim.log.add(sim.now, i, e, s, K.branch, cs.edges[chosen]!, -1);
        moveTo(sim, e, cs.edges[chosen]!, cs.targets[chosen]!);
        continue;
      }
      case 'branch-random': {
        const total = step.branches.reduce((t, b) => t + Math.max(0, b.percent), 0);
        let r = sim.streams.next(i) * total;
        let chosen = step.branches.length - 1;
        for (let b = 0; b < step.branches.length; b++) {
          r -= Math.max(0, step.branches[b]!.percent);
          if (r < 0) {
            chosen = b;
            break;
          }
        }
        if (chosen < 0) return end(sim, e, END.completed, -1);
        sim.log.add(sim.now, i, e, s, K.branch, cs.edges[chosen]!, -1);
        moveTo(sim, e, cs.edges[chosen]!, cs.targets[chosen]!);
        continue;
      }
      default:
        break;
    }
    // Delays that are over, and go-tos, follow their single edge.
    moveTo(sim, e, cs.edges[0]!, cs.targets[0]!);
  }
}

const UNIT_MINUTES = { minutes: 1, hours: 60, days: 1440, weeks: 10080 } as const;

function maxWait(step: Extract<Step, { kind: 'delay-until-event' }>): number {
  return Math.max(0, Math.round(step.maxWait.amount * UNIT_MINUTES[step.maxWait.unit]));
}

export function waitTimedOut(sim: RunContext, e: number): void {
  resumeWait(sim, e, false);
}

/**
 * Evaluates one branch's criteria filter by filter, so the log can keep which filters held
 * as bits (from `firstBit` on, 31 at most per decision) and the reason be told later.
 */
function decide(groups: readonly (readonly ContactTest[])[], i: number, minute: number, firstBit: number): { matched: boolean; mask: number; nextBit: number } {
  let bit = firstBit;
  let mask = 0;
  let matched = false;
  for (const g of groups) {
    let all = g.length > 0;
    for (const test of g) {
      const ok = test(i, minute);
      if (ok && bit < DECISION_BITS) mask |= 1 << bit;
      if (!ok) all = false;
      bit++;
    }
    if (all) matched = true;
  }
  return { matched, mask, nextBit: bit };
}

/** Writes a property as a workflow action does: the lifecycle stage only moves forward. */
export function writeProperty(sim: RunContext, i: number, e: number, s: number, name: string, value: PropertyValue): void {
  const store = sim.store;
  if (name === 'lifecyclestage' && value !== null) {
    const before = store.stage[i]!;
    const after = lifecycleRank(value);
    if (before >= 0 && after < before) {
      sim.totals.ignoredLifecycle++;
      sim.log.add(sim.now, i, e, s, K.ignored, after, before);
      return;
    }
  }
  if (store.property(i, name, sim.now) === value) return;
  const stageBefore = store.stage[i]!;
  if (sim.score.lazy && name === 'hubspotscore') sim.score.write(i, value, sim.now);
  else store.setProperty(i, name, value, sim.nowMs);
  if (name === 'lifecyclestage') {
    sim.countStage(stageBefore + 1, -1);
    sim.countStage(store.stage[i]! + 1, 1);
  }
  changed(sim, i, sim.compiled.propertyBit(name));
}

function doAction(sim: RunContext, e: number, cs: CompiledStep): void {
  const i = sim.enr.contact[e]!;
  const s = cs.index;
  const step = cs.step;
  const store = sim.store;
  switch (step.kind) {
    case 'send-email':
      return sendEmail(sim, e, cs);
    case 'set-property':
      sim.log.add(sim.now, i, e, s, K.action, 0, -1);
      return writeProperty(sim, i, e, s, step.property, step.value);
    case 'clear-property':
      sim.log.add(sim.now, i, e, s, K.action, 0, -1);
      return writeProperty(sim, i, e, s, step.property, null);
    case 'copy-property':
      sim.log.add(sim.now, i, e, s, K.action, 0, -1);
      return writeProperty(sim, i, e, s, step.to, store.property(i, step.from, sim.now));
    case 'increment-property': {
      const v = store.property(i, step.property, sim.now);
      sim.log.add(sim.now, i, e, s, K.action, 0, -1);
      return writeProperty(sim, i, e, s, step.property, (typeof v === 'number' ? v : Number(v) || 0) + step.by);
    }
    case 'set-lifecycle-stage':
      sim.log.add(sim.now, i, e, s, K.action, lifecycleRank(step.stage), -1);
      return writeProperty(sim, i, e, s, 'lifecyclestage', step.stage);
    case 'add-to-list':
    case 'remove-from-list': {
      const li = sim.compiled.listIndex.get(step.list) ?? -1;
      sim.log.add(sim.now, i, e, s, K.action, li, -1);
      const joins = step.kind === 'add-to-list';
      if (joins) sim.enr.flags[e]! |= E_LISTED;
      if (!store.setListed(i, step.list, joins)) return;
      if (li >= 0) {
        sim.countList(li, joins ? 1 : -1);
        sim.listJournal.add(sim.now, li, joins);
      }
      return changed(sim, i, DEP.list);
    }
    case 'enroll-in-workflow': {
      const target = sim.compiled.workflows.findIndex((w) => w.workflow.id === step.workflow);
      sim.log.add(sim.now, i, e, s, K.action, target, -1);
      if (target < 0) return;
      enroll(sim, i, target, HOW.byWorkflow);
      return;
    }
    case 'unenroll-from-workflow': {
      const target = sim.compiled.workflows.findIndex((w) => w.workflow.id === step.workflow);
      sim.log.add(sim.now, i, e, s, K.action, target, -1);
      if (target < 0) return;
      const other = store.active(i, target);
      if (other >= 0) end(sim, other, END.byWorkflow, -1);
      return;
    }
    default:
      sim.log.add(sim.now, i, e, s, K.action, 0, -1);
  }
}
