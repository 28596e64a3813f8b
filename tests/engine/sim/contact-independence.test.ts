import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asContactId, type Contact } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { timeline } from './timeline.ts';

/**
 * DESIGN §3: each contact draws from its own stream, seeded from the run's seed and its id, and
 * contacts never act on one another, so editing, adding or removing one contact leaves every
 * other contact's run (each random draw: persona, opens, clicks, delays, visits) unchanged.
 */

const project = buildTemplate('lifecycle', 'fr');
const base = generateContacts(project, 60, 3);

const edits: Record<string, (c: Contact) => Contact | null> = {
  stage: (c) => ({ ...c, properties: { ...c.properties, lifecyclestage: 'customer' } }),
  score: (c) => ({ ...c, properties: { ...c.properties, hubspotscore: 99 } }),
  id: (c) => ({ ...c, id: asContactId(`${c.id}-renamed`) }),
  events: (c) => ({ ...c, events: [] }),
  removed: () => null,
};

describe('editing one contact leaves the others alone', () => {
  it('every other contact has the very same timeline', () => {
    const before = simulate(project, base, { seed: 9, horizonDays: 60 });
    const others = (skip: string) => base.filter((c) => c.id !== skip).map((c) => c.id);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.constantFrom(...Object.keys(edits)), (k, edit) => {
        const target = base[k]!;
        const edited = edits[edit]!(target);
        const contacts = base.flatMap((c, j) => (j !== k ? [c] : edited ? [edited] : []));
        const after = simulate(project, contacts, { seed: 9, horizonDays: 60 });
        for (const id of others(target.id)) expect(timeline(after, id)).toEqual(timeline(before, id));
      }),
      { numRuns: 15 },
    );
  });

  it('adding a contact at the front changes no one else', () => {
    const before = simulate(project, base, { seed: 9, horizonDays: 60 });
    const extra = { ...base[0]!, id: asContactId('newcomer') };
    const after = simulate(project, [extra, ...base], { seed: 9, horizonDays: 60 });
    for (const c of base) expect(timeline(after, c.id)).toEqual(timeline(before, c.id));
  });

  it('the check has teeth: another seed changes some timeline', () => {
    const a = simulate(project, base, { seed: 9, horizonDays: 60 });
    const b = simulate(project, base, { seed: 10, horizonDays: 60 });
    expect(base.some((c) => timeline(a, c.id).join('\n') !== timeline(b, c.id).join('\n'))).toBe(true);
  });
});
