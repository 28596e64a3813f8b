import { safeFileName } from './file-name.ts';
import { parseTooLarge, type ExportKind, type FlowbenchBridge } from '../../electron/shared/bridge.ts';
import { FileTooLargeError } from './file-limit.ts';
import type { Platform } from './types.ts';

/** Runs a bridge open; the main process's size refusal becomes a FileTooLargeError. */
export async function openOrRefuse<T>(open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    const refused = parseTooLarge(error instanceof Error ? error.message : String(error));
    if (refused) throw new FileTooLargeError(refused.name, refused.size, refused.limit);
    throw error;
  }
}

/** The preload's bridge when the page runs inside the desktop app; null in a browser. */
export function desktopBridge(win: Window = window): FlowbenchBridge | null {
  const bridge = (win as Window & { flowbench?: FlowbenchBridge }).flowbench;
  return bridge && typeof bridge.open === 'function' ? bridge : null;
}

const EXPORT_KINDS: readonly ExportKind[] = ['png', 'svg', 'json', 'csv', 'md', 'html'];

function exportKind(name: string): ExportKind {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  return (EXPORT_KINDS as readonly string[]).includes(extension) ? (extension as ExportKind) : 'json';
}

/** A blob's bytes; FileReader where Blob#arrayBuffer is missing (jsdom in tests). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * The Platform over the Electron bridge: native Open and Save dialogs, atomic writes in the main
 * process. Same interface as the browser one, so the rest of the UI does not know which it has.
 */
export function createDesktopPlatform(bridge: FlowbenchBridge): Platform {
  return {
    async openFile(accept) {
      const kind = accept.some((a) => a.includes('csv')) ? 'csv' : 'project';
      // The main process refuses files over the same limit before reading them.
      const file = await openOrRefuse(() => bridge.open(kind));
      return file ? { name: file.name, bytes: file.bytes, path: file.path } : null;
    },
    async saveFile(name, blob) {
      const kind = exportKind(name);
      const bytes = await blobBytes(blob);
      const data = kind === 'png' ? bytes : new TextDecoder().decode(bytes);
      await bridge.exportFile(kind, safeFileName(name), data);
    },
  };
}
