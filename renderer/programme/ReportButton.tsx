import './programme.css';
import { useBilingual } from '../i18n/bilingual.ts';
import { FileText } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { staleNotice, type OutdatedRun } from '../../engine/report/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useSimulationStore } from '../simulator/context.tsx';
import { useStudyStore } from '../study/context.tsx';
import { useRunAll } from '../study/useRunAll.ts';
import { useDocument, useStores } from '../stores/context.tsx';
import { useProgrammeT } from './i18n.ts';
import { lastRunOf, writeReport } from './report-export.ts';
import { useExpectStore } from '../expect/useExpect.ts';

/**
 * The Export dialog's "Report" entry: writes the HTML report at once (no format options). When the
 * project or its contacts changed since the last run, it first says so (the words the report
 * would print at its top) and offers to run again with the same settings before writing, or to
 * write the report of that run; the toast then says which.
 */
export function ReportButton({ onDone }: { onDone: () => void }) {
  const t = useProgrammeT();
  const both = useBilingual();
  const lang = useLang();
  const platform = usePlatform();
  const sim = useSimulationStore();
  const study = useStudyStore();
  const runAll = useRunAll();
  const { ui, document } = useStores();
  const expectations = useExpectStore();
  const project = useDocument((s) => s.project);
  const [busy, setBusy] = useState<'writing' | 'running' | null>(null);
  const [asking, setAsking] = useState<OutdatedRun | null>(null);
  const choice = useRef<HTMLDivElement>(null);
  const runAgainButton = useRef<HTMLButtonElement>(null);
  // The choice opens under the Report button, below the dialog's fold at 1440x900: brought into view whole, its first way on focused.
  useEffect(() => {
    if (!asking) return;
    choice.current?.scrollIntoView?.({ block: 'nearest' });
    runAgainButton.current?.focus({ preventScroll: true });
  }, [asking]);
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
  const start = () => {
    const { past, future } = document.getState();
    const { outdated } = lastRunOf(project, sim.getState(), { past, future });
    if (outdated) setAsking(outdated);
    else void write();
  };
  const runAgain = async () => {
    const origin = sim.getState().ranOrigin;
    if (!origin) return void write();
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
    setAsking(null);
    await write();
  };
  const notice = asking ? staleNotice(asking, lang) : null;
  return (
    <>
      <button type="button" className="fb-choice fb-report-choice" disabled={busy !== null} onClick={start} data-testid="export-report" title={t('programme.reportHint')}>
        <FileText size={18} aria-hidden />
        <span>
          <strong>{t('programme.report')}</strong>
          <small data-testid="export-report-hint">{t('programme.reportHint')}</small>
        </span>
      </button>
      {notice ? (
        <div ref={choice} className="fb-report-stale" role="group" aria-labelledby="fb-report-stale-title" data-testid="report-stale">
          <strong id="fb-report-stale-title">{t('programme.reportStale')}</strong>
          <p data-testid="report-stale-notice">{notice}</p>
          <div className="fb-report-stale-actions">
            <button ref={runAgainButton} type="button" className="fb-button is-primary" disabled={busy !== null} onClick={() => void runAgain()} data-testid="report-run-again">
              {busy === 'running' ? t('programme.reportRunning') : t('programme.reportRunAgain')}
            </button>
            <button type="button" className="fb-button" disabled={busy !== null} onClick={() => void write()} data-testid="report-as-run">
              {t('programme.reportAsRun')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
