// The words of a card: engine/cards (the report's) against renderer/canvas/summary.ts (the
// canvas's), which the canvas keeps writing through i18next from the same table: the same step
// must read the same in both.
import { describe, expect, it } from 'vitest';
import { cardSummary, cardTitle, triggersText as engineTriggers } from '../../engine/cards/index.ts';
import { STEP_KINDS, type Lang } from '../../engine/model/index.ts';
import { triggersText } from '../../renderer/canvas/cardText.ts';
import { stepSummary, stepTitle } from '../../renderer/canvas/summary.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { everyKind, projects } from './every-kind.ts';

const LANGS: readonly Lang[] = ['fr', 'en'];

describe('the words of a card, the canvas’s and the engine’s (engine/cards)', () => {
  it('covers every kind of step', () => {
    // The palette's kinds and the HubSpot action an import leaves to rebuild.
    expect(new Set(everyKind('en').workflows.at(-1)!.steps.map((s) => s.kind))).toEqual(new Set([...STEP_KINDS, 'hubspot-action']));
  });

  for (const lang of LANGS) {
    it(`gives each step of every template, and of every kind, the canvas’s title and summary (${lang})`, () => {
      const t = createI18n(lang).t;
      for (const { project } of projects(lang)) {
        for (const workflow of project.workflows) {
          expect(engineTriggers(workflow, project, lang)).toBe(triggersText(workflow, project, lang));
          for (const step of workflow.steps) {
            expect(cardSummary(step, { project, workflow, lang })).toBe(stepSummary(step, { project, workflow, lang, t }));
            expect(cardTitle(step, lang)).toBe(stepTitle(step, t));
          }
        }
      }
    });
  }
});

