import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { replicationDigest, type ReplicationDigest } from '../../../engine/report/index.ts';
import { PlatformContext, type Platform } from '../../../renderer/platform/index.ts';
import { ExportDialog } from '../../../renderer/export/ExportDialog.tsx';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore, type StudyResult } from '../../../renderer/study/store.ts';
import { expected, project, ranStore, renderSim } from '../simulator/harness.tsx';

describe('Export > Report after a study', () => {
  it('gives each figure the mean and interval over the study’s replications, from their digests, without running them again', async () => {
    const sim = await ranStore();
    // No worker can run anything: the report must not ask for runs.
    const study = createStudyStore(inPageWorker(() => Promise.reject(new Error('no sandbox'))), 2);
    const first = replicationDigest(project, expected());
    const [id, end] = Object.entries(first.ends).find(([, e]) => e.enrolled > 0)!;
    // Replications 1 and 2 enrolled 5 more and 3 fewer: over 3 runs the interval is min to max (interval.ts).
    const shifted = (by: number): ReplicationDigest => ({ ...first, ends: { ...first.ends, [id]: { ...end, enrolled: end.enrolled + by } } });
    study.setState({ status: 'done', result: { meta: sim.getState().meta!, replications: 3, digests: [first, shifted(5), shifted(-3)] } as unknown as StudyResult });
    const saved: Blob[] = [];
    const platform = { saveFile: async (_name: string, blob: Blob) => void saved.push(blob) } as unknown as Platform;
    renderSim(
      <PlatformContext.Provider value={platform}>
        <StudyProvider store={study}>
          <ExportDialog />
        </StudyProvider>
      </PlatformContext.Provider>,
      sim,
    );
    fireEvent.click(screen.getByTestId('export-format-report'));
    fireEvent.click(screen.getByTestId('export-download'));
    // Writing the report takes a few hundred ms alone, more with the whole suite on two cores: waitFor's default 1 s was flaky.
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 });
    const html = await read(saved[0]!);
    const row = new RegExp(`<tr data-workflow="${id}">.*?</tr>`, 's').exec(html)?.[0] ?? '';
    // The mean of e, e + 5 and e - 3 is e + 2/3, a whole e + 1; the range min to max.
    expect(row).toContain(`${end.enrolled + 1} <span class="range">(${end.enrolled - 3}–${end.enrolled + 5})</span>`);
    expect(html).toContain('data-field="intervals"');
  });
});

describe('Export > Report after the project changed since the run', () => {
  async function editedSinceRun() {
    const sim = await ranStore();
    const saved: Blob[] = [];
    const platform = { saveFile: async (_name: string, blob: Blob) => void saved.push(blob) } as unknown as Platform;
    const rendered = renderSim(
      <PlatformContext.Provider value={platform}>
        <ExportDialog />
      </PlatformContext.Provider>,
      sim,
    );
    // One edit after the run: a workflow renamed.
    act(() => rendered.stores.document.getState().apply((p) => ({ ...p, workflows: p.workflows.map((w, i) => (i === 0 ? { ...w, name: `${w.name} (v2)` } : w)) })));
    return { sim, saved, rendered };
  }

  it('says what the report would say at its top, and writes the report of that run, saying so, when asked to', async () => {
    const { saved, rendered } = await editedSinceRun();
    fireEvent.click(screen.getByTestId('export-format-report'));
    // Nothing written yet: the choice first, in the words the report prints (time unknown here: the run was not watched).
    expect(saved).toHaveLength(0);
    expect(screen.getByTestId('report-stale-notice').textContent).toBe('Figures and diagrams from the last run, before the latest edits: the project has changed since (1 edit). Run it again to include them.');
    // Its two ways are under it: no Download beside them that would write something else.
    expect(screen.queryByTestId('export-download')).toBeNull();
    fireEvent.click(screen.getByTestId('report-as-run'));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 });
    const doc = new DOMParser().parseFromString(await read(saved[0]!), 'text/html');
    expect(doc.querySelector('[data-field=stale-run]')!.textContent).toContain('(1 edit)');
    // The project as it was run: the name before the edit.
    expect(doc.querySelector('section[data-section=workflow] h2')!.textContent).toBe(project.workflows[0]!.name);
    expect(rendered.stores.ui.getState().toasts.at(-1)!.message).toMatchObject({ en: expect.stringContaining('It shows the last run, before the latest changes') });
  });

  it('runs again with the same contacts and settings, then writes the report of the project as it is, with no notice', async () => {
    const { sim, saved, rendered } = await editedSinceRun();
    fireEvent.click(screen.getByTestId('export-format-report'));
    fireEvent.click(screen.getByTestId('report-run-again'));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 30_000 });
    expect(sim.getState().ranProject).toBe(rendered.stores.document.getState().project);
    const doc = new DOMParser().parseFromString(await read(saved[0]!), 'text/html');
    expect(doc.querySelector('[data-field=stale-run]')).toBeNull();
    expect(doc.querySelector('section[data-section=workflow] h2')!.textContent).toBe(`${project.workflows[0]!.name} (v2)`);
    expect(rendered.stores.ui.getState().toasts.at(-1)!.message).toMatchObject({ en: expect.stringMatching(/^Report saved: /) });
  });
});

describe('Export > Report, chosen like any other file', () => {
  async function dialog() {
    const sim = await ranStore();
    const saved: { name: string; blob: Blob }[] = [];
    const platform = { saveFile: async (name: string, blob: Blob) => void saved.push({ name, blob }) } as unknown as Platform;
    const rendered = renderSim(
      <PlatformContext.Provider value={platform}>
        <ExportDialog />
      </PlatformContext.Provider>,
      sim,
    );
    return { sim, saved, rendered };
  }

  it('downloads the report, not the picture that was chosen before it (review h: « Télécharger » gave a PNG)', async () => {
    const { saved } = await dialog();
    // The dialog opens on the PNG of the active workflow.
    expect(screen.getByTestId<HTMLInputElement>('export-format-png').checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /^Report \(HTML, to print or save as PDF\)/ }));
    expect(screen.getByTestId<HTMLInputElement>('export-format-png').checked).toBe(false);
    // No picture options under a report.
    expect(screen.queryByTestId('export-scale-2')).toBeNull();
    fireEvent.click(screen.getByTestId('export-download'));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 });
    expect(saved[0]!.name).toBe(`${project.name} – report.html`);
    expect(saved[0]!.blob.type).toBe('text/html');
  });

  it('after expectations were written since the run, writes the report at once, with every expectation and no notice', async () => {
    const { saved, rendered } = await dialog();
    const before = project.tests!.expectations;
    // Two expectations added, as the Expectations panel does: two undo steps.
    for (const id of ['added-1', 'added-2']) act(() => rendered.stores.document.getState().apply((p) => ({ ...p, tests: { ...p.tests!, expectations: [...p.tests!.expectations, { ...before[0]!, id }] } })));
    fireEvent.click(screen.getByTestId('export-format-report'));
    expect(screen.queryByTestId('report-stale')).toBeNull();
    fireEvent.click(screen.getByTestId('export-download'));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 });
    const doc = new DOMParser().parseFromString(await read(saved[0]!.blob), 'text/html');
    expect(doc.querySelector('[data-field=stale-run]')).toBeNull();
    expect(doc.querySelectorAll('[data-figure=expectations] tbody tr')).toHaveLength(before.length + 2);
    expect(doc.querySelector('[data-section=outcomes]')).not.toBeNull();
  });
});

/** jsdom's Blob has no text(): its FileReader reads it. */
function read(blob: Blob): Promise<string> {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}
