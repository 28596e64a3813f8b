import './programme.css';
import { useBilingual } from '../i18n/bilingual.ts';
import { useEffect, useRef, useState } from 'react';
import { staleNotice, type OutdatedRun } from '../../engine/report/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useSim, useSimulationStore } from '../simulator/context.tsx';
import { useStudyStore } from '../study/context.tsx';
import { useRunAll } from '../study/useRunAll.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { useProgrammeT } from './i18n.ts';
import { lastRunOf, writeReport } from './report-export.ts';
import { useExpectStore } from '../expect/useExpect.ts';

/** The report as the Export dialog offers it: what changed since the last run, and the ways to write it. */
export interface ReportExport {
  /** What the report would say at its top (the project or its contacts changed since the run), or null. */
  readonly outdated: OutdatedRun | null;
  readonly busy: 'writing' | 'running' | null;
  /** Writes the report of the last run (saying so at its top when it is out of date). */
  readonly write: () => Promise<void>;
  /** Runs again with the same contacts and settings, then writes the report. */
  readonly runAgain: () => Promise<void>;
}

/**
 * The Export dialog's "Report" choice: whether the last run is out of date, followed live (an
 * expectation written does not make it so: no run reads expectations), and the two ways to write
 * the report; the toast then says which.
 */
export function useReportExport(onDone: () => void): ReportExport {
  const both = useBilingual();
  const lang = useLang();
  const platform = usePlatform();
  const sim = useSimulationStore();
  const study = useStudyStore();
  const runAll = useRunAll();
  const { ui, document } = useStores();
  const expectations = useExpectStore();
  const project = useDocument((s) => s.project);
  const past = useDocument((s) => s.past);
  const future = useDocument((s) => s.future);
  // What lastRunOf reads of the run, so the choice follows a run that ends while the dialog is open.
  useSim((s) => s.status);
  useSim((s) => s.ranProject);
  useSim((s) => s.ranRevision);
  const [busy, setBusy] = useState<'writing' | 'running' | null>(null);
  const live = lastRunOf(project, sim.getState(), { past, future }).outdated;
  // While running again the run is not "done": the notice stays as it was until the report is written.
  const [held, setHeld] = useState<OutdatedRun | null>(null);
  const write = async () => {
    setBusy('writing');
    try {
      const { past, future } = document.getState();
      const { outdated } = lastRunOf(project, sim.getState(), { past, future });
      const name = await writeReport(project, sim, study, lang, platform, lang === 'fr' ? 'rapport' : 'report', expectations.getState(), { past, future });
      ui.getState().notify({ tone: 'success', message: both(outdated ? 'programme.reportSavedStale' : 'programme.reportSaved', { name }) });
      onDone();
    } catch (error) {
      ui.getState().notify({ tone: 'error', message: both('programme.reportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(null);
    }
  };
  const runAgain = async () => {
    const origin = sim.getState().ranOrigin;
    if (!origin) return void write();
    setHeld(live);
    setBusy('running');
    try {
      await runAll(project, origin);
    } finally {
      setBusy(null);
    }
    const state = sim.getState();
    if (state.status !== 'done' || state.ranProject !== project) {
      ui.getState().notify({ tone: 'error', message: both('programme.reportRunFailed', { message: state.error ?? '' }) });
      return;
    }
    await write();
  };
  return { outdated: busy === 'running' ? held : live, busy, write, runAgain };
}

/**
 * Under the choices, when the report would not show the latest changes: the words it would print
 * at its top and the two ways to write it, from the run shown or after running again (the dialog
 * has no Download then: it would have to pick one of them).
 */
export function ReportStale({ report }: { report: ReportExport }) {
  const t = useProgrammeT();
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const notice = report.outdated ? staleNotice(report.outdated, lang) : null;
  // It opens under the choices, below the dialog's fold at 1440x900: brought into view whole.
  useEffect(() => {
    if (notice) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice]);
  if (!notice) return null;
  return (
    <div ref={box} className="fb-report-stale" role="group" aria-labelledby="fb-report-stale-title" data-testid="report-stale">
      <strong id="fb-report-stale-title">{t('programme.reportStale')}</strong>
      <p data-testid="report-stale-notice">{notice}</p>
      <div className="fb-report-stale-actions">
        <button type="button" className="fb-button is-primary" disabled={report.busy !== null} onClick={() => void report.runAgain()} data-testid="report-run-again">
          {report.busy === 'running' ? t('programme.reportRunning') : t('programme.reportRunAgain')}
        </button>
        <button type="button" className="fb-button" disabled={report.busy !== null} onClick={() => void report.write()} data-testid="report-as-run">
          {t('programme.reportAsRun')}
        </button>
      </div>
    </div>
  );
}
