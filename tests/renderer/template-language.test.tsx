import { act, fireEvent, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { TemplatesGallery } from '../../renderer/panels/TemplatesGallery.tsx';
import { renderWithEditor } from './render.tsx';

function SwitchToFrench() {
  const { i18n } = useTranslation();
  return (
    <button type="button" onClick={() => void i18n.changeLanguage('fr')}>
      fr
    </button>
  );
}

describe('templates follow the app language', () => {
  it('a template created after switching to French has French texts', async () => {
    const view = renderWithEditor(
      <>
        <SwitchToFrench />
        <TemplatesGallery />
      </>,
      { lang: 'en' },
    );
    expect(screen.getByTestId('template-nurturing').textContent).toContain('Nurturing');
    await act(async () => {
      fireEvent.click(screen.getByText('fr'));
    });
    await act(async () => {
      // Added into the open project (no name to ask): the added workflow is the active one.
      fireEvent.click(screen.getByTestId('template-add-nurturing'));
    });
    const { project, activeWorkflowId } = view.stores.document.getState();
    expect(project.workflows.find((w) => w.id === activeWorkflowId)?.name).toBe('Nurturing – ebook sujet Y');
    expect(project.emails.map((e) => e.name)).toContain('Suivi – ebook 1');
  });
});
