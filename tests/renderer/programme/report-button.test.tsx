import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { replicationDigest, type ReplicationDigest } from '../../../engine/report/index.ts';
import { PlatformContext, type Platform } from '../../../renderer/platform/index.ts';
import { ReportButton } from '../../../renderer/programme/ReportButton.tsx';
import { StudyProvider } from '../../../renderer/study/context.tsx';
import { inPageWorker } from '../../../renderer/study/pool.ts';
import { createStudyStore, type StudyResult } from '../../../renderer/study/store.ts';
import { expected, project, ranStore, renderSim } from '../simulator/harness.tsx';

describe('Export > Report after a study', () => {
  it('says the study’s runs are being run again while the report waits for their intervals, then saves it', async () => {
    const sim = await ranStore();
    const study = createStudyStore(inPageWorker(() => Promise.reject(new Error('no sandbox'))), 2);
    // A finished study of the run shown (3 runs), whose digests the test hands over when it chooses.
    let release: (digests: ReplicationDigest[]) => void = () => undefined;
    const asked: number[] = [];
    study.setState({
      status: 'done',
      result: { meta: sim.getState().meta!, replications: 3, setup: { project, origin: { contacts: [] }, options: { replications: 3 } } } as unknown as StudyResult,
      digests: (_setup, replications) => {
        asked.push(replications);
        return new Promise<ReplicationDigest[]>((resolve) => (release = resolve));
      },
    });
    const saved: string[] = [];
    const platform = { saveFile: async (name: string) => void saved.push(name) } as unknown as Platform;
    renderSim(
      <PlatformContext.Provider value={platform}>
        <StudyProvider store={study}>
          <ReportButton onDone={() => undefined} />
        </StudyProvider>
      </PlatformContext.Provider>,
      sim,
    );
    const hint = screen.getByTestId('export-report-hint');
    expect(hint.textContent).toBe('One self-contained page: the programme, each workflow, the outcomes of the last run and its assumptions');
    fireEvent.click(screen.getByTestId('export-report'));
    await waitFor(() => expect(asked).toEqual([3]));
    expect(hint.textContent).toBe('Running the study’s 3 runs again for the intervals…');
    expect((screen.getByTestId('export-report') as HTMLButtonElement).disabled).toBe(true);
    const digest = replicationDigest(project, expected());
    await act(async () => release([digest, digest, digest]));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(hint.textContent).toBe('One self-contained page: the programme, each workflow, the outcomes of the last run and its assumptions');
  });
});
