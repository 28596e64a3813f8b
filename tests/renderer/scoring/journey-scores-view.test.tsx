import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JourneyScores } from '../../../renderer/scoring/JourneyScores.tsx';
import { renderWithEditor } from '../render.tsx';

describe('the journey’s score box', () => {
  it('shows the score the contact started with beside the parts, in the user’s language', () => {
    renderWithEditor(<JourneyScores scores={{ combined: 96, fit: 0, engagement: 0, label: 'Élevé', start: 96 }} />, { lang: 'fr' });
    expect(screen.getByTestId('journey-score-combined').textContent).toBe('96 · Élevé');
    expect(screen.getByText('Au début de la simulation')).toBeTruthy();
    expect(screen.getByTestId('journey-score-start').textContent).toBe('96');
  });

  it('shows no start where there is no model (legacy rules: one score)', () => {
    renderWithEditor(<JourneyScores scores={{ combined: 12, fit: null, engagement: null, label: null, start: null }} />);
    expect(screen.queryByTestId('journey-score-start')).toBeNull();
  });
});
