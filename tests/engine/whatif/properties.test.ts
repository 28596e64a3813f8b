import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import type { SimulationResult } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { whatIf } from '../../../engine/whatif/index.ts';

/**
 * What if a contact's properties are edited at minute t (sim option `propertiesFrom`). The
 * lifecycle template's "Lead → MQL" workflow enrolls leads whose contact type is not student,
 * competitor or partner; a prospect that became MQL after day 10 in the original run, made a
 * student at day 10, must not become MQL, and nothing else may move.
 */
const DAY = 1440;
const project = buildTemplate('lifecycle', 'en');
const contacts = generateContacts(project, 300, 4);
const t = 10 * DAY;

function rowsOf(result: SimulationResult, contact: number | null, below = Infinity): string[] {
  const log = result.log;
  const out: string[] = [];
  for (let r = 0; r < log.length && log.time(r) < below; r++) {
    if (contact !== null && log.contact(r) === contact) continue;
    out.push([log.time(r), log.contact(r), log.step(r), log.kind(r), log.detail(r)].join(','));
  }
  return out;
}

function mqlEnrollments(result: SimulationResult, id: string): number[] {
  const w = result.workflows.findIndex((x) => x.id === 'wf-lifecycle-mql');
  const i = result.contactIds.indexOf(id);
  const e = result.enrollments;
  return Array.from(e.contact.keys()).filter((k) => e.contact[k] === i && e.workflow[k] === w).map((k) => e.enrolledAt[k]!);
}

describe('what if a contact’s properties change at minute t', () => {
  const original = whatIf(project, contacts, t, {}).original;
  const w = original.workflows.findIndex((x) => x.id === 'wf-lifecycle-mql');
  const e = original.enrollments;
  const lateMql = Array.from(e.contact.keys()).filter((k) => e.workflow[k] === w && e.enrolledAt[k]! > t).map((k) => original.contactIds[e.contact[k]!]!);

  it('a prospect made a student at day 10 no longer becomes MQL after it; every other contact’s rows stay', () => {
    expect(lateMql.length).toBeGreaterThan(0);
    const id = lateMql[0]!;
    expect(contacts.find((c) => c.id === id)!.properties['contacttype']).toBe('prospect');
    const run = whatIf(project, contacts, t, { properties: [{ contact: id, values: { contacttype: 'student' } }] });
    expect(mqlEnrollments(run.original, id).some((m) => m > t)).toBe(true);
    expect(mqlEnrollments(run.changed, id).filter((m) => m >= t)).toEqual([]);
    const i = run.changed.contactIds.indexOf(id);
    expect(rowsOf(run.changed, i)).toEqual(rowsOf(run.original, i));
    // Before t, the contact's own rows are the same too.
    expect(rowsOf(run.changed, null, t)).toEqual(rowsOf(run.original, null, t));
  });

  it('setting a property to the value it has changes nothing (random contacts and t)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: contacts.length - 1 }), fc.integer({ min: 0, max: project.simulation.horizonDays * DAY - 1 }), (k, minute) => {
        const c = contacts[k]!;
        const run = whatIf(project, contacts, minute, { properties: [{ contact: c.id, values: { firstname: c.properties['firstname'] ?? null } }] }, {}, original);
        expect(rowsOf(run.changed, null)).toEqual(rowsOf(run.original, null));
      }),
      { numRuns: 15 },
    );
  });
});
