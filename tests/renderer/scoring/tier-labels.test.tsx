import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { ScoringButton } from '../../../renderer/scoring/ScoringButton.tsx';
import { renderWithEditor } from '../render.tsx';

/** A tier label the schema refuses (empty, over 100 characters), said plainly where it is. */

function openDialog(lang: 'en' | 'fr') {
  renderWithEditor(<ScoringButton />, { project: buildTemplate('lifecycle', lang), lang });
  fireEvent.click(screen.getByTestId('open-scoring'));
}

describe('the Scoring dialog’s tier label problems', () => {
  it('says a too long label plainly in English', () => {
    openDialog('en');
    const long = 'x'.repeat(210);
    fireEvent.change(within(screen.getAllByTestId('scoring-tier')[1]!).getByRole('textbox', { name: /Label 2/ }), { target: { value: long } });
    const items = within(screen.getByTestId('scoring-issues')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([`Tier “${long}”: the label is 210 characters long, at most 100.`]);
  });

  it('says an empty label plainly in French', () => {
    openDialog('fr');
    fireEvent.change(within(screen.getAllByTestId('scoring-tier')[0]!).getByRole('textbox', { name: /Libellé 1/ }), { target: { value: '' } });
    const items = within(screen.getByTestId('scoring-issues')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Palier 1\u00a0: chaque palier a besoin d’un libellé, celui-ci n’en a pas.']);
  });
});
