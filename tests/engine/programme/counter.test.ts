import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../engine/model/index.ts';
import { programmeCounts, programmeMap } from '../../../engine/programme/index.ts';
import { programmeTables } from '../../../engine/programme/counter.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { END_STATES, ENROLL_HOWS, LOG_KINDS as K, simulate, type SimulationResult } from '../../../engine/sim/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { allTemplates, unusualProject } from '../sim/golden-digest.ts';
import { seedProgramme } from './fixtures.ts';
import { referenceProgrammeCounts } from './reference-counts.ts';

/**
 * The streaming link counter (engine/programme/counter.ts), through `programmeCounts`, against the
 * first implementation kept as the reference (reference-counts.ts): on real runs, and on random
 * logs that mix every row kind it reads (refused stages, writes no link reads, enroll steps, waits,
 * goals, suppressions, branches) with contacts interleaved.
 */

const projects: readonly [string, () => Project][] = [
  ['seed programme', () => seedProgramme('en')],
  ['templates together with arrivals', allTemplates],
  ['unusual filters and steps', unusualProject],
  ...TEMPLATE_IDS.map((id): [string, () => Project] => [id, () => buildTemplate(id, 'fr')]),
];

function same(project: Project, result: Pick<SimulationResult, 'steps' | 'edges' | 'workflows' | 'enrollments' | 'log'>): { counts: Map<string, number>; reference: Map<string, number> } {
  const map = programmeMap(project);
  return { counts: programmeCounts(project, map, result as SimulationResult), reference: referenceProgrammeCounts(project, map, result as SimulationResult) };
}

describe('programme link counter', () => {
  it.each(projects)('equals the reference on runs of the %s, with every workflow and with one left out', (_name, build) => {
    const project = build();
    const contacts = generateContacts(project, 250, 3);
    for (const workflows of [undefined, project.workflows.slice(1).map((w) => w.id)]) {
      for (const seed of [1, 2]) {
        const { counts, reference } = same(project, simulate(project, contacts, { seed, horizonDays: 90, ...(workflows ? { workflows } : {}) }));
        expect(counts).toEqual(reference);
      }
    }
  });

  it('counted something on the runs above (or the comparison proves little)', () => {
    const carried = [seedProgramme('en'), unusualProject()].map((project) => {
      const { reference } = same(project, simulate(project, generateContacts(project, 250, 3), { seed: 1, horizonDays: 90 }));
      return [...reference.values()].filter((n) => n > 0).length;
    });
    expect(carried[0]).toBeGreaterThan(1);
    expect(carried[1]).toBeGreaterThan(3);
  });

  it('equals the reference on random logs of every row kind it reads, contacts interleaved (fast-check)', () => {
    /** Logs where some link was credited. */
    let credited = 0;
    for (const project of [seedProgramme('en'), unusualProject()]) {
      const base = simulate(project, generateContacts(project, 3, 1), { seed: 1, horizonDays: 2 });
      const S = base.steps.length;
      const E = base.edges.length;
      const W = base.workflows.length;
      // Steps that write an item are drawn half the time: links are credited often enough to compare.
      const writers = programmeTables(project, programmeMap(project), base).writesAt.flatMap((w, k) => (w.length > 0 ? [k] : []));
      const row = fc.record({
        later: fc.boolean(),
        contact: fc.nat({ max: 3 }),
        workflow: fc.nat({ max: W - 1 }),
        step: fc.oneof(fc.constantFrom(...writers), fc.nat({ max: S - 1 })),
        kind: fc.constantFrom(K.action, K.sent, K.ignored, K.enrolled, K.ended, K.branch, K.at, K.opened),
        how: fc.nat({ max: ENROLL_HOWS.length - 1 }),
        end: fc.nat({ max: END_STATES.length - 1 }),
        lost: fc.boolean(),
        edge: fc.integer({ min: -1, max: E - 1 }),
        target: fc.nat({ max: W - 1 }),
      });
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 80, size: 'max' }), (rows) => {
          let t = 0;
          const cols = rows.map((r, e) => {
            if (r.later) t++;
            // An enrollment per row; an action's detail is the workflow an enroll step enrolls in.
            const detail = r.kind === K.enrolled ? r.how : r.kind === K.ended ? r.end | (r.lost ? 16 : 0) : r.kind === K.at ? Math.max(0, r.edge) : r.kind === K.action ? r.target : 0;
            const extra = r.kind === K.ended ? r.edge : -1;
            return [t, r.contact, e, r.step, r.kind, detail, extra] as const;
          });
          const log = {
            length: cols.length,
            time: (r: number) => cols[r]![0],
            contact: (r: number) => cols[r]![1],
            enrollment: (r: number) => cols[r]![2],
            step: (r: number) => cols[r]![3],
            kind: (r: number) => cols[r]![4],
            detail: (r: number) => cols[r]![5],
            extra: (r: number) => cols[r]![6],
          };
          const enrollments = { workflow: Int32Array.from(rows, (r) => r.workflow) };
          const { counts, reference } = same(project, { steps: base.steps, edges: base.edges, workflows: base.workflows, enrollments, log } as unknown as SimulationResult);
          expect(counts).toEqual(reference);
          if ([...reference.values()].some((n) => n > 0)) credited++;
        }),
        { numRuns: 1000, seed: 20261207 },
      );
    }
    // Many random logs did credit links: the comparison is not between two empty maps.
    expect(credited).toBeGreaterThan(50);
  });
});
