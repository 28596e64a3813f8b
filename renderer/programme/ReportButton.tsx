import './programme.css';
import { useBilingual } from '../i18n/bilingual.ts';
import { FileText } from 'lucide-react';
import { useState } from 'react';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useSimulationStore } from '../simulator/context.tsx';
import { useStudyStore } from '../study/context.tsx';
import { useDocument, useStores } from '../stores/context.tsx';
import { useProgrammeT } from './i18n.ts';
import { writeReport } from './report-export.ts';
import { useExpectStore } from '../expect/useExpect.ts';

/** The Export dialog's "Report" entry: writes the HTML report at once (no format options). */
export function ReportButton({ onDone }: { onDone: () => void }) {
  const t = useProgrammeT();
  const both = useBilingual();
  const lang = useLang();
  const platform = usePlatform();
  const sim = useSimulationStore();
  const study = useStudyStore();
  const { ui } = useStores();
  const expectations = useExpectStore();
  const project = useDocument((s) => s.project);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const name = await writeReport(project, sim, study, lang, platform, lang === 'fr' ? 'rapport' : 'report', expectations.getState());
      ui.getState().notify({ tone: 'success', message: both('programme.reportSaved', { name }) });
      onDone();
    } catch (error) {
      ui.getState().notify({ tone: 'error', message: both('programme.reportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="fb-choice fb-report-choice" disabled={busy} onClick={() => void run()} data-testid="export-report" title={t('programme.reportHint')}>
      <FileText size={18} aria-hidden />
      <span>
        <strong>{t('programme.report')}</strong>
        <small data-testid="export-report-hint">{t('programme.reportHint')}</small>
      </span>
    </button>
  );
}
