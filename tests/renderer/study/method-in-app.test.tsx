import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { methodText } from '../../../engine/study/index.ts';
import { createI18n } from '../../../renderer/i18n/index.ts';
import type { StudyAt } from '../../../renderer/study/figures.ts';
import { Interval } from '../../../renderer/study/Interval.tsx';
import { StudyNote } from '../../../renderer/study/StudyNote.tsx';

// 50 runs: k = ⌊0.05 × 51⌋ = 2, the 2nd smallest to the 2nd largest value, which holds a further run
// with probability (51 − 2 × 2) / 51 = 47 / 51 = 92.2 %. The app said "9 times in 10" and no method.
const at = (replications: number) => ({ result: { replications, seed: 1, ms: 1200, workers: 2 }, day: 29, figure: () => null, atEnd: () => null }) as unknown as StudyAt;

function show(lang: 'fr' | 'en', replications = 50) {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <StudyNote at={at(replications)} />
      <Interval figure={{ mean: 70, lo: 60, hi: 80 }} count={replications} testId="range" />
    </I18nextProvider>,
  );
}

describe('the study note states the interval’s method and its exact coverage, in the CLI’s words', () => {
  it('English, 50 runs: the 2nd smallest to the 2nd largest, 92.2%', () => {
    show('en');
    const method = screen.getByTestId('study-method').textContent!;
    expect(method).toBe(methodText(50, 'en'));
    expect(method).toContain('from the 2nd smallest to the 2nd largest value (k = ⌊0.05 × (R + 1)⌋), which holds a further run with probability 92.2%');
    expect(screen.getByTestId('study-note').textContent).not.toMatch(/9 times in 10/);
    expect(screen.getByTestId('range').getAttribute('title')).toBe('Mean of 50 runs; a further run lands between 60 and 80 with probability 92.2%');
  });

  it('French, 50 runs: « de la 2e plus petite à la 2e plus grande valeur », 92,2 %', () => {
    show('fr');
    const method = screen.getByTestId('study-method').textContent!;
    expect(method).toBe(methodText(50, 'fr'));
    expect(method).toContain('de la 2e plus petite à la 2e plus grande valeur');
    expect(method).toContain('92,2\u00a0%');
    expect(screen.getByTestId('study-note').textContent).not.toMatch(/9 fois sur 10/);
    expect(screen.getByTestId('range').getAttribute('title')).toBe('Moyenne de 50 tirages\u00a0; un nouveau tirage tombe entre 60 et 80 avec une probabilité de 92,2\u00a0%');
  });

  it('5 runs: says the range of the runs covers 66.7% only, (5 − 1) / (5 + 1)', () => {
    show('en', 5);
    expect(screen.getByTestId('study-method').textContent).toContain('probability 66.7% only');
    expect(screen.getByTestId('range').getAttribute('title')).toContain('with probability 66.7%');
  });
});
