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
  it('show the score the contact came with, so a combined score above its parts is explained', () => {
    // A review saw "Combined 96 · High, Fit 0, Engagement 0" and read a contradiction: the 96 is the contact's own score.
    const given = { ...contacts[0]!, properties: { ...contacts[0]!.properties, hubspotscore: 96, jobtitle: '' } };
    const scores = contactScoresAt(project, given, settings, 0)!;
    // At the first minute the combined score is the given one, whatever the parts.
    expect(scores.combined).toBe(96);
    expect(scores.start).toBe(96);
  });

  it.each([0, 20 * 1440 + 600, 61 * 1440 + 7])('are those of the whole run at minute %i', (minute) => {
    const whole = wholeRunAt(project, minute);
    const first = wholeRunAt(project, 0);
    for (const c of contacts) {
      const inRun = whole.find((w) => w.id === c.id)!.properties;
      expect(contactScoresAt(project, c, settings, minute), c.id).toEqual({
        combined: inRun.hubspotscore,
        fit: inRun.fitscore,
        engagement: inRun.engagementscore,
        label: inRun.scorethreshold,
        // The combined score at the run's first minute, where the model starts from.
        start: first.find((w) => w.id === c.id)!.properties.hubspotscore,
      });
    }
  });

  it('give the combined score alone for legacy score rules, and nothing where nothing scores', () => {
    const { scoreModel: _model, ...rest } = project;
    const legacy = { ...rest, scoreRules: LEGACY_SCORE_RULES('en') };
    const minute = 30 * 1440;
    const inRun = wholeRunAt(legacy, minute).find((w) => w.id === contacts[3]!.id)!.properties;
    expect(contactScoresAt(legacy, contacts[3], settings, minute)).toEqual({ combined: inRun.hubspotscore, fit: null, engagement: null, label: null, start: null });
    expect(contactScoresAt(emptyProject(asProjectId('p'), 'p'), contacts[3], settings, minute)).toBeNull();
    // An arrival is not among the contacts handed to the run: no score shown rather than a wrong one.
    expect(contactScoresAt(project, undefined, settings, minute)).toBeNull();
  });
});
