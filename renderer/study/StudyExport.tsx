import { FileJson, FileSpreadsheet } from 'lucide-react';
import { studyCsv, studyJson } from '../../engine/study/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { useStudyStore } from './context.tsx';
import { useStudyT } from './i18n.ts';
import { useSaveText } from './useSaveText.ts';

/** The study's figures as files: every count on every day with its mean and interval (engine/study/export.ts, as the CLI writes them). */
export function StudyExport() {
  const t = useStudyT();
  const lang = useLang();
  const store = useStudyStore();
  const saveText = useSaveText();
  const save = (format: 'csv' | 'json') => {
    const result = store.getState().result;
    if (!result) return;
    const { project, layout, summary, replications, seed, meta } = result;
    const columns = [{ name: lang === 'fr' ? 'étude' : 'study', summary }];
    const text =
      format === 'csv'
        ? studyCsv(project, layout.cells, columns, lang)
        : `${JSON.stringify(studyJson({ project, replications, seed, contacts: meta.contacts, days: summary.days }, layout.cells, columns, lang), null, 2)}\n`;
    saveText(`${project.name} – ${lang === 'fr' ? 'étude' : 'study'}`, format, text);
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
