import { useCallback } from 'react';
import { useBilingual } from '../i18n/bilingual.ts';
import { useOpenDocument } from '../app/workspace.tsx';
import { usePlatform } from '../platform/index.ts';
import { checkOpenSize, FileTooLargeError, fileTooLargeMessage, MAX_OPEN_BYTES } from '../platform/file-limit.ts';
import { useStores } from '../stores/context.tsx';
import { useHubSpotImport } from '../hubspot/useHubSpotImport.ts';
import { readOpenedFile } from './embed.ts';

export const OPENABLE = ['.json', '.png', '.svg', 'application/json', 'image/png', 'image/svg+xml'] as const;

export interface OpenProjectApi {
  openFromPicker(): Promise<void>;
  /**
   * Resolves true when the file became the open project. HubSpot v4 flows are added to the open
   * project instead (after asking), which resolves false: the file is not the project.
   */
  openBytes(name: string, bytes: Uint8Array, options?: { skipGuard?: boolean }): Promise<boolean>;
  /** Says why a file was refused for its size; false for any other error. */
  refuseTooLarge(error: unknown): boolean;
}

/**
 * Opens a project file (JSON, or a PNG / SVG exported by Flowbench) as a new document: the
 * current project stays in the Projects list. A JSON file of HubSpot v4 flows adds its workflows
 * to the open project, after asking. A bad or too large file leaves the open project exactly as
 * it was and says why.
 */
export function useOpenProject(): OpenProjectApi {
  const both = useBilingual();
  const { ui } = useStores();
  const platform = usePlatform();
  const open = useOpenDocument();
  const importHubSpot = useHubSpotImport();
  const refuseTooLarge = useCallback(
    (error: unknown) => {
      if (!(error instanceof FileTooLargeError)) return false;
      ui.getState().notify({ tone: 'error', message: fileTooLargeMessage(error), topic: 'open-file' });
      return true;
    },
    [ui],
  );
  const openBytes = useCallback(
    async (name: string, bytes: Uint8Array, options?: { skipGuard?: boolean }) => {
      try {
        checkOpenSize(name, bytes.byteLength);
      } catch (error) {
        if (refuseTooLarge(error)) return false;
        throw error;
      }
      const read = readOpenedFile(name, bytes);
      if (read.kind === 'hubspot') {
        await importHubSpot(read.flows);
        return false;
      }
      const result = read.result;
      if (!result.ok) {
        ui.getState().notify({ tone: 'error', message: result.message, details: result.details, topic: 'open-file' });
        return false;
      }
      let copy = false;
      const opened = await open(result.project, {
        ...(result.workflowId ? { workflowId: result.workflowId } : {}),
        ...(options?.skipGuard ? { skipGuard: true } : {}),
        onCopy: () => (copy = true),
      });
      // The same project is already on this computer: the file opens beside it, and the user is told which is which.
      if (opened) ui.getState().notify({ tone: 'success', message: both(copy ? 'app.importedCopy' : 'app.imported', { name: result.project.name }) });
      return opened;
    },
    [ui, open, both, refuseTooLarge, importHubSpot],
  );
  return {
    openBytes,
    refuseTooLarge,
    async openFromPicker() {
      try {
        const file = await platform.openFile(OPENABLE, { maxBytes: MAX_OPEN_BYTES });
        if (file) await openBytes(file.name, file.bytes);
      } catch (error) {
        if (!refuseTooLarge(error)) throw error;
      }
    },
  };
}
