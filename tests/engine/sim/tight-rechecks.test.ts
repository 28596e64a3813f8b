import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filter, Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { buildResult } from '../../../engine/sim/replay/result.ts';
import { Sim } from '../../../engine/sim/sim.ts';
import type { SimulationOptions, SimulationResult } from '../../../engine/sim/index.ts';
import { activityFields, activityProject, allTemplates, logColumn, unusualProject } from './golden-digest.ts';

/**
 * Tight re-checks (the default) skip midnight boundaries that cannot flip a filter and run a
 * midnight's re-checks first, by contact index. The reference is the former scheduling
 * (`tightRechecks: false`): every observable result must be the same, except the order of log
 * rows within one minute, enrollment numbering and the `events` counter. Those are normalised away.
 */

const sortRows = (rows: string[]): string[] => rows.sort();

function normalised(r: SimulationResult): Record<string, unknown> {
  const en = r.enrollments;
  const key = (e: number): string => (e < 0 ? '-' : `${en.contact[e]}/${en.workflow[e]}/${en.enrolledAt[e]}`);
  const enrollments: string[] = [];
  for (let e = 0; e < en.count; e++) {
    enrollments.push([key(e), en.endedAt[e], en.endState[e], en.endStep[e], en.lost[e]].join(' '));
  }
  const log = r.log;
  const rows: string[] = [];
  for (let k = 0; k < log.length; k++) {
    rows.push([log.time(k), log.contact(k), key(log.enrollment(k)), log.step(k), log.kind(k), log.detail(k), log.extra(k)].join(' '));
  }
  const times = logColumn(log, 'time');
  const timeTravel: unknown[] = [];
  for (const f of [0, 0.1, 0.37, 0.5, 0.83, 1]) {
    const t = Math.floor(f * r.lastMinute);
    const s = r.stateAt(t);
    timeTravel.push([Array.from(s.waiting), Array.from(s.edges), s.workflows, s.totals, s.lists, s.lifecycle]);
    for (let k = 0; k < r.contactIds.length; k += Math.max(1, Math.floor(r.contactIds.length / 40))) {
      const c = r.contactAt(r.contactIds[k]!, t)!;
      timeTravel.push([c.id, c.minute, sortRows(c.enrollments.map((x) => JSON.stringify(x))), sortRows(c.activity.map((x) => JSON.stringify(x)))]);
    }
  }
  return {
    times,
    rows: sortRows(rows),
    enrollments: sortRows(enrollments),
    counters: [{ ...r.totals, events: 0 }, r.workflows, r.steps, r.edges, r.listCounts, r.lifecycleCounts],
    series: r.series,
    contacts: r.finalContacts.map((c) => JSON.stringify(c)),
    ids: r.contactIds,
    timeTravel,
  };
}

/** The activity workflows' triggers also ask for a score above `above` (-1: not), a gate that opens and closes. */
function gated(project: Project, above: number): Project {
  if (above < 0) return project;
  const score: Filter = { kind: 'property', property: 'hubspotscore', type: 'number', operation: { op: 'gt', value: above } };
  const workflows = project.workflows.map((w) =>
    w.id.startsWith('a-')
      ? { ...w, enrollment: { ...w.enrollment, triggers: { groups: w.enrollment.triggers.groups.map((g) => ({ filters: [...g.filters, score] })) } } }
      : w,
  );
  return { ...project, workflows };
}

function run(project: Project, contacts: number, seed: number, options: SimulationOptions): { result: Record<string, unknown>; events: number } {
  const sim = new Sim(project, generateContacts(project, contacts, seed), options);
  while (!sim.advance(50_000)) {
    /* to the horizon */
  }
  return { result: normalised(buildResult(sim)), events: sim.totals.events };
}

describe('tight midnight re-checks', () => {
  // 'model': the lifecycle template's 2025 score model (engine/sim/run/score-model.ts), 'legacy': its former rules.
  it.each(['legacy', 'model'] as const)('give the results of the former scheduling for the templates together, with fewer events (%s scoring)', (scoring) => {
    const project = allTemplates(scoring);
    const tight = run(project, 800, 7, {});
    const reference = run(project, 800, 7, { tightRechecks: false });
    expect(tight.events).toBeLessThan(reference.events);
    expect(tight.result).toEqual(reference.result);
  }, 120_000);

  it('give the same results for history windows (compound email events, forms, page views, property updates)', () => {
    // The wait on criteria reads no window here: a wait on a window keeps every re-check.
    const base = unusualProject();
    const project = JSON.parse(JSON.stringify(base, (k, v: unknown) => (k === 'withinDays' && v === 7 ? undefined : v))) as Project;
    const tight = run(project, 600, 11, { seed: 3 });
    const reference = run(project, 600, 11, { seed: 3, tightRechecks: false });
    expect(tight.events).toBeLessThan(reference.events);
    expect(tight.result).toEqual(reference.result);
  }, 120_000);

  it('give the same results when visits enroll, unenroll and move re-checks, behind a score gate or not', () => {
    fc.assert(
      fc.property(
        fc.record({ ...activityFields, gate: fc.integer({ min: -1, max: 60 }) }),
        (p) => {
          const project = gated(activityProject(p), p.gate);
          const tight = run(project, 150, p.seed, { seed: p.seed });
          const reference = run(project, 150, p.seed, { seed: p.seed, tightRechecks: false });
          expect(tight.result).toEqual(reference.result);
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 10) },
    );
  }, 180_000);
});
