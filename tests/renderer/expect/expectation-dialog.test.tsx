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

describe('the step menu of the expectation dialog', () => {
  it('names each step as its card does, the two "Wait 5 days" told apart by the step before them', () => {
    // It listed the cards' kinds: "Send email", "Delay", "Send email", "Delay"… one could not tell which.
    renderWithEditor(<Dialog onClose={vi.fn()} />, { project: buildTemplate('nurturing', 'en') });
    fireEvent.change(screen.getByTestId('expect-kind'), { target: { value: 'reaches-within' } });
    const options = [...(screen.getByTestId('expect-step') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual([
      'Send “Follow-up – ebook 1”',
      'Wait 5 days (after Send “Follow-up – ebook 1”)',
      'Send “Offer – ebook 2”',
      'Wait 5 days (after Send “Offer – ebook 2”)',
      'If: Downloaded the ebook “Ebook: How to build your own topic Y”',
      'Add to “Nurturing – ebook 2 downloaded”',
      'Wait 3 days',
      'Send “Selection of blog articles on topic Y”',
      'Add to “Nurturing – articles sent”',
    ]);
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

describe('the day field', () => {
  // Days are day numbers, as the timeline, the study tables and the report count them: day 1 is
  // the start date. The nurturing template runs 30 days from Monday 5 January 2026: day 30 is
  // Tuesday 3 February, its last day (dates as the app writes them in full, formatLongDate).
  function open(lang: 'en' | 'fr', kind: 'share-in-list' | 'list-exactly') {
    const onClose = vi.fn();
    renderWithEditor(<Dialog onClose={onClose} />, { project: buildTemplate('nurturing', lang), lang });
    fireEvent.change(screen.getByTestId('expect-kind'), { target: { value: kind } });
    const input = screen.getByTestId('expect-day') as HTMLInputElement;
    const field = input.closest('.fb-field')!;
    return { input, label: () => field.querySelector('label')!.textContent, help: () => field.querySelector('.fb-help')?.textContent ?? null };
  }

  it('says day 1 is the start date and gives the calendar day it reads the end of', () => {
    const { input, label, help } = open('en', 'share-in-list');
    expect(label()).toBe('Day of the run (day 1 = start date)');
    expect(input.value).toBe('30');
    expect(help()).toBe('That is Tuesday, 3 February 2026, read at the end of the day as on the timeline.');
    fireEvent.change(input, { target: { value: '1' } });
    expect(help()).toBe('That is Monday, 5 January 2026, read at the end of the day as on the timeline.');
  });

  it('in French too', () => {
    const { label, help } = open('fr', 'share-in-list');
    expect(label()).toBe('Jour de la simulation (jour 1 = date de début)');
    expect(help()).toBe('C’est le mardi 3 février 2026, lu en fin de journée comme sur la chronologie.');
  });

  it('refuses day 0, with the rule, and keeps Save disabled', () => {
    const { input } = open('en', 'share-in-list');
    fireEvent.change(input, { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number between 1 and 3,653 days (10 years).');
    expect((screen.getByTestId('expect-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('a new list-exactly reads the run’s last day (not day 0), and says when its criteria are read', () => {
    const { input, help } = open('en', 'list-exactly');
    expect(input.value).toBe('30');
    expect(help()).toBe('That is Tuesday, 3 February 2026: the segment is read at the end of the day, date filters (“more than N days ago”) at the midnight starting it, when the simulator re-checks them.');
  });

  it('a day past the run says so, in both languages', () => {
    const en = open('en', 'share-in-list');
    fireEvent.change(en.input, { target: { value: '31' } });
    expect(en.help()).toBe('After the end of the run (30 days, to Tuesday, 3 February 2026): this expectation fails until the run is longer.');
  });

  it('a day past the run, in French', () => {
    const fr = open('fr', 'list-exactly');
    fireEvent.change(fr.input, { target: { value: '45' } });
    expect(fr.help()).toBe('Après la fin de la simulation (30 jours, jusqu’au mardi 3 février 2026)\u00a0: cette attente échoue tant que la simulation n’est pas plus longue.');
  });
});
