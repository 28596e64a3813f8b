import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../../engine/io/index.ts';
import type { Project, ScoreModel } from '../../../engine/model/index.ts';
import { MAX_MAGNITUDE } from '../../../engine/schema/index.ts';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { numberProblem, type NumberRules } from '../../../renderer/inspector/numberFields.tsx';
import { DAYS_RULES, DECAY_PERCENT_RULES, LIMIT_RULES, POINTS_RULES } from '../../../renderer/scoring/field-rules.ts';
import { ScoringButton } from '../../../renderer/scoring/ScoringButton.tsx';
import { renderWithEditor } from '../render.tsx';

/** The Scoring dialog's fields: they take what a project file takes, and a refused one keeps the change unsaved. */

const template = buildTemplate('lifecycle', 'en');

function openDialog(project: Project = template, lang: 'en' | 'fr' = 'en') {
  const r = renderWithEditor(
    <DialogsProvider>
      <ScoringButton />
      <DialogHost />
    </DialogsProvider>,
    { project, lang },
  );
  fireEvent.click(screen.getByTestId('open-scoring'));
  return { ...r, model: () => r.stores.document.getState().project.scoreModel };
}

/** Whether the project loader takes the template with this change of its model. */
function loads(edit: (m: ScoreModel) => ScoreModel): boolean {
  return loadProject(saveProject({ ...template, scoreModel: edit(template.scoreModel!) })).ok;
}

const fieldTakes = (rules: NumberRules, value: number) => numberProblem(String(value), rules) === null;

describe('the Scoring fields take exactly what the project loader takes', () => {
  const model = template.scoreModel!;
  const engagement = model.groups.findIndex((g) => g.decay !== null);
  const withGroup = (m: ScoreModel, patch: object) => ({ ...m, groups: m.groups.map((g, k) => (k === engagement ? { ...g, ...patch } : g)) });
  // Each side of every bound, and a number too large for any project.
  const cases: [string, NumberRules, number[], (m: ScoreModel, v: number) => ScoreModel][] = [
    ['a rule’s points', POINTS_RULES, [-1_000_000.5, -1_000_000, 0.5, 1_000_000, 1_000_000.5, 999_999_999_999], (m, v) => withGroup(m, { rules: m.groups[engagement]!.rules.map((r, k) => (k === 0 ? { ...r, points: v } : r)) })],
    ['the score limit', LIMIT_RULES, [-1, -0.5, 0, 0.5, 2_000_000, MAX_MAGNITUDE, MAX_MAGNITUDE + 2, 1e20], (m, v) => ({ ...m, limit: v })],
    ['a group limit', LIMIT_RULES, [-1, 0, 2_000_000, MAX_MAGNITUDE + 2], (m, v) => withGroup(m, { limit: v })],
    ['a decay’s share', DECAY_PERCENT_RULES, [-1, 0, 0.5, 100, 100.5], (m, v) => withGroup(m, { decay: { percent: v, everyDays: 30 } })],
    ['a decay’s period', DAYS_RULES, [0, 1, 1.5, 3653, 3654, 100_000], (m, v) => withGroup(m, { decay: { percent: 50, everyDays: v } })],
    ['a time frame', DAYS_RULES, [0, 1, 2.5, 3653, 3654], (m, v) => withGroup(m, { decay: null, timeFrameDays: v })],
  ];
  it.each(cases)('%s', (_name, rules, values, edit) => {
    for (const value of values) expect([value, fieldTakes(rules, value)]).toEqual([value, loads((m) => edit(m, value))]);
  });
});

describe('the Scoring dialog with a field it refuses', () => {
  it('asks before Escape drops rule points and a decay period the fields refuse, and saves nothing of them', async () => {
    const r = openDialog();
    const before = r.model();
    const site = screen.getAllByTestId('scoring-group')[2]!;
    fireEvent.change(within(site).getAllByTestId('scoring-rule-points')[0]!, { target: { value: '999999999999' } });
    fireEvent.change(screen.getAllByTestId('scoring-decay-days')[0]!, { target: { value: '100000' } });
    fireEvent.keyDown(window, { key: 'Escape' });
    const ask = await screen.findByTestId('confirm-dialog');
    expect(ask.textContent).toContain('Close without saving?');
    expect(ask.textContent).toContain('2 problems to fix');
    expect(screen.getByTestId('scoring-field-problems').textContent).toBe('2 fields marked in red hold values that cannot be saved.');
    expect(screen.getByText('Enter a whole number between 1 and 3,653 days (10 years).')).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm'));
    await waitFor(() => expect(screen.queryByTestId('scoring-dialog')).toBeNull());
    expect(r.model()).toBe(before);
  });

  it('keeps a change made beside a refused field unsaved, and saves both once the field is fixed', () => {
    const r = openDialog();
    const before = r.model();
    const points = () => within(screen.getAllByTestId('scoring-group')[2]!).getAllByTestId('scoring-rule-points')[0]!;
    fireEvent.change(points(), { target: { value: '999999999999' } });
    fireEvent.change(screen.getAllByTestId('scoring-decay-percent')[0]!, { target: { value: '25' } });
    expect(r.model()).toBe(before);
    fireEvent.change(points(), { target: { value: '12' } });
    expect(r.model()!.groups[2]!.rules[0]!.points).toBe(12);
    expect(r.model()!.groups[1]!.decay!.percent).toBe(25);
  });

  it('does not save a criteria rule whose value is empty (it would match every contact), and asks before closing', async () => {
    const r = openDialog();
    const before = r.model();
    const fit = screen.getAllByTestId('scoring-group')[0]!;
    fireEvent.click(within(fit).getByTestId('scoring-add-criteria-rule'));
    const added = within(fit).getAllByTestId('scoring-rule').at(-1)!;
    expect(within(added).getByText('Required.')).toBeTruthy();
    expect(r.model()).toBe(before);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect((await screen.findByTestId('confirm-dialog')).textContent).toContain('Close without saving?');
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    // Given its value, the rule is saved.
    fireEvent.change(within(added).getByTestId('filter-value'), { target: { value: 'Director' } });
    const rule = r.model()!.groups[0]!.rules.at(-1)!;
    expect(rule.type === 'criteria' && rule.criteria.groups[0]!.filters[0]).toMatchObject({ property: 'jobtitle', operation: { op: 'contains', value: 'Director' } });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('scoring-dialog')).toBeNull();
  });

  it('takes a score limit of 0 and of 2,000,000, and says a negative one must be at least 0', () => {
    const r = openDialog(template, 'fr');
    const limit = screen.getByTestId('scoring-limit');
    fireEvent.change(limit, { target: { value: '-1' } });
    expect(screen.getByText('Saisissez un nombre supérieur ou égal à 0.')).toBeTruthy();
    fireEvent.change(limit, { target: { value: '0' } });
    expect(r.model()!.limit).toBe(0);
    fireEvent.change(limit, { target: { value: '2000000' } });
    expect(r.model()!.limit).toBe(2_000_000);
  });
});
