import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStep, deleteStep, insertStep, updateStep } from '../../../engine/edit/index.ts';
import { asStepId, ENROLLMENT, outgoingEdges, type Project, type Step, type StepId, type Workflow } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { LOG_KINDS as K, simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { whatIf } from '../../../engine/whatif/index.ts';
import { contacts, DAY, delay, L, project, workflow } from './nurturing-fixture.ts';
import { randomProject, randomWorkflow } from '../hubspot/random-workflow.ts';

/**
 * What if the workflow itself is edited at minute t (sim option `workflowFrom`), against
 * HubSpot's rules for live edits written out here by hand: contacts keep their place and run the
 * edited steps from t; a delay whose length changed reschedules those waiting in it counting the
 * time already waited; a deleted delay releases them at once; new enrollments start at the
 * edited first step. Before t, the run is the original's row for row.
 */

function rows(result: SimulationResult, below = Infinity): string[] {
  const log = result.log;
  const out: string[] = [];
  for (let r = 0; r < log.length && log.time(r) < below; r++) out.push([log.time(r), log.contact(r), log.enrollment(r), log.step(r), log.kind(r), log.detail(r), log.extra(r)].join(','));
  return out;
}

/**
 * The rows before t, each enrollment named by its contact and its rank among that contact's:
 * enrollments are numbered across the run, contact after contact, so an edit that changes how
 * many a contact gets after t (an "enroll in workflow" step) renumbers those of the contacts run
 * after it, before t too, without changing what happens to them.
 */
function rowsBefore(result: SimulationResult, t: number): string[] {
  const log = result.log;
  const rank = new Map<number, string>();
  const count = new Map<number, number>();
  const name = (c: number, e: number) => {
    if (e < 0) return '-1';
    let n = rank.get(e);
    if (n === undefined) {
      const k = count.get(c) ?? 0;
      count.set(c, k + 1);
      rank.set(e, (n = `${c}#${k}`));
    }
    return n;
  };
  // Ranks by enrollment number (creation order within a contact), whatever order the rows come in.
  const firsts: [number, number][] = [];
  for (let r = 0; r < log.length; r++) if (log.enrollment(r) >= 0) firsts.push([log.enrollment(r), log.contact(r)]);
  firsts.sort((a, b) => a[0] - b[0]).forEach(([e, c]) => name(c, e));
  const out: string[] = [];
  for (let r = 0; r < log.length && log.time(r) < t; r++) out.push([log.time(r), log.contact(r), name(log.contact(r), log.enrollment(r)), log.step(r), log.kind(r), log.detail(r), log.extra(r)].join(','));
  return out;
}

const stepIndex = (result: SimulationResult, id: string) => result.steps.findIndex((x) => x.workflow === workflow.id && x.step === id);

/** Per enrollment, the minutes it arrived at each of these steps (first arrival). */
function arrivals(result: SimulationResult, id: string): Map<number, number> {
  const s = stepIndex(result, id);
  const out = new Map<number, number>();
  const log = result.log;
  for (let r = 0; r < log.length; r++) if (log.kind(r) === K.at && log.step(r) === s && !out.has(log.enrollment(r))) out.set(log.enrollment(r), log.time(r));
  return out;
}

const withDelay = (w: Workflow, days: number): Workflow =>
  updateStep(w, { ...(delay as Extract<Step, { kind: 'delay' }>), delay: { mode: 'duration', duration: { amount: days, unit: 'days' } } });

describe('a workflow edited at minute t, in the re-run', () => {
  const t = 3 * DAY + 600;
  const after = workflow.steps.find((s) => s.id === (delay as { next: StepId }).next)!;

  it('the nurturing template’s first delay waits 5 days, then goes to the second send', () => {
    expect(L).toBe(5 * DAY);
    expect(after.kind).toBe('send-email');
  });

  for (const days of [1, 8]) {
    it(`its first delay set to ${days} days at day 3: the same run as the delay edit alone, row for row, each contact leaving by the rule`, () => {
      const edited = whatIf(project, contacts, t, { workflow: withDelay(workflow, days) });
      const byDelay = whatIf(project, contacts, t, { delay: { workflow: workflow.id, step: delay.id, minutes: days * DAY } }, {}, edited.original);
      expect(rows(edited.changed)).toEqual(rows(byDelay.changed));
      const came = arrivals(edited.changed, delay.id);
      const left = arrivals(edited.changed, after.id);
      let waitingAtEdit = 0;
      for (const [e, a] of came) {
        // By hand: gone before t as it was; waiting at t: at max(t, a + new length); arriving from t: the new length.
        const want = a >= t ? a + days * DAY : a + L <= t ? a + L : Math.max(t, a + days * DAY);
        if (want > edited.changed.lastMinute) continue;
        expect(left.get(e)).toBe(want);
        if (a < t && a + L > t) waitingAtEdit++;
      }
      expect(waitingAtEdit).toBeGreaterThan(10);
    });
  }

  it('its first delay deleted at day 3: those waiting leave at once, later ones go straight to the next send; nothing before t moves', () => {
    const w = whatIf(project, contacts, t, { workflow: deleteStep(workflow, delay.id) });
    expect(rowsBefore(w.changed, t)).toEqual(rowsBefore(w.original, t));
    const came = arrivals(w.changed, delay.id);
    const left = arrivals(w.changed, after.id);
    const sent = arrivals(w.changed, workflow.start!);
    let released = 0;
    for (const [e, a] of came) {
      expect(a).toBeLessThan(t);
      const want = a + L <= t ? a + L : t;
      expect(left.get(e)).toBe(want);
      if (want === t) released++;
    }
    expect(released).toBeGreaterThan(10);
    // Enrolled from t on: from the first send straight to the second, in the same minute.
    let straight = 0;
    for (const [e, a] of sent) {
      if (a < t) continue;
      expect(came.has(e)).toBe(false);
      expect(left.get(e)).toBe(a);
      straight++;
    }
    expect(straight).toBeGreaterThan(0);
    // The step is gone from the edited workflow, not from the results: its count stops at t.
    expect(w.steps.find((s) => s.step === delay.id)!.changed).toBe(came.size);
  });

  it('a 1-day delay inserted after the second send at day 10: every contact sent it from t waits there one day; none before t', () => {
    const t10 = 10 * DAY;
    const second = after.id;
    const next = (after as { next: StepId }).next;
    const added = { ...(createStep('delay', asStepId('step-new-delay'), {}, 'en') as Extract<Step, { kind: 'delay' }>) };
    const edited = insertStep(workflow, { from: second, slot: { kind: 'next' } }, added);
    const w = whatIf(project, contacts, t10, { workflow: edited });
    expect(rowsBefore(w.changed, t10)).toEqual(rowsBefore(w.original, t10));
    const sent = arrivals(w.changed, second);
    const waited = arrivals(w.changed, added.id);
    const then = arrivals(w.changed, next);
    let through = 0;
    for (const [e, a] of sent) {
      // The send is an action: a contact stands at it from its arrival until it runs, then goes on the same minute.
      const ran = a < t10 ? undefined : waited.get(e);
      if (a < t10) {
        expect(waited.has(e)).toBe(false);
        continue;
      }
      expect(ran).toBeDefined();
      if (ran! + DAY <= w.changed.lastMinute) expect(then.get(e)).toBe(ran! + DAY);
      through++;
    }
    expect(through).toBeGreaterThan(10);
    // A new step has no count in the original; it is listed with 0 there.
    expect(w.steps.find((s) => s.step === added.id)).toEqual({ workflow: workflow.id, step: added.id, original: 0, changed: waited.size });
  });

  it('a new first step at day 10: enrollments from t start there, earlier ones at the old first step', () => {
    const t10 = 10 * DAY;
    const added = createStep('delay', asStepId('step-new-first'), {}, 'en');
    const edited = insertStep(workflow, { from: ENROLLMENT, slot: { kind: 'next' } }, added);
    expect(edited.start).toBe(added.id);
    const w = whatIf(project, contacts, t10, { workflow: edited });
    const first = new Map<number, number>();
    const log = w.changed.log;
    for (let r = 0; r < log.length; r++) if (log.kind(r) === K.at && !first.has(log.enrollment(r))) first.set(log.enrollment(r), log.step(r));
    const e = w.changed.enrollments;
    let late = 0;
    for (let k = 0; k < e.count; k++) {
      if (w.changed.workflows[e.workflow[k]!]!.id !== workflow.id) continue;
      const want = e.enrolledAt[k]! >= t10 ? added.id : workflow.start!;
      expect(w.changed.steps[first.get(k)!]!.step).toBe(want);
      if (e.enrolledAt[k]! >= t10) late++;
    }
    expect(late).toBeGreaterThan(0);
  });

  it('an edited workflow that is not in the run is refused, naming it', () => {
    expect(() => simulate(project, contacts, { workflowFrom: { minute: t, workflow: { ...workflow, id: 'wf-elsewhere' as Workflow['id'] } } })).toThrow(/wf-elsewhere/);
  });
});

describe('a wait for an event edited at minute t', () => {
  // The nurturing template with its first delay made a wait for the first email's open (5 days at
  // most), nobody opening: each contact waits the full 5 days, then takes the "not met" path.
  const t = 3 * DAY + 600;
  const first = workflow.steps.find((s) => s.id === workflow.start)! as Extract<Step, { kind: 'send-email' }>;
  const next = (delay as { next: StepId }).next;
  const wait: Extract<Step, { kind: 'delay-until-event' }> = { id: delay.id, kind: 'delay-until-event', event: { kind: 'email-opened', email: first.email }, maxWait: { amount: 5, unit: 'days' }, met: next, notMet: next };
  const waiting = { ...workflow, steps: workflow.steps.map((s) => (s.id === delay.id ? wait : s)) };
  const quiet: Project = { ...project, personas: project.personas.map((p) => ({ ...p, openRate: 0, clickRate: 0 })), workflows: [waiting, ...project.workflows.slice(1)] };
  const people = generateContacts(quiet, 300, 5);
  const leaves = (result: SimulationResult) => [arrivals(result, delay.id), arrivals(result, next)] as const;

  it('its longest wait cut to 1 day: those waiting at t time out at max(t, arrival + 1 day); earlier ones as before', () => {
    const w = whatIf(quiet, people, t, { workflow: updateStep(waiting, { ...wait, maxWait: { amount: 1, unit: 'days' } }) });
    expect(rowsBefore(w.changed, t)).toEqual(rowsBefore(w.original, t));
    const [came, left] = leaves(w.changed);
    let moved = 0;
    for (const [e, a] of came) {
      const want = a >= t ? a + DAY : a + 5 * DAY <= t ? a + 5 * DAY : Math.max(t, a + DAY);
      if (want > w.changed.lastMinute) continue;
      expect(left.get(e)).toBe(want);
      if (a < t && a + 5 * DAY > t) moved++;
    }
    expect(moved).toBeGreaterThan(10);
  });

  it('deleted at day 3: those waiting go on at once, by the path kept', () => {
    const w = whatIf(quiet, people, t, { workflow: deleteStep(waiting, wait.id, { kind: 'met' }) });
    const [came, left] = leaves(w.changed);
    let released = 0;
    for (const [e, a] of came) {
      expect(a).toBeLessThan(t);
      const want = a + 5 * DAY <= t ? a + 5 * DAY : t;
      expect(left.get(e)).toBe(want);
      if (want === t) released++;
    }
    expect(released).toBeGreaterThan(10);
  });
});

/** A random edit of a workflow: delete a step (keeping its first path), change a delay, or insert a delay after a step. */
function randomEdit(w: Workflow, pick: number, kind: number, days: number): Workflow {
  const steps = w.steps;
  if (steps.length === 0) return w;
  const s = steps[pick % steps.length]!;
  if (kind === 0) return deleteStep(w, s.id, outgoingEdges(s)[0]?.slot);
  if (kind === 1 && s.kind === 'delay') return updateStep(w, { ...s, delay: { mode: 'duration', duration: { amount: days, unit: 'days' } } });
  if (s.kind === 'go-to') return w;
  const slot = outgoingEdges(s)[0]?.slot;
  if (!slot) return w;
  const added = createStep('delay', asStepId(`step-random-${pick}`), {}, 'en') as Extract<Step, { kind: 'delay' }>;
  return insertStep(w, { from: s.id, slot }, { ...added, delay: { mode: 'duration', duration: { amount: days, unit: 'hours' } } });
}

describe('what if the workflow is edited from minute t, on every template', () => {
  it('edited to itself (a copy), is exactly the full run (random templates, seeds, populations and t)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATE_IDS), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 10, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), (id, seed, n, at, which) => {
        const base = buildTemplate(id, 'en');
        const p = { ...base, simulation: { ...base.simulation, seed, horizonDays: Math.min(base.simulation.horizonDays, 60) } };
        const people = generateContacts(p, n, seed);
        const minute = Math.floor(at * p.simulation.horizonDays * DAY);
        const w = p.workflows[which % p.workflows.length]!;
        const run = whatIf(p, people, minute, { workflow: JSON.parse(JSON.stringify(w)) as Workflow });
        expect(rows(run.changed)).toEqual(rows(run.original));
        expect(run.changed.totals).toEqual(run.original.totals);
        expect(run.steps.every((s) => s.original === s.changed)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('any edit leaves the run before t as it was, row for row (random templates, edits and t)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATE_IDS), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 }), (id, seed, at, which, pick, kind, days) => {
        const base = buildTemplate(id, 'en');
        const p = { ...base, simulation: { ...base.simulation, seed, horizonDays: Math.min(base.simulation.horizonDays, 45) } };
        const people = generateContacts(p, 40, seed);
        const minute = Math.floor(at * p.simulation.horizonDays * DAY);
        const w = p.workflows[which % p.workflows.length]!;
        const run = whatIf(p, people, minute, { workflow: randomEdit(w, pick, kind, days) });
        expect(rowsBefore(run.changed, minute)).toEqual(rowsBefore(run.original, minute));
        // The original's steps keep their indices; new ones come after them.
        run.original.steps.forEach((s, k) => expect([run.changed.steps[k]!.workflow, run.changed.steps[k]!.step]).toEqual([s.workflow, s.step]));
      }),
      { numRuns: 40 },
    );
  });

  it('on random workflows (go-tos, waits, every branch kind): edited to itself is the full run; a random edit leaves the run before t as it was', () => {
    fc.assert(
      fc.property(fc.gen(), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 }), (g, seed, at, pick, kind, days) => {
        const w = randomWorkflow(g);
        const base = randomProject(w);
        const p = { ...base, simulation: { ...base.simulation, seed, horizonDays: 30 } };
        const people = generateContacts(p, 30, seed);
        const minute = Math.floor(at * 30 * DAY);
        const same = whatIf(p, people, minute, { workflow: JSON.parse(JSON.stringify(w)) as Workflow });
        expect(rows(same.changed)).toEqual(rows(same.original));
        let edited: Workflow;
        try {
          edited = randomEdit(w, pick, kind, days);
        } catch {
          return; // An edit the editor refuses (a go-to's target deleted...): nothing to run.
        }
        const run = whatIf(p, people, minute, { workflow: edited }, {}, same.original);
        expect(rowsBefore(run.changed, minute)).toEqual(rowsBefore(run.original, minute));
      }),
      { numRuns: 60 },
    );
  });
});
