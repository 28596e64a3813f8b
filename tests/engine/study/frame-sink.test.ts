import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate, type SimulationOptions } from '../../../engine/sim/index.ts';
import { Sim } from '../../../engine/sim/sim.ts';
import { countsOnlyFrame, dailyFrame, replicationFrame, replicationOptions, runRecord, runSplit, serializeRecord, studyLayout, studyShape } from '../../../engine/study/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { activityFields, activityProject, allTemplates, unusualProject } from '../sim/golden-digest.ts';

/**
 * A study's replication keeps no log: its rows are counted per day as they come (frame-sink.ts).
 * That frame must be the one `dailyFrame` reads off the full log of the same run (itself checked
 * against the engine's time travel, frame.test.ts), cell for cell, whatever the project.
 */

/** The first cell and day where the counts-only frame differs from the log's, or null. */
function firstDifference(project: Project, n: number, options: SimulationOptions): { cell: string; day: number } | null {
  const contacts = generateContacts(project, n, options.seed ?? 1);
  const full = simulate(project, contacts, options);
  const layout = studyLayout(project, full);
  const fromLog = dailyFrame(full, layout);
  const counted = countsOnlyFrame(project, contacts, options, layout);
  expect(counted.length).toBe(fromLog.length);
  const k = counted.findIndex((v, j) => v !== fromLog[j]);
  return k === -1 ? null : { cell: layout.cells[k % layout.cells.length]!.key, day: Math.floor(k / layout.cells.length) };
}

describe('counts-only frame (rows counted as they come)', () => {
  it('equals the frame of the full log: each of the five templates', () => {
    for (const id of TEMPLATE_IDS) expect(firstDifference(buildTemplate(id, 'fr'), 120, { seed: 3, horizonDays: 90 }), id).toBeNull();
  });

  it('equals it for the templates together with arrivals, and unusual filters and steps', () => {
    expect(firstDifference(allTemplates(), 150, { seed: 5, horizonDays: 75 })).toBeNull();
    expect(firstDifference(unusualProject(), 150, { seed: 5, horizonDays: 75 })).toBeNull();
  });

  it('equals it for a run stopped within a day: rows after the last whole day go to it, as in the log', () => {
    // 30 days and 17 hours: the series has 30 days, the horizon 60.
    expect(firstDifference(allTemplates(), 100, { seed: 8, horizonDays: 60, stopAtMinute: 30 * 1440 + 17 * 60 })).toBeNull();
    expect(firstDifference(allTemplates(), 40, { seed: 8, horizonDays: 60, stopAtMinute: 600 })).toBeNull();
  });

  it('equals it for random projects (fast-check)', () => {
    fc.assert(
      fc.property(fc.record(activityFields), fc.integer({ min: 0, max: 60 }), (fields, n) => {
        const { seed, ...shape } = fields;
        expect(firstDifference(activityProject(shape), n, { seed, horizonDays: 45 })).toBeNull();
      }),
      { numRuns: 15 },
    );
  });

  it('a replication is counted without its log, and gives the frame of its full run', () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 80, 2);
    const options = { replications: 3, seed: 2, horizonDays: 40 };
    const layout = studyShape(project, options);
    const full = simulate(project, contacts, replicationOptions(project, options, 2));
    expect(Array.from(replicationFrame(project, contacts, options, 2, layout))).toEqual(Array.from(dailyFrame(full, layout)));
  });

  it('a run whose rows went to a sink answers no question needing the log', () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 20, 1);
    const result = simulate(project, contacts, { seed: 1, horizonDays: 10, rows: () => ({ day: 0, add: () => undefined }) });
    expect(result.totals.enrolled).toBeGreaterThan(0);
    expect(() => result.stateAt(100)).toThrow(/counts only/);
    expect(() => result.contactAt(result.contactIds[0]!, 100)).toThrow(/counts only/);
    expect(() => result.contactAt('nobody', 100)).toThrow(/counts only/);
    expect(() => result.log).toThrow(/counts only/);
    expect(() => result.finalContacts).toThrow(/counts only/);
  });

  it("a counts-only run gives each contact's history back once it has run: the pool holds about one contact's", () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 400, 4);
    const nodesOf = (options: SimulationOptions) => {
      const sim = new Sim(project, contacts, options);
      while (!sim.advance(100_000)) {
        /* to the horizon */
      }
      return sim.store.history.nodes;
    };
    const full = nodesOf({ seed: 4, horizonDays: 60 });
    const counted = nodesOf({ seed: 4, horizonDays: 60, rows: () => ({ day: 0, add: () => undefined }) });
    // The full run keeps every event of 400 contacts; without release the two pools are the same size.
    expect(full).toBeGreaterThan(400);
    // Freed nodes are reused first, so the pool grows only past the largest history of a contact
    // (plus one pool block of 1,024 nodes, the size it starts with: nodes are counted as taken).
    expect(counted).toBeLessThan(full / 10);
  });

  it('split parts run without log merge to the counts of the single run', () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 150, 6);
    const options = { seed: 6, horizonDays: 60 };
    const whole = serializeRecord(runRecord(simulate(project, contacts, options), false));
    for (const parts of [1, 2, 3]) expect(serializeRecord(runSplit(project, contacts, options, parts, false)) === whole, `${parts} parts`).toBe(true);
  });
});
