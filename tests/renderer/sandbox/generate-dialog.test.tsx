import 'fake-indexeddb/auto';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from '../../../renderer/i18n/format.ts';
import { testSandboxDb, SandboxTexts } from './test-db.tsx';
import { SandboxProvider } from '../../../renderer/sandbox/context.tsx';
import { GenerateDialog } from '../../../renderer/sandbox/GenerateDialog.tsx';
import { createSandboxStore } from '../../../renderer/sandbox/store.ts';
import { SandboxWorker } from '../../../renderer/sandbox/worker-client.ts';
import { renderWithEditor, sampleProject } from '../render.tsx';

describe('whole numbers as people type them', () => {
  it('take the grouping the app itself writes, and nothing else', () => {
    // French groups with a narrow no-break space (Intl), people type an ordinary or no-break one.
    expect(parseWholeNumber('2 000', 'fr')).toBe(2000);
    expect(parseWholeNumber('2\u202f000', 'fr')).toBe(2000);
    expect(parseWholeNumber(' 12\u00a0345 ', 'fr')).toBe(12345);
    expect(parseWholeNumber('2,000', 'en')).toBe(2000);
    expect(parseWholeNumber('-7', 'en')).toBe(-7);
    // A French comma is a decimal comma, not a grouping: 2,000 is not a whole number there.
    expect(parseWholeNumber('2,000', 'fr')).toBeNull();
    for (const bad of ['', 'abc', '2.5', '1e3', '2,00', '99999999999999999']) expect(parseWholeNumber(bad, 'en')).toBeNull();
  });
});

describe('the generate dialog', () => {
  it('takes "2 000" in French and says what is wrong otherwise', async () => {
    const db = testSandboxDb('generate-dialog-test');
    const store = createSandboxStore(db, new SandboxWorker());
    await store.getState().init('S');
    renderWithEditor(
      <SandboxProvider store={store}>
        <SandboxTexts>
          <GenerateDialog project={sampleProject()} onClose={() => undefined} onDone={() => undefined} />
        </SandboxTexts>
      </SandboxProvider>,
      { lang: 'fr' },
    );
    fireEvent.change(screen.getByTestId('generate-count'), { target: { value: '2 000' } });
    expect(screen.queryByTestId('generate-count-error')).toBeNull();
    expect((screen.getByTestId('generate-run') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.change(screen.getByTestId('generate-count'), { target: { value: '300 000' } });
    // Refused before with a red border only, no word.
    expect(screen.getByTestId('generate-count-error').textContent).toBe('Saisissez un nombre entier de 1 à 200\u202f000.');
    expect((screen.getByTestId('generate-run') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('generate-count'), { target: { value: '500' } });
    fireEvent.change(screen.getByTestId('generate-seed'), { target: { value: 'x' } });
    expect(screen.getByTestId('generate-seed-error').textContent).toBe('Saisissez un nombre entier (le même donne les mêmes contacts).');
  });
});
