import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { scoreContact } from '../../../engine/scoring/score-contact.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';

/**
 * The simulator's reading of a score model while contacts act (emails opened and clicked, forms,
 * pricing-page visits, some quiet), against `scoreContact`, the model applied straight from its
 * definition to each contact as the run leaves it. The contacts come with no score, so the
 * combined score is the model's alone. Runs stopped at several minutes: the scores read then.
 */

const project = { ...buildTemplate('lifecycle', 'en'), workflows: [...buildTemplate('nurturing', 'en').workflows, ...buildTemplate('lifecycle', 'en').workflows] };
const nurturing = buildTemplate('nurturing', 'en');
const full = { ...project, emails: nurturing.emails, assets: nurturing.assets, lists: [...nurturing.lists, ...project.lists] };
const contacts: Contact[] = generateContacts(full, 250, 9).map((c) => {
  const { hubspotscore: _score, ...properties } = c.properties;
  return { ...c, properties };
});

describe('score model in a run where contacts act', () => {
  it.each([3, 17, 45, 88])('reads on day %i what the model gives each contact as it stands', (day) => {
    const minute = day * 1440 + 13 * 60 + 7;
    const r = simulate(full, contacts, { seed: 9, horizonDays: 100, stopAtMinute: minute });
    const nowMs = r.startMs + minute * 60_000;
    let engaged = 0;
    for (const c of r.finalContacts) {
      const expected = scoreContact(full.scoreModel!, c, nowMs);
      expect({ id: c.id, combined: c.properties.hubspotscore, fit: c.properties.fitscore, engagement: c.properties.engagementscore, label: c.properties.scorethreshold ?? null }).toEqual({
        id: c.id,
        combined: expected.combined,
        fit: expected.fit,
        engagement: expected.engagement,
        label: expected.label,
      });
      if (expected.engagement > 0) engaged++;
    }
    // The case is not empty: contacts did things worth points.
    expect(engaged).toBeGreaterThan(10);
  });
});
