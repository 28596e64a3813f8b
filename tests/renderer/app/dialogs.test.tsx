import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../engine/model/index.ts';
import { DialogHost } from '../../../renderer/app/DialogHost.tsx';
import { DialogsProvider, useDialogs, type ConfirmOptions, type PromptOptions } from '../../../renderer/app/dialogs.tsx';
import { renderWithEditor } from '../render.tsx';

type Asker = ReturnType<typeof useDialogs>;

/** Renders the host and hands back the hook's functions, as a component would use them. */
function setUp(lang: Lang = 'en'): Asker {
  let asker: Asker | null = null;
  function Grab() {
    asker = useDialogs();
    return null;
  }
  renderWithEditor(
    <DialogsProvider>
      <Grab />
      <DialogHost />
    </DialogsProvider>,
    { lang },
  );
  return asker!;
}

const removal: ConfirmOptions = { title: 'Delete workflow', message: 'Delete “Nurturing”? You can undo this.', confirmLabel: 'Delete' };
const naming: PromptOptions = { title: 'Rename sandbox', label: 'Sandbox name', initial: 'Sandbox 1' };

function ask<T>(run: () => Promise<T>): Promise<T> {
  let answer!: Promise<T>;
  act(() => {
    answer = run();
  });
  return answer;
}

afterEach(() => vi.restoreAllMocks());

describe('the in-app confirm dialog', () => {
  it('shows the question and resolves true on the danger button, then closes', async () => {
    const { confirm } = setUp();
    const answer = ask(() => confirm(removal));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Delete workflow');
    expect(dialog.textContent).toContain('Delete “Nurturing”? You can undo this.');
    const ok = screen.getByTestId('confirm');
    expect(ok.textContent).toBe('Delete');
    expect(ok.className).toContain('is-danger');
    fireEvent.click(ok);
    await expect(answer).resolves.toBe(true);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });

  it('resolves false on Cancel', async () => {
    const { confirm } = setUp();
    const answer = ask(() => confirm(removal));
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    await expect(answer).resolves.toBe(false);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });

  it('confirms with Enter and cancels with Escape, without the keys reaching the canvas shortcuts', async () => {
    const { confirm } = setUp();
    const canvas = vi.fn();
    window.addEventListener('keydown', canvas);
    try {
      const first = ask(() => confirm(removal));
      expect(document.activeElement).toBe(screen.getByTestId('confirm'));
      await userEvent.keyboard('{Enter}');
      await expect(first).resolves.toBe(true);
      const second = ask(() => confirm(removal));
      await userEvent.keyboard('{Escape}');
      await expect(second).resolves.toBe(false);
      expect(canvas).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', canvas);
    }
  });

  it('treats Enter on a focused Cancel as cancel', async () => {
    const { confirm } = setUp();
    const answer = ask(() => confirm(removal));
    screen.getByTestId('confirm-cancel').focus();
    await userEvent.keyboard('{Enter}');
    await expect(answer).resolves.toBe(false);
  });

  it('asks queued questions one after the other', async () => {
    const { confirm } = setUp();
    const first = ask(() => confirm({ title: 'First', message: 'One?' }));
    const second = ask(() => confirm({ title: 'Second', message: 'Two?' }));
    expect(screen.getAllByTestId('confirm-dialog')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('confirm'));
    await expect(first).resolves.toBe(true);
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Two?');
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    await expect(second).resolves.toBe(false);
  });

  it('speaks French', () => {
    const { confirm } = setUp('fr');
    void ask(() => confirm({ title: 'Supprimer', message: 'Sûr ?' }));
    expect(screen.getByTestId('confirm').textContent).toBe('Confirmer');
    expect(screen.getByTestId('confirm-cancel').textContent).toBe('Annuler');
  });
});

describe('the in-app prompt dialog', () => {
  it('starts from the current name, labelled, with the focus in the field', () => {
    const { prompt } = setUp();
    void ask(() => prompt(naming));
    const input = screen.getByLabelText('Sandbox name') as HTMLInputElement;
    expect(input.value).toBe('Sandbox 1');
    expect(document.activeElement).toBe(input);
  });

  it('refuses an empty name with a message at the field, then resolves the trimmed value', async () => {
    const { prompt } = setUp();
    const answer = ask(() => prompt(naming));
    const input = screen.getByLabelText('Sandbox name');
    await userEvent.clear(input);
    await userEvent.type(input, '   ');
    fireEvent.click(screen.getByTestId('prompt-ok'));
    expect(screen.getByTestId('prompt-dialog')).toBeTruthy();
    const error = screen.getByRole('alert');
    expect(error.textContent).toBe('Enter a name.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
    await userEvent.type(input, '  Webinar leads  {Enter}');
    await expect(answer).resolves.toBe('Webinar leads');
    expect(screen.queryByTestId('prompt-dialog')).toBeNull();
  });

  it('says it in French for a French user', async () => {
    const { prompt } = setUp('fr');
    void ask(() => prompt({ ...naming, label: 'Nom du bac à sable' }));
    await userEvent.clear(screen.getByLabelText('Nom du bac à sable'));
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Saisissez un nom.');
    expect(screen.getByTestId('prompt-ok').textContent).toBe('Valider');
  });

  it('applies the caller’s own check at the field', async () => {
    const { prompt } = setUp();
    const answer = ask(() => prompt({ ...naming, validate: (v) => (v === 'Taken' ? 'This name is taken.' : null) }));
    const input = screen.getByLabelText('Sandbox name');
    await userEvent.clear(input);
    await userEvent.type(input, 'Taken{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('This name is taken.');
    await userEvent.type(input, '2{Enter}');
    await expect(answer).resolves.toBe('Taken2');
  });

  it('resolves null on Escape or Cancel', async () => {
    const { prompt } = setUp();
    const first = ask(() => prompt(naming));
    await userEvent.keyboard('{Escape}');
    await expect(first).resolves.toBeNull();
    const second = ask(() => prompt(naming));
    fireEvent.click(screen.getByTestId('prompt-cancel'));
    await expect(second).resolves.toBeNull();
  });
});
