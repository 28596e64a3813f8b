import { FileJson, FileSpreadsheet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { studyCsv, studyJson } from '../../engine/study/index.ts';
import { fileName } from '../export/exporters.ts';
import { useLang } from '../i18n/useLang.ts';
import { usePlatform } from '../platform/index.ts';
import { useStores } from '../stores/context.tsx';
import { useCompareStore } from './context.tsx';
import { useCompareT } from './i18n.ts';

/** The comparison as files, as `flowbench compare --csv / --json` writes them: A, B and B − A per count and day. */
export function CompareExport() {
  const t = useCompareT();
  const { t: tr } = useTranslation();
  const lang = useLang();
  const platform = usePlatform();
  const { ui } = useStores();
  const store = useCompareStore();
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
    const name = fileName(`${a.name} – ${lang === 'fr' ? 'comparaison' : 'comparison'}`, format);
    platform.saveFile(name, new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' })).then(
      () => ui.getState().notify({ tone: 'success', message: tr('sim.exported', { name }) }),
      (error: unknown) => ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div className="fb-sim-export" data-testid="compare-export">
      <button type="button" className="fb-button is-small" onClick={() => save('csv')} data-testid="compare-export-csv">
        <FileSpreadsheet size={14} aria-hidden />
        {t('compare.exportCsv')}
      </button>
      <button type="button" className="fb-button is-small" onClick={() => save('json')} data-testid="compare-export-json">
        <FileJson size={14} aria-hidden />
        {t('compare.exportJson')}
      </button>
    </div>
  );
}
