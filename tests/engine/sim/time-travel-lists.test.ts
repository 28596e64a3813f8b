import { describe, expect, it } from 'vitest';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { certainPersona, DAY, withPersonas } from './fixtures.ts';

describe('time travel list counts', () => {
  const base = buildTemplate('nurturing', 'fr');
  // Certain personas filling forms keep contacts flowing into the nurturing's add-to-list steps all month.
  const project = withPersonas({ ...base, simulation: { ...base.simulation, horizonDays: 30, seed: 5 } }, [
    { ...certainPersona(1, 3, { formsPerWeek: 2 }), share: 50 },
    { ...certainPersona(0, 2, { formsPerWeek: 1 }), share: 50 },
  ]);
  const contacts = generateContacts(project, 300, 4);
  const full = simulate(project, contacts);
  const midDays = [3 * DAY + 14 * 60 + 5, 11 * DAY + 10 * 60 + 41, 20 * DAY + 16 * 60 + 30, full.lastMinute - 600];

  it('are exact at any minute, as a run stopped at that minute counts them', () => {
    for (const t of [0, 9 * 60 + 17, ...midDays, full.lastMinute]) {
      const stopped = simulate(project, contacts, { stopAtMinute: t });
      expect(full.stateAt(t).lists, `minute ${t}`).toEqual(stopped.listCounts);
    }
  });

  it('move within a day, not only at midnights', () => {
    const total = (t: number) => Object.values(full.stateAt(t).lists).reduce((a, b) => a + b, 0);
    const moved = midDays.filter((t) => total(t) !== total(t - (t % DAY)));
    expect(moved.length).toBeGreaterThan(0);
  });

  it('at the last minute equal the end counts', () => {
    expect(Object.values(full.listCounts).some((n) => n > 0)).toBe(true);
    expect(full.stateAt(full.lastMinute).lists).toEqual(full.listCounts);
  });
});
