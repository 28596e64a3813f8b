import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
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
    expect(screen.getByTestId('scoring-issues').textContent).toContain('“High” (10) must start above “Medium” (40), the tier before it.');
    // The model-wide wording of the schema is not listed beside it.
    expect(screen.getByTestId('scoring-issues').textContent).not.toContain('score thresholds go up');
    expect(modelOf(r)).toBe(before);
    // Medium's and High's starts are marked, Low's is not.
    const starts = screen.getAllByTestId('scoring-tier').map((tier) => within(tier).getByRole('textbox', { name: /From/ }).getAttribute('aria-invalid'));
    expect(starts).toEqual(['false', 'true', 'true']);
  });

  it('names the tiers at fault in French, with the place of other problems, and no internal key', () => {
    open(buildTemplate('lifecycle', 'fr'), 'fr');
    const tiers = screen.getAllByTestId('scoring-tier');
    // Moyen from 80, above Élevé 70: Élevé no longer starts above the tier before it.
    fireEvent.change(within(tiers[1]!).getByRole('textbox', { name: /partir/ }), { target: { value: '80' } });
    // Faible's label emptied: said plainly, placed at its tier (by rank, having no label).
    fireEvent.change(within(tiers[0]!).getByRole('textbox', { name: /Libellé 1/ }), { target: { value: ' ' } });
    const items = within(screen.getByTestId('scoring-issues')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['«\u00a0Élevé\u00a0» (70) doit commencer plus haut que «\u00a0Moyen\u00a0» (80), le palier d’avant.', 'Palier 1\u00a0: chaque palier a besoin d’un libellé, celui-ci n’en a pas.']);
    expect(screen.getByTestId('scoring-issues').textContent).not.toContain('scoreModel');
    expect(within(screen.getAllByTestId('scoring-tier')[0]!).getByRole('textbox', { name: /Libellé 1/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('asks before Escape throws away a change that could not be saved, and closes at once when all is saved', async () => {
    const r = renderWithEditor(
      <DialogsProvider>
        <ScoringButton />
        <DialogHost />
      </DialogsProvider>,
      { project: buildTemplate('lifecycle', 'en') },
    );
    fireEvent.click(screen.getByTestId('open-scoring'));
    const before = modelOf(r);
    const fromOf = (k: number) => within(screen.getAllByTestId('scoring-tier')[k]!).getByRole('textbox', { name: /From/ }) as HTMLInputElement;
    fireEvent.change(fromOf(2), { target: { value: '10' } });
    fireEvent.keyDown(window, { key: 'Escape' });
    const ask = await screen.findByTestId('confirm-dialog');
    expect(ask.textContent).toContain('Close without saving?');
    expect(ask.textContent).toContain('the project keeps its last valid model');
    // Keep editing: the dialog and the unsaved value are still there.
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(screen.getByTestId('scoring-dialog')).toBeTruthy();
    expect(fromOf(2).value).toBe('10');
    // Escape again, then close without saving: the project keeps High at 70.
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.click(await screen.findByTestId('confirm'));
    await waitFor(() => expect(screen.queryByTestId('scoring-dialog')).toBeNull());
    expect(modelOf(r)).toBe(before);
    expect(modelOf(r)!.thresholds[2]!.from).toBe(70);
    // A valid change is saved as it is made: Escape closes without a question.
    fireEvent.click(screen.getByTestId('open-scoring'));
    fireEvent.change(fromOf(2), { target: { value: '75' } });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('scoring-dialog')).toBeNull();
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(modelOf(r)!.thresholds[2]!.from).toBe(75);
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
