import { SaveButtons } from '../study/SaveButtons.tsx';
import { studyCsv, studyJson } from '../../engine/study/index.ts';
import { useLang } from '../i18n/useLang.ts';
import { useSaveText } from '../study/useSaveText.ts';
import { useCompareStore } from './context.tsx';
import { useCompareT } from './i18n.ts';

/** The comparison as files, as `flowbench compare --csv / --json` writes them: A, B and B − A per count and day. */
export function CompareExport() {
  const t = useCompareT();
  const lang = useLang();
  const store = useCompareStore();
  const saveText = useSaveText();
  const save = (format: 'csv' | 'json') => {
    const result = store.getState().result;
    if (!result) return;
    const { a, b, summary, replications, seed, meta } = result;
    const columns = [
      { name: 'A', summary: summary.a },
      { name: 'B', summary: summary.b },
      { name: 'B-A', summary: summary.diff },
    ];
    const heading = { project: a, replications, seed, contacts: meta.contacts, days: summary.diff.days };
    const text =
      format === 'csv'
        ? studyCsv(a, summary.cells, columns, lang)
        : `${JSON.stringify({ ...(studyJson(heading, summary.cells, columns, lang) as object), variant: { id: b.id, name: b.name } }, null, 2)}\n`;
    saveText(`${a.name} – ${lang === 'fr' ? 'comparaison' : 'comparison'}`, format, text);
  };
  return <SaveButtons testId="compare-export" csvLabel={t('compare.exportCsv')} jsonLabel={t('compare.exportJson')} onSave={save} />;
}
