import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTallies, NotEnrolledCounter, notEnrolledTally, type NotEnrolledTally } from '../../../engine/cli/commands/not-enrolled.ts';
import type { Contact, Project } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate, type SimulationOptions } from '../../../engine/sim/index.ts';
import { partResult } from '../../../engine/study/index.ts';
import { buildTemplate, TEMPLATE_IDS } from '../../../engine/templates/index.ts';
import { activityFields, activityProject, allTemplates, unusualProject } from '../sim/golden-digest.ts';

/**
 * Why contacts were not enrolled (the summary of `flowbench simulate`), counted two ways: over a
 * finished full run (`notEnrolledTally`, reading `finalContacts`) and contact by contact as each
 * one's run ends (`NotEnrolledCounter`, the run's `contactEnd` option), which a split run's parts
 * use since they keep no contact once run. The two must agree on every count, and the parts'
 * tallies must add up to the whole run's.
 */

const countsOnly = { rows: () => ({ day: 0, add: () => undefined }) } satisfies SimulationOptions;

function both(project: Project, contacts: Contact[], options: SimulationOptions): { full: NotEnrolledTally[]; counted: NotEnrolledTally[] } {
  const result = simulate(project, contacts, options);
  const full = result.workflows.map((_, w) => notEnrolledTally(project, result, w));
  const counter = new NotEnrolledCounter(project);
  const counting = simulate(project, contacts, { ...options, ...countsOnly, contactEnd: counter.onEnd });
  return { full, counted: counter.tallies(counting.workflows.map((w) => w.id)) };
}

describe('not enrolled, counted as each contact ends', () => {
  it('equals the tally of the finished run: each template, then all of them with arrivals and unusual filters', () => {
    for (const id of TEMPLATE_IDS) {
      const project = buildTemplate(id, 'en');
      const { full, counted } = both(project, generateContacts(project, 150, 3), { seed: 3, horizonDays: 60 });
      expect(counted, id).toEqual(full);
    }
    for (const project of [allTemplates(), unusualProject()]) {
      const { full, counted } = both(project, generateContacts(project, 200, 5), { seed: 5, horizonDays: 45 });
      // Not a vacuous equality: some contacts fail a trigger filter.
      expect(full.some((t) => t.fails.some((n) => n > 0))).toBe(true);
      expect(counted).toEqual(full);
    }
  });

  it('equals it on random projects (fast-check)', () => {
    fc.assert(
      fc.property(fc.record(activityFields), fc.integer({ min: 0, max: 50 }), (fields, n) => {
        const { seed, ...shape } = fields;
        const project = activityProject(shape);
        const { full, counted } = both(project, generateContacts(project, n, seed), { seed, horizonDays: 40 });
        expect(counted).toEqual(full);
      }),
      { numRuns: 12 },
    );
  });

  it('gives each contact as finalContacts has it', () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 60, 9);
    const result = simulate(project, contacts, { seed: 9, horizonDays: 30 });
    const ended: Contact[] = [];
    simulate(project, contacts, { seed: 9, horizonDays: 30, ...countsOnly, contactEnd: (end) => ended.push(end.contact()) });
    expect(ended).toEqual(result.finalContacts);
  });

  it('the tallies of the parts of a split run add up to the whole run’s', () => {
    const project = allTemplates();
    const contacts = generateContacts(project, 240, 2);
    const options = { seed: 2, horizonDays: 50 };
    const whole = simulate(project, contacts, options);
    const expected = whole.workflows.map((_, w) => notEnrolledTally(project, whole, w));
    const parts = [0, 1, 2].map((part) => {
      const counter = new NotEnrolledCounter(project);
      const result = partResult(project, contacts, { ...options, contactEnd: counter.onEnd }, part, 3, true);
      return counter.tallies(result.workflows.map((w) => w.id));
    });
    expect(addTallies(parts)).toEqual(expected);
    // Each part counted only its own contacts.
    expect(parts.every((p) => p[0]!.count < expected[0]!.count)).toBe(true);
  });
});
