import { useTranslation } from 'react-i18next';
import { asWorkflowId } from '../../engine/model/index.ts';
import { usePlatform } from '../platform/index.ts';
import { useStores } from '../stores/context.tsx';
import { readProjectFile } from './embed.ts';

export const OPENABLE = ['.json', '.png', '.svg', 'application/json', 'image/png', 'image/svg+xml'] as const;

/**
 * Opens a project file (JSON, or a PNG / SVG exported by Flowbench). A bad file leaves the
 * open project exactly as it was and says why.
 */
export function useOpenProject(): { openFromPicker(): Promise<void>; openBytes(name: string, bytes: Uint8Array): void } {
  const { t } = useTranslation();
  const { document, ui } = useStores();
  const platform = usePlatform();
  const openBytes = (name: string, bytes: Uint8Array) => {
    const result = readProjectFile(name, bytes);
    if (!result.ok) {
      ui.getState().notify({ tone: 'error', message: result.message, details: result.details });
      return;
    }
    document.getState().load(result.project);
    if (result.workflowId && result.project.workflows.some((w) => w.id === result.workflowId)) {
      document.getState().setActiveWorkflow(asWorkflowId(result.workflowId));
    }
    ui.getState().select(null);
    ui.getState().notify({ tone: 'success', message: t('app.imported', { name: result.project.name }) });
  };
  return {
    openBytes,
    async openFromPicker() {
      const file = await platform.openFile(OPENABLE);
      if (file) openBytes(file.name, file.bytes);
    },
  };
}
