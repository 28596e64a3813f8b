import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { ExpectationDialog } from '../../../renderer/expect/ExpectationDialog.tsx';
import { useExpectTexts } from '../../../renderer/expect/i18n.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider } from '../../../renderer/app/dialogs.tsx';
import { renderWithEditor } from '../render.tsx';

/** The expectation form refuses to save while one of its fields shows a value it refused. */

function Dialog({ onClose }: { onClose: () => void }) {
  useExpectTexts();
  return <ExpectationDialog id={null} onClose={onClose} />;
}

function ExpectDialog({ id, onClose }: { id: string | null; onClose: () => void }) {
  useExpectTexts();
  return <ExpectationDialog id={id} onClose={onClose} />;
}

describe('the expectation dialog', () => {
  it('keeps Save disabled, with the reason, while a field shows a refused value, then saves what is shown', () => {
    const onClose = vi.fn();
    const { stores } = renderWithEditor(<Dialog onClose={onClose} />, { project: buildTemplate('nurturing', 'en') });
    const saved = () => stores.document.getState().project.tests?.expectations ?? [];
    const before = saved();
    fireEvent.change(screen.getByTestId('expect-kind'), { target: { value: 'reaches-within' } });
    fireEvent.change(screen.getByTestId('expect-days'), { target: { value: '5000' } });
    fireEvent.change(screen.getByTestId('expect-percent'), { target: { value: '100.5' } });
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    const save = screen.getByTestId('expect-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(screen.getByTestId('expect-save-reason').textContent).toBe('Fix the fields marked in red to save.');
    fireEvent.click(save);
    expect(onClose).not.toHaveBeenCalled();
    expect(saved()).toBe(before);
    // One field fixed: still refused.
    fireEvent.change(screen.getByTestId('expect-days'), { target: { value: '20' } });
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('expect-percent'), { target: { value: '60' } });
    expect(save.disabled).toBe(false);
    expect(screen.queryByTestId('expect-save-reason')).toBeNull();
    fireEvent.click(save);
    expect(onClose).toHaveBeenCalledOnce();
    expect(saved()).toHaveLength(before.length + 1);
    expect(saved().at(-1)).toMatchObject({ kind: 'reaches-within', days: 20, percent: 60 });
  });
});

describe('Escape in the expectation dialog', () => {
  function open(lang: 'en' | 'fr', id: string | null = null) {
    const onClose = vi.fn();
    const project = buildTemplate('nurturing', lang);
    const r = renderWithEditor(
      <DialogsProvider>
        <ExpectDialog id={id} onClose={onClose} />
        <DialogHost />
      </DialogsProvider>,
      { project, lang },
    );
    return { onClose, saved: () => r.stores.document.getState().project.tests?.expectations ?? [], before: project.tests?.expectations ?? [] };
  }

  it('asks before throwing away a field showing a refused value; keep editing, then close without saving', async () => {
    const { onClose, saved, before } = open('en');
    fireEvent.change(screen.getByTestId('expect-kind'), { target: { value: 'reaches-within' } });
    fireEvent.change(screen.getByTestId('expect-percent'), { target: { value: '100.5' } });
    fireEvent.keyDown(window, { key: 'Escape' });
    const ask = await screen.findByTestId('confirm-dialog');
    expect(ask.textContent).toContain('Close without saving?');
    expect(ask.textContent).toContain('This new expectation is not saved.');
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect((screen.getByTestId('expect-percent') as HTMLInputElement).value).toBe('100.5');
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.click(await screen.findByTestId('confirm'));
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(saved()).toEqual(before);
  });

  it('asks in French about an edited expectation, though every field is valid', async () => {
    const project = buildTemplate('nurturing', 'fr');
    const first = project.tests!.expectations[0]!;
    const { onClose } = open('fr', first.id);
    // Another kind: a valid change, not saved until Enregistrer.
    const kind = screen.getByTestId('expect-kind') as HTMLSelectElement;
    const other = [...kind.options].find((o) => o.value !== first.kind)!.value;
    fireEvent.change(kind, { target: { value: other } });
    fireEvent.keyDown(window, { key: 'Escape' });
    const ask = await screen.findByTestId('confirm-dialog');
    expect(ask.textContent).toContain('Fermer sans enregistrer\u00a0?');
    expect(ask.textContent).toContain('Les modifications de cette attente ne sont pas enregistrées.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes at once when nothing was changed', () => {
    const { onClose } = open('en');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });
});
