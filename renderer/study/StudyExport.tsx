import { SaveButtons } from './SaveButtons.tsx';
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
    // A JSON key, as the CLI writes it: keys never depend on the language (only the file name does).
    const columns = [{ name: 'study', summary }];
    const text =
      format === 'csv'
        ? studyCsv(project, layout.cells, columns, lang)
        : `${JSON.stringify(studyJson({ project, replications, seed, contacts: meta.contacts, days: summary.days }, layout.cells, columns, lang), null, 2)}\n`;
    saveText(`${project.name} – ${lang === 'fr' ? 'étude' : 'study'}`, format, text);
  };
  return <SaveButtons testId="study-export" csvLabel={t('study.exportCsv')} jsonLabel={t('study.exportJson')} onSave={save} />;
}
