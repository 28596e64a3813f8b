import { describe, expect, it } from 'vitest';
import { asProjectId, emptyProject } from '../../../engine/model/index.ts';
import { generateContacts } from '../../../engine/sample/index.ts';
import { simulate } from '../../../engine/sim/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { LEGACY_SCORE_RULES } from '../../../engine/templates/lifecycle.ts';
import { contactScoresAt, type ScoreRunSettings } from '../../../renderer/scoring/journey-scores.ts';

/**
 * The journey's scores come from the contact run alone up to the minute asked; they must be the
 * scores that contact has at that minute in the whole run (a run of everyone stopped there).
 */

const project = buildTemplate('lifecycle', 'en');
const settings: ScoreRunSettings = { workflows: [], startDate: project.simulation.startDate, horizonDays: 90, seed: 5, arrivals: { ...project.simulation.arrivals, perDay: 3 } };
const contacts = generateContacts(project, 60, 5);

function wholeRunAt(p: typeof project, minute: number) {
  return simulate(p, contacts, { ...settings, stopAtMinute: minute }).finalContacts;
}

describe('a contact’s scores in its journey', () => {
  it.each([0, 20 * 1440 + 600, 61 * 1440 + 7])('are those of the whole run at minute %i', (minute) => {
    const whole = wholeRunAt(project, minute);
    for (const c of contacts) {
      const inRun = whole.find((w) => w.id === c.id)!.properties;
      expect(contactScoresAt(project, c, settings, minute), c.id).toEqual({
        combined: inRun.hubspotscore,
        fit: inRun.fitscore,
        engagement: inRun.engagementscore,
        label: inRun.scorethreshold,
      });
    }
  });

  it('give the combined score alone for legacy score rules, and nothing where nothing scores', () => {
    const { scoreModel: _model, ...rest } = project;
    const legacy = { ...rest, scoreRules: LEGACY_SCORE_RULES('en') };
    const minute = 30 * 1440;
    const inRun = wholeRunAt(legacy, minute).find((w) => w.id === contacts[3]!.id)!.properties;
    expect(contactScoresAt(legacy, contacts[3], settings, minute)).toEqual({ combined: inRun.hubspotscore, fit: null, engagement: null, label: null });
    expect(contactScoresAt(emptyProject(asProjectId('p'), 'p'), contacts[3], settings, minute)).toBeNull();
    // An arrival is not among the contacts handed to the run: no score shown rather than a wrong one.
    expect(contactScoresAt(project, undefined, settings, minute)).toBeNull();
  });
});
