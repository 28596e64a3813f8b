import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { loadPopulation, simulate, type SimulationOptions } from '../../../engine/sim/index.ts';
import { replicationFrame, runRecord, runStudy, serializeRecord, studyShape } from '../../../engine/study/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { activityFields, activityProject, allTemplates, unusualProject } from './golden-digest.ts';

/**
 * A loaded population (engine/sim/loaded.ts): the start population loaded once (with each
 * contact's score baseline, trigger verdicts and first possible flip at minute 0), each run
 * starting from a copy of that store. A run from it is the run that loads its contacts itself,
 * byte for byte (every counter, series, enrollment and log row), whatever its seed; and no run
 * changes it. Each shortcut was checked to fail these when wrong (a baseline not read, a verdict
 * inverted, a first flip a day late, lists shared with the copy).
 */

function record(project: Project, contacts: ReturnType<typeof generateContacts>, options: SimulationOptions): string {
  return serializeRecord(runRecord(simulate(project, contacts, options), true));
}

/** The runs of these seeds from one population loaded with the first, each against the run loading its own contacts. */
function same(project: Project, n: number, seeds: readonly number[], horizonDays: number, extra: SimulationOptions = {}): void {
  const contacts = generateContacts(project, n, seeds[0]!);
  const loaded = loadPopulation(project, contacts, { seed: seeds[0], horizonDays, ...extra });
  for (const seed of seeds) {
    const plain = record(project, contacts, { seed, horizonDays, ...extra });
    expect(record(project, contacts, { seed, horizonDays, ...extra, loaded }) === plain, `seed ${seed}`).toBe(true);
  }
}

describe('a loaded population', () => {
  it('each template: runs of three seeds from one population are the runs loading their own contacts', () => {
    for (const id of TEMPLATE_IDS) same(buildTemplate(id, 'fr'), 80, [4, 5, 6], 120);
  });

  it('with a score model, legacy rules read lazily or stored (eager), arrivals and unusual filters', () => {
    same(allTemplates('model'), 150, [7, 8], 120);
    same(allTemplates('legacy'), 150, [7, 8], 120);
    same(allTemplates('legacy'), 100, [3, 9], 90, { lazyScore: false });
    same(unusualProject(), 120, [3, 11], 90);
  });

  it('random projects (fast-check)', () => {
    fc.assert(
      fc.property(fc.record(activityFields), fc.integer({ min: 0, max: 40 }), fc.integer(), (fields, n, other) => {
        const { seed, ...shape } = fields;
        same(activityProject(shape), n, [seed, other | 0], 40);
      }),
      { numRuns: 15 },
    );
  });

  it('is left as loaded by the runs from it', () => {
    const project = allTemplates('model');
    const contacts = generateContacts(project, 60, 2);
    const loaded = loadPopulation(project, contacts, { horizonDays: 60 });
    const first = record(project, contacts, { seed: 1, horizonDays: 60, loaded });
    record(project, contacts, { seed: 2, horizonDays: 60, loaded });
    expect(record(project, contacts, { seed: 1, horizonDays: 60, loaded })).toBe(first);
  });

  it('serves only the project, contacts and options it was loaded with (the seed aside)', () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 10, 1);
    const loaded = loadPopulation(project, contacts, { horizonDays: 30 });
    expect(() => simulate(buildTemplate('nurturing', 'fr'), contacts, { horizonDays: 30, loaded })).toThrow(/loaded population/);
    expect(() => simulate(project, contacts.slice(), { horizonDays: 30, loaded })).toThrow(/loaded population/);
    expect(() => simulate(project, contacts, { horizonDays: 31, loaded })).toThrow(/option "horizonDays" differs/);
    expect(() => simulate(project, contacts, { horizonDays: 30, seed: 99, loaded })).not.toThrow();
  });

  it('a study from one population has the frames of replications loading their own contacts', () => {
    const project = allTemplates('model');
    const contacts = generateContacts(project, 50, 5);
    const options = { replications: 4, seed: 5, horizonDays: 45 };
    const layout = studyShape(project, options);
    const frames = Array.from({ length: 4 }, (_, r) => replicationFrame(project, contacts, options, r, layout));
    const { summary } = runStudy(project, contacts, options);
    // The mean of each cell on the last day, from the frames of runs loading their own contacts.
    const C = layout.cells.length;
    const days = frames[0]!.length / C;
    for (let c = 0; c < C; c++) {
      const mean = frames.reduce((s, f) => s + f[(days - 1) * C + c]!, 0) / 4;
      expect(summary.mean[(days - 1) * C + c]).toBeCloseTo(mean, 9);
    }
  });
});
