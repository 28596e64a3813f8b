import { useCallback, useRef } from 'react';
import { useBilingual } from '../i18n/bilingual.ts';
import { useTranslation } from 'react-i18next';
import { NOT_A_PROJECT_PATH, type FlowbenchBridge } from '../../electron/shared/bridge.ts';
import { registerDocumentsTexts } from '../app/documents-i18n.ts';
import { saveProject } from '../../engine/io/index.ts';
import { useStores } from '../stores/context.tsx';

/** A file name from a project name: safe on every OS, with the app's extension. */
export function projectFileName(name: string): string {
  const printable = [...name.normalize('NFKC')].filter((c) => c >= ' ').join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, ' ').trim().slice(0, 120) || 'projet';
  return `${base}.flowbench.json`;
}

/**
 * The desktop document: which file the project lives in and the revision last written there.
 * "Unsaved" here means not written to that file (the autosave is a separate safety net).
 */
export function useDesktopFile(bridge: FlowbenchBridge) {
  const { t, i18n } = useTranslation();
  const both = useBilingual();
  registerDocumentsTexts(i18n);
  const { document, ui } = useStores();
  const file = useRef<{ path: string | null; revision: number }>({ path: null, revision: 0 });

  const adopt = useCallback(
    (path: string | null) => {
      file.current = { path, revision: document.getState().revision };
      void bridge.setDirty(false);
    },
    [bridge, document],
  );

  const save = useCallback(
    async (as: boolean) => {
      const { project, revision } = document.getState();
      const text = saveProject(project);
      try {
        const target = file.current.path && !as ? await bridge.save(file.current.path, text) : await bridge.saveAs(projectFileName(project.name), text);
        if (!target) return false;
        file.current = { path: target.path, revision };
        await bridge.setDirty(document.getState().revision !== revision);
        ui.getState().notify({ tone: 'success', message: both('desktop.saved', { path: target.path }) });
        return true;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        ui.getState().notify({ tone: 'error', message: reason.includes(NOT_A_PROJECT_PATH) ? t('documents.notJsonPath') : t('desktop.saveFailed', { reason }) });
        return false;
      }
    },
    [bridge, document, ui, t, both],
  );

  const isDirty = useCallback(() => document.getState().revision !== file.current.revision, [document]);
  return { file, adopt, save, isDirty };
}
