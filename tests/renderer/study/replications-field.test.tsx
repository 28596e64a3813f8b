import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_REPLICATIONS as CLI_MAX, replicationsOption } from '../../../engine/cli/commands/study-options.ts';
import { MAX_REPLICATIONS } from '../../../engine/study/index.ts';
import { SimSetup } from '../../../renderer/simulator/SimSetup.tsx';
import { ranStore, renderSim } from '../simulator/harness.tsx';

describe('the runs field', () => {
  it('starts at one run; ticking "Study" makes it a study of 50 runs, unticking one run again', async () => {
    const store = await ranStore();
    renderSim(<SimSetup />, store);
    await act(async () => {});
    const field = screen.getByTestId<HTMLInputElement>('sim-replications');
    const study = screen.getByTestId<HTMLInputElement>('sim-study');
    expect([field.value, study.checked]).toEqual(['1', false]);
    fireEvent.click(study);
    expect(store.getState().settings!.replications).toBe(50);
    expect([field.value, study.checked]).toEqual(['50', true]);
    fireEvent.click(study);
    expect(store.getState().settings!.replications).toBe(1);
    expect(field.value).toBe('1');
  });

  it('takes up to the CLI’s limit, 1,000, and refuses 1,001 with the limit named, keeping what was typed (FR/EN)', async () => {
    expect(MAX_REPLICATIONS).toBe(CLI_MAX);
    expect(replicationsOption('1000')).toMatchObject({ ok: true, value: 1000 });
    for (const [lang, message] of [
      ['en', 'A whole number of runs from 1 to 1,000.'],
      ['fr', 'Un nombre entier de tirages, de 1 à 1\u202f000.'],
    ] as const) {
      const store = await ranStore();
      const view = renderSim(<SimSetup />, store, lang);
      await act(async () => {});
      const field = screen.getByTestId<HTMLInputElement>('sim-replications');
      fireEvent.change(field, { target: { value: '1000' } });
      // It was silently made 500.
      expect(store.getState().settings!.replications).toBe(1000);
      expect(field.value).toBe('1000');
      expect(screen.queryByTestId('sim-replications-error')).toBeNull();
      fireEvent.change(field, { target: { value: '1001' } });
      expect(field.value).toBe('1001');
      expect(screen.getByTestId('sim-replications-error').textContent).toBe(message);
      expect(store.getState().settings!.replications).toBe(1000);
      fireEvent.change(field, { target: { value: '0' } });
      expect(screen.getByTestId('sim-replications-error').textContent).toBe(message);
      fireEvent.change(field, { target: { value: '20' } });
      expect(screen.queryByTestId('sim-replications-error')).toBeNull();
      expect(store.getState().settings!.replications).toBe(20);
      view.unmount();
    }
  });
});
