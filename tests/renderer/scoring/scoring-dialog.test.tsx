import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { migrateScoreRules } from '../../../engine/model/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { LEGACY_SCORE_RULES } from '../../../engine/templates/lifecycle.ts';
import { ScoringButton } from '../../../renderer/scoring/ScoringButton.tsx';
import { SCORING_TEXTS } from '../../../renderer/scoring/i18n.ts';
import { renderWithEditor, sampleProject } from '../render.tsx';

/** The Scoring dialog (renderer/scoring): see, edit and create the project's score model. */

function open(project = buildTemplate('lifecycle', 'en'), lang: 'en' | 'fr' = 'en') {
  const r = renderWithEditor(<ScoringButton />, { project, lang });
  fireEvent.click(screen.getByTestId('open-scoring'));
  return r;
}

const modelOf = (r: ReturnType<typeof open>) => r.stores.document.getState().project.scoreModel;

describe('the Scoring dialog', () => {
  it('shows the lifecycle template’s groups, and a decay change is one edit of the project', () => {
    const r = open();
    const groups = screen.getAllByTestId('scoring-group');
    expect(groups.map((g) => g.getAttribute('data-group-id'))).toEqual(['group-fit', 'group-email-forms', 'group-site']);
    const percent = within(groups[1]!).getByTestId('scoring-decay-percent');
    fireEvent.change(percent, { target: { value: '25' } });
    expect(modelOf(r)!.groups[1]!.decay).toEqual({ percent: 25, everyDays: 30 });
    r.stores.document.getState().undo();
    expect(modelOf(r)!.groups[1]!.decay).toEqual({ percent: 50, everyDays: 30 });
  });

  it('switches a group from decay to a time frame, never both', () => {
    const r = open();
    const group = screen.getAllByTestId('scoring-group')[1]!;
    fireEvent.change(within(group).getByTestId('scoring-group-timing'), { target: { value: 'time-frame' } });
    expect(modelOf(r)!.groups[1]).toMatchObject({ timeFrameDays: 30, decay: null });
  });

  it('keeps an invalid model in the dialog with what to fix, and the project’s last valid one', () => {
    const r = open();
    const before = modelOf(r);
    // Tiers Low 0, Medium 40, High 70: High from 10 puts the tiers out of order.
    const tiers = screen.getAllByTestId('scoring-tier');
    fireEvent.change(within(tiers[2]!).getByRole('textbox', { name: /From/ }), { target: { value: '10' } });
    expect(screen.getByTestId('scoring-issues').textContent).toContain('score thresholds go up');
    expect(modelOf(r)).toBe(before);
  });

  it('adds an event rule counting page views and saves it', () => {
    const r = open();
    const site = screen.getAllByTestId('scoring-group')[2]!;
    fireEvent.click(within(site).getByTestId('scoring-add-event-rule'));
    const rules = within(site).getAllByTestId('scoring-rule');
    fireEvent.change(within(rules[1]!).getByTestId('scoring-rule-event'), { target: { value: 'page-view' } });
    expect(modelOf(r)!.groups[2]!.rules[1]).toMatchObject({ type: 'event', event: { kind: 'page-view', url: '/pricing', match: 'contains' } });
  });

  it('shows legacy score rules migrated, and saves them as a model on the first change', () => {
    const legacy = { ...sampleProject(), scoreRules: LEGACY_SCORE_RULES('en') };
    const r = open(legacy);
    expect(screen.getByTestId('scoring-legacy')).toBeTruthy();
    expect(screen.getAllByTestId('scoring-group')).toHaveLength(2);
    expect(r.stores.document.getState().project.scoreModel).toBeUndefined();
    fireEvent.change(screen.getByTestId('scoring-limit'), { target: { value: '100' } });
    const project = r.stores.document.getState().project;
    expect(project.scoreModel).toEqual({ ...migrateScoreRules(LEGACY_SCORE_RULES('en')), limit: 100 });
    expect(project.scoreRules).toEqual([]);
  });

  it('creates a model where there is none, in French', () => {
    const r = open(sampleProject(), 'fr');
    expect(screen.getByText('Pas encore de modèle de score.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('scoring-create'));
    expect(modelOf(r)!.groups.map((g) => [g.kind, g.name])).toEqual([
      ['fit', 'Adéquation'],
      ['engagement', 'Engagement'],
    ]);
    expect(screen.getAllByTestId('scoring-group')).toHaveLength(2);
  });
});

describe('the Scoring texts', () => {
  it('have the same keys in French and English', () => {
    const keys = (o: object, at = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(SCORING_TEXTS.fr).sort()).toEqual(keys(SCORING_TEXTS.en).sort());
  });

  it('write French with no-break spaces before high punctuation', () => {
    const text = JSON.stringify(SCORING_TEXTS.fr);
    expect(text).not.toMatch(/ [:;?!»]/);
    expect(text).not.toMatch(/« /);
  });
});
