import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/index.ts';
import { Interval } from '../../../renderer/study/Interval.tsx';

function show(figure: { mean: number; lo: number; hi: number }, lang: 'fr' | 'en' = 'fr') {
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <Interval figure={figure} count={20} testId="range" />
    </I18nextProvider>,
  );
  return screen.queryByTestId('range');
}

describe('a count’s interval after a study', () => {
  it('says nothing where every run gave the same count: 545 alone, not 545–545 (0 alone, as before)', () => {
    expect(show({ mean: 545, lo: 545, hi: 545 })).toBeNull();
    expect(show({ mean: 0, lo: 0, hi: 0 })).toBeNull();
  });

  it('gives the range where the runs differ, numbers the French way', () => {
    expect(show({ mean: 1234.5, lo: 1200, hi: 1270 })!.textContent).toContain('1\u202f200');
  });
});
