import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildTemplate } from '../../../engine/templates/index.ts';
import { ExpectationDialog } from '../../../renderer/expect/ExpectationDialog.tsx';
import { useExpectTexts } from '../../../renderer/expect/i18n.ts';
import { renderWithEditor } from '../render.tsx';

/** The expectation form refuses to save while one of its fields shows a value it refused. */

function Dialog({ onClose }: { onClose: () => void }) {
  useExpectTexts();
  return <ExpectationDialog id={null} onClose={onClose} />;
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
