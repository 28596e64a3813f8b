import { act, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { Toasts } from '../../../renderer/app/Toasts.tsx';
import { registerDocumentsTexts } from '../../../renderer/app/documents-i18n.ts';
import { useBilingual } from '../../../renderer/i18n/bilingual.ts';
import { useStores } from '../../../renderer/stores/context.tsx';
import { useTranslation } from 'react-i18next';
import { renderWithEditor } from '../render.tsx';

let app: ReturnType<typeof useTranslation>['i18n'] | null = null;

/** Notifies "Opened …" once, as useProjects does. */
function Opener() {
  const both = useBilingual();
  const { ui } = useStores();
  const { i18n } = useTranslation();
  registerDocumentsTexts(i18n);
  app = i18n;
  useEffect(() => ui.getState().notify({ tone: 'success', message: both('documents.opened', { name: 'Salon 2026' }) }), [both, ui]);
  return null;
}

describe('toasts and the language', () => {
  it('a toast shown in French reads in English once the language is switched', async () => {
    renderWithEditor(
      <>
        <Opener />
        <Toasts />
      </>,
      { lang: 'fr' },
    );
    const toast = await screen.findByTestId('toast-success');
    expect(toast.textContent).toContain('Salon 2026');
    expect(toast.textContent).toContain('ouvert. Le projet précédent');
    await act(async () => {
      await app!.changeLanguage('en');
    });
    expect(screen.getByTestId('toast-success').textContent).toContain('Opened “Salon 2026”');
  });
});
