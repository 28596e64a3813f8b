// The study says where its runs ran in the same word in both languages: cores (one worker per
// core, renderer/study/pool.ts). French said "sur 2 cœurs", English "on 2 workers".
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/index.ts';
import type { StudyAt } from '../../../renderer/study/figures.ts';
import { StudyNote } from '../../../renderer/study/StudyNote.tsx';

function ran(lang: 'fr' | 'en', workers: number, replications = 50): string {
  const at = { result: { replications, seed: 1, ms: 1250, workers }, day: 29, figure: () => null, atEnd: () => null } as unknown as StudyAt;
  const { unmount } = render(
    <I18nextProvider i18n={createI18n(lang)}>
      <StudyNote at={at} />
    </I18nextProvider>,
  );
  const text = screen.getByTestId('study-ran').textContent!;
  unmount();
  return text;
}

describe('the study’s running time names the cores it ran on', () => {
  it('English: on 2 cores, on 1 core', () => {
    expect(ran('en', 2)).toBe('50 runs in 1.3 s on 2 cores');
    expect(ran('en', 1)).toBe('50 runs in 1.3 s on 1 core');
  });

  it('French: sur 2 cœurs, sur 1 cœur, the seconds after a no-break space', () => {
    expect(ran('fr', 2)).toBe('50 tirages en 1,3\u00a0s sur 2 cœurs');
    expect(ran('fr', 1)).toBe('50 tirages en 1,3\u00a0s sur 1 cœur');
  });

  it('writes a thousand runs as the language does', () => {
    expect(ran('fr', 2, 1000)).toBe('1\u202f000 tirages en 1,3\u00a0s sur 2 cœurs');
    expect(ran('en', 2, 1000)).toBe('1,000 runs in 1.3 s on 2 cores');
  });
});
