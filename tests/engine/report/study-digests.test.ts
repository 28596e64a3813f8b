import { describe, expect, it } from 'vitest';
import type { Project } from '../../../engine/model/index.ts';
import { replicationDigest, studyDigests } from '../../../engine/report/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { replicationFrame, replicationOptions, StudyAggregate, studyShape } from '../../../engine/study/index.ts';
import { allTemplates, unusualProject } from '../sim/golden-digest.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

/**
 * A report's intervals after a study read each replication's digest off the study's counts (its
 * last day) instead of running the replications again whole: the digests must be those of the
 * full runs (end figures from time travel at the horizon, list members at the end, programme
 * links counted on the whole log).
 */
function both(project: Project, n: number, horizonDays: number) {
  const contacts = generateContacts(project, n, 4);
  const options = { replications: 4, seed: 4, horizonDays };
  const layout = studyShape(project, options);
  const aggregate = new StudyAggregate(layout.cells.length, horizonDays, options.replications);
  for (let r = 0; r < options.replications; r++) aggregate.add(r, replicationFrame(project, contacts, options, r, layout));
  const full = Array.from({ length: options.replications }, (_, r) => replicationDigest(project, simulate(project, contacts, replicationOptions(project, options, r))));
  return { fromStudy: studyDigests(layout, aggregate), full };
}

describe('report digests read off a study', () => {
  it('equal the digests of the full runs: the templates together with arrivals, and unusual filters and steps', () => {
    for (const project of [allTemplates(), unusualProject()]) {
      const { fromStudy, full } = both(project, 150, 60);
      expect(fromStudy).toEqual(full);
      // Something to compare: links carried contacts, workflows ended, lists have members.
      expect(full.some((d) => Object.values(d.programme).some((v) => v > 0))).toBe(true);
      expect(full.some((d) => Object.values(d.ends).some((e) => e.completed > 0 && e.inProgress > 0))).toBe(true);
      expect(full.some((d) => Object.values(d.lists).some((v) => v > 0))).toBe(true);
      // The replications differ, or the comparison would hold for one run only.
      expect(new Set(full.map((d) => JSON.stringify(d))).size).toBeGreaterThan(1);
    }
  });

  it('equal them for the lifecycle template over a year (stages set, links by trigger)', () => {
    const { fromStudy, full } = both(buildTemplate('lifecycle', 'en'), 200, 365);
    expect(fromStudy).toEqual(full);
  });
});
