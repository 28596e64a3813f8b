import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { END_STATES, type EndState } from '../../../engine/sim/index.ts';
import { createI18n } from '../../../renderer/i18n/index.ts';
import { endStateCounts } from '../../../engine/results/index.ts';
import { EndStates, Totals } from '../../../renderer/simulator/EndStates.tsx';
import { registerSimTexts } from '../../../renderer/simulator/i18n.ts';
import type { Frame } from '../../../renderer/simulator/protocol.ts';
import { project } from './harness.tsx';

function ended(values: Partial<Record<EndState, number>>): Record<EndState, number> {
  return Object.fromEntries(END_STATES.map((s) => [s, values[s] ?? 0])) as Record<EndState, number>;
}

const frame: Frame = {
  minute: 7200,
  waiting: new Int32Array(0),
  entered: new Int32Array(0),
  edges: new Int32Array(0),
  workflows: [{ enrolled: 1200, ended: ended({ completed: 500, goal: 80, suppressed: 20, 'not-matching': 15 }), lost: 40 }],
  totals: { sent: 2400, opened: 700, clicked: 120, unsubscribed: 9, bounced: 12, submitted: 64 },
  lists: { 'list-downloaded': 61, 'list-articles': 438 },
  lifecycle: {},
  stepEmails: new Int32Array(0),
};
const shape = { steps: [], workflows: [{ id: 'wf-nurturing' }] };

function show(lang: 'en' | 'fr') {
  const i18n = createI18n(lang);
  registerSimTexts(i18n);
  return render(
    <I18nextProvider i18n={i18n}>
      <EndStates frame={frame} workflow={0} project={project} />
      <Totals frame={frame} shape={shape} workflow={-1} />
    </I18nextProvider>,
  );
}

const count = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-count'));

describe('the end-state panel', () => {
  it('counts those still in progress as the enrolled who have not left', () => {
    expect(endStateCounts(frame, 0)).toMatchObject({ enrolled: 1200, inProgress: 1200 - 500 - 80 - 20 - 15, completed: 500, goal: 80, lost: 40 });
  });

  it('lists goal met, completed, lost, in progress and each unenrollment reason that happened', () => {
    show('en');
    expect(count('sim-state-enrolled')).toBe(1200);
    expect(count('sim-state-in-progress')).toBe(585);
    expect(count('sim-state-completed')).toBe(500);
    expect(count('sim-state-lost')).toBe(40);
    expect(count('sim-state-goal')).toBe(80);
    expect(count('sim-state-unenrolled')).toBe(35);
    expect(screen.getByTestId('sim-state-suppressed').textContent).toContain('suppression segment');
    expect(screen.queryByTestId('sim-state-loop')).toBeNull();
  });

  it('shows every static list of the project with its members at the instant', () => {
    show('en');
    for (const list of project.lists) {
      const row = screen.getByTestId(`sim-list-${list.id}`);
      expect(row.textContent).toContain(list.name);
      expect(Number(row.getAttribute('data-count'))).toBe(frame.lists[list.id]);
    }
  });

  it('adds the totals so far, with numbers written the French way in French', () => {
    show('fr');
    expect(within(screen.getByTestId('sim-total-sent')).getByText(/2\s400/).textContent).toBe('2\u202f400');
    expect(screen.getByTestId('sim-end-states').textContent).toContain('Objectif atteint');
    expect(screen.getByTestId('sim-state-not-matching').textContent).toContain('ne remplit plus les critères');
  });

  it('names the forms tile for what it counts: all forms for the run, downloads after a click in one workflow', () => {
    const i18n = createI18n('fr');
    registerSimTexts(i18n);
    // A workflow's totals add its send steps' reactions (engine/results/figures.ts emailTotals): forms there are
    // downloads after a click on its e-mails, which a review saw labelled as all forms and downloads.
    render(
      <I18nextProvider i18n={i18n}>
        <Totals frame={frame} shape={shape} workflow={-1} />
        <Totals frame={frame} shape={shape} workflow={0} />
      </I18nextProvider>,
    );
    const tiles = screen.getAllByTestId('sim-total-submitted').map((el) => el.textContent ?? '');
    expect(tiles[0]).toContain('Formulaires et téléchargements');
    expect(tiles[1]).toContain('Téléchargements après un clic');
    expect(tiles[1]).not.toContain('Formulaires et téléchargements');
  });
});
