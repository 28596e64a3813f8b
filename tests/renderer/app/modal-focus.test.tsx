import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Modal } from '../../../renderer/app/Modal.tsx';
import '../../../renderer/i18n/index.ts';

/** A page with a button opening a dialog of two fields and an OK button. */
function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Behind</button>
      {open ? (
        <Modal title="Edit" onClose={() => setOpen(false)}>
          <input aria-label="First" />
          <input aria-label="Second" />
          <button type="button" onClick={() => setOpen(false)}>
            OK
          </button>
        </Modal>
      ) : null}
    </>
  );
}

describe('a dialog', () => {
  it('keeps the focus inside while open, and gives it back to its opener when it closes', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Edit' });
    // Tab goes round the dialog's controls, never to the page behind.
    const seen: (Element | null)[] = [];
    for (let k = 0; k < 8; k++) {
      await user.tab();
      seen.push(document.activeElement);
    }
    expect(seen.every((el) => dialog.contains(el))).toBe(true);
    const names = new Set(seen.map((el) => el?.getAttribute('aria-label') ?? el?.textContent));
    for (const name of ['First', 'Second', 'OK']) expect(names.has(name)).toBe(true);
    expect(names.has('Behind')).toBe(false);
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
