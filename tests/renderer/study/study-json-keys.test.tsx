import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlatformContext } from '../../../renderer/platform/index.ts';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { StudyExport } from '../../../renderer/study/StudyExport.tsx';
import { ranStore, renderSim, studyOfRun } from '../simulator/harness.tsx';
import { savingPlatform } from './saving.ts';

/** Every key of a JSON value, by path (array items by their place), sorted. */
function keys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, k) => keys(v, `${path}[${k}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [`${path}.${k}`, ...keys(v, `${path}.${k}`)]);
  return [];
}

describe('the app’s study JSON', () => {
  it('has the same keys in French and in English, each count under "study" as the CLI writes it (French said "étude")', async () => {
    const store = await ranStore();
    await act(() => store.getState().seek(store.getState().meta!.lastMinute));
    const studies = await studyOfRun(store.getState().meta!);
    const files: Record<string, unknown> = {};
    for (const lang of ['fr', 'en'] as const) {
      const saved: { name: string; text: Promise<string> }[] = [];
      const view = renderSim(
        <PlatformContext.Provider value={savingPlatform(saved)}>
          <StudyProvider store={studies}>
            <StudyExport />
          </StudyProvider>
        </PlatformContext.Provider>,
        store,
        lang,
      );
      fireEvent.click(screen.getByTestId('study-export-json'));
      await waitFor(() => expect(saved).toHaveLength(1));
      files[lang] = JSON.parse(await saved[0]!.text);
      view.unmount();
    }
    expect(keys(files['fr']).sort()).toEqual(keys(files['en']).sort());
    const counts = (files['fr'] as { counts: Record<string, unknown>[] }).counts;
    expect(Object.keys(counts[0]!)).toContain('study');
    expect(Object.keys(counts[0]!)).not.toContain('étude');
  });
});
