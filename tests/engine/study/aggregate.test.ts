import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { dailyFrame, replicationOptions, replicationSeed, runStudy, StudyAggregate, studyShape } from '../../../engine/study/index.ts';
import { allTemplates } from '../sim/golden-digest.ts';
import { referenceFrame } from './reference.ts';

/**
 * The streaming aggregates (one frame per replication, engine/study/aggregate.ts) against the
 * slow way: every replication run to its full result, every count read by time travel at the end
 * of every day (reference.ts), then mean and interval taken from plain sorted arrays by the rule
 * as written in interval.ts (the k-th smallest and k-th largest, k = floor(0.05 (R + 1)), at least 1).
 */

const project = { ...allTemplates(), simulation: { ...allTemplates().simulation, horizonDays: 40 } };
const contacts = generateContacts(project, 80, 2);
const R = 21;
const options = { replications: R, seed: 5 };

describe('study aggregates', () => {
  it('equal mean and interval computed from every replication’s full log', () => {
    const study = runStudy(project, contacts, options);
    const layout = studyShape(project, options);
    const frames = Array.from({ length: R }, (_, r) => referenceFrame(simulate(project, contacts, replicationOptions(project, options, r)), layout, project));
    const n = frames[0]!.length;
    expect(study.summary.mean.length).toBe(n);
    const k = Math.max(1, Math.floor(0.05 * (R + 1)));
    let spread = 0;
    for (let c = 0; c < n; c++) {
      const values = frames.map((f) => f[c]!).sort((a, b) => a - b);
      const mean = values.reduce((a, b) => a + b, 0) / R;
      if (study.summary.mean[c] !== mean || study.summary.lo[c] !== values[k - 1] || study.summary.hi[c] !== values[R - k]) {
        throw new Error(`cell ${layout.cells[c % layout.cells.length]!.key} day ${Math.floor(c / layout.cells.length)}: ${study.summary.mean[c]} ${study.summary.lo[c]}-${study.summary.hi[c]}, expected ${mean} ${values[k - 1]}-${values[R - k]}`);
      }
      if (values[k - 1] !== values[R - k]) spread++;
    }
    // Replications do differ (or equal intervals would prove nothing).
    expect(spread).toBeGreaterThan(n / 10);
  }, 60_000);

  it('is reproducible from the seed, and replication 0 is the single run', () => {
    const a = runStudy(project, contacts, { replications: 3, seed: 8 });
    const b = runStudy(project, contacts, { replications: 3, seed: 8 });
    const c = runStudy(project, contacts, { replications: 3, seed: 9 });
    expect(a.summary.mean).toEqual(b.summary.mean);
    expect(a.summary.mean).not.toEqual(c.summary.mean);
    expect(replicationSeed(8, 0)).toBe(8);
    const single = runStudy(project, contacts, { replications: 1, seed: 8 });
    const layout = studyShape(project, { replications: 1 });
    expect(Array.from(single.summary.mean)).toEqual(Array.from(dailyFrame(simulate(project, contacts, { seed: 8 }), layout)));
    expect(new Set(Array.from({ length: 1000 }, (_, r) => replicationSeed(8, r))).size).toBe(1000);
  });

  it('does not depend on the order replications arrive in', () => {
    const frames = [Int32Array.of(1, 5, 2, 9), Int32Array.of(3, 5, 0, 9), Int32Array.of(2, 5, 1, 7)];
    const forward = new StudyAggregate(2, 2, 3);
    const backward = new StudyAggregate(2, 2, 3);
    frames.forEach((f, r) => forward.add(r, f));
    [...frames.entries()].reverse().forEach(([r, f]) => backward.add(r, f));
    expect(backward.summary()).toEqual(forward.summary());
    // By hand: cell 0 day 0 holds 1, 3, 2: mean 2, and with R = 3, k = 1: min 1 to max 3.
    const s = forward.summary();
    expect([s.mean[0], s.lo[0], s.hi[0]]).toEqual([2, 1, 3]);
    expect([s.mean[3], s.lo[3], s.hi[3]]).toEqual([25 / 3, 7, 9]);
    expect(() => forward.add(1, frames[0]!)).toThrow(/twice/);
    expect(() => new StudyAggregate(2, 2, 3).summary()).toThrow(/0 of 3/);
  });
});
