import { FileJson, FileSpreadsheet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { studyCsv, studyJson } from '../../engine/study/index.ts';
import { fileName } from '../export/exporters.ts';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useStores } from '../stores/context.tsx';
import { useStudyStore } from './context.tsx';
import { useStudyT } from './i18n.ts';

/** The study's figures as files: every count on every day with its mean and interval (engine/study/export.ts, as the CLI writes them). */
export function StudyExport() {
  const t = useStudyT();
  const { t: tr } = useTranslation();
  const lang = useLang();
  const platform = usePlatform();
  const { ui } = useStores();
  const store = useStudyStore();
  const save = (format: 'csv' | 'json') => {
    const result = store.getState().result;
    if (!result) return;
    const { project, layout, summary, replications, seed, meta } = result;
    const columns = [{ name: lang === 'fr' ? 'étude' : 'study', summary }];
    const text =
      format === 'csv'
        ? studyCsv(project, layout.cells, columns, lang)
        : `${JSON.stringify(studyJson({ project, replications, seed, contacts: meta.contacts, days: summary.days }, layout.cells, columns, lang), null, 2)}\n`;
    const name = fileName(`${project.name} – ${lang === 'fr' ? 'étude' : 'study'}`, format);
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    platform.saveFile(name, new Blob([text], { type })).then(
      () => ui.getState().notify({ tone: 'success', message: tr('sim.exported', { name }) }),
      (error: unknown) => ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div className="fb-sim-export" data-testid="study-export">
      <button type="button" className="fb-button is-small" onClick={() => save('csv')} data-testid="study-export-csv">
        <FileSpreadsheet size={14} aria-hidden />
        {t('study.exportCsv')}
      </button>
      <button type="button" className="fb-button is-small" onClick={() => save('json')} data-testid="study-export-json">
        <FileJson size={14} aria-hidden />
        {t('study.exportJson')}
      </button>
    </div>
  );
}
