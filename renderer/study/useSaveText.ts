import { useTranslation } from 'react-i18next';
import { fileName } from '../export/exporters.ts';
import { usePlatform } from '../platform/index.ts';
import { useStores } from '../stores/context.tsx';

/** Saves a text file (a study's or a comparison's CSV or JSON) and says so, or why not, in a toast. */
export function useSaveText(): (name: string, format: 'csv' | 'json', text: string) => void {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { ui } = useStores();
  return (base, format, text) => {
    const name = fileName(base, format);
    platform.saveFile(name, new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' })).then(
      () => ui.getState().notify({ tone: 'success', message: t('sim.exported', { name }) }),
      (error: unknown) => ui.getState().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
