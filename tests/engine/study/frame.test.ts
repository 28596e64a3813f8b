import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { dailyFrame, studyLayout } from '../../../engine/study/index.ts';
import { allTemplates, unusualProject } from '../sim/golden-digest.ts';
import { referenceFrame } from './reference.ts';

/**
 * A study keeps of each replication only its counts per day, read in one pass over the log
 * (frame.ts). They must be exactly what the engine's time travel answers at the last minute of
 * each day (reference.ts asks `stateAt` cell by cell): the aggregates are then those of the full logs.
 */
describe('daily frame', () => {
  for (const [name, build] of [['templates with arrivals', allTemplates], ['unusual filters and steps', unusualProject]] as const) {
    it(`equals stateAt at the end of every day: ${name}`, () => {
      const project = build();
      const contacts = generateContacts(project, 150, 5);
      const result = simulate(project, contacts, { horizonDays: 75, seed: 11 });
      const layout = studyLayout(project, result);
      const frame = dailyFrame(result, layout);
      expect(frame.length).toBe(75 * layout.cells.length);
      // Something happened in every kind of cell, or the comparison would prove little.
      const last = frame.subarray(74 * layout.cells.length);
      for (const kind of ['step', 'email', 'edge', 'workflow', 'workflow-email', 'total', 'list', 'stage', 'programme'] as const) {
        expect(layout.cells.some((c, k) => c.kind === kind && last[k]! > 0), kind).toBe(true);
      }
      // Conversions at the end are the engine's own counter.
      const conversions = layout.cells.findIndex((c) => c.key === 'total||conversions|');
      expect(last[conversions]).toBe(result.totals.conversions);
      expect(result.totals.conversions).toBeGreaterThan(0);
      const reference = referenceFrame(result, layout, project);
      const firstDiff = frame.findIndex((v, k) => v !== reference[k]);
      expect(firstDiff === -1 ? null : { cell: layout.cells[firstDiff % layout.cells.length]!.key, day: Math.floor(firstDiff / layout.cells.length) }).toBeNull();
    });
  }
});
