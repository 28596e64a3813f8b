import type { IpcRenderer } from 'electron';
import { CHANNELS, EVENTS, type BridgeEvent, type FlowbenchBridge, type OpenedFile } from '../shared/bridge.ts';
import { isAppCommandId } from '../shared/commands.ts';

/** Builds the bridge over an ipcRenderer; separate from index.ts so tests can pass a fake one. */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): FlowbenchBridge {
  const call = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;
  return Object.freeze({
    open: (kind) => call<OpenedFile | null>(CHANNELS.open, kind),
    openRecent: (path: string) => call<OpenedFile | null>(CHANNELS.openRecent, path),
    save: (path: string, text: string) => call<{ path: string }>(CHANNELS.save, path, text),
    saveAs: (name: string, text: string) => call<{ path: string } | null>(CHANNELS.saveAs, name, text),
    exportFile: (kind, name, data) => call<{ path: string } | null>(CHANNELS.exportFile, kind, name, data),
    recentFiles: () => call(CHANNELS.recentList),
    clearRecentFiles: () => call<void>(CHANNELS.recentClear),
    showInFolder: (path: string) => call<void>(CHANNELS.showInFolder, path),
    confirm: (request) => call<number>(CHANNELS.confirm, request),
    startupInfo: () => call(CHANNELS.startupInfo),
    setDirty: (dirty: boolean) => call<void>(CHANNELS.setDirty, dirty),
    setLanguage: (lang) => call<void>(CHANNELS.setLanguage, lang),
    closeWindow: () => call<void>(CHANNELS.closeWindow),
    recoveryDone: () => call<void>(CHANNELS.cleanExit),
    onEvent: (listener: (event: BridgeEvent) => void) => {
      // Each listener drops the IPC event object: the page only ever gets plain data.
      const onCommand = (_e: unknown, command: unknown) => {
        if (isAppCommandId(command)) listener({ type: 'command', command });
      };
      const onOpened = (_e: unknown, file: unknown) => listener({ type: 'file-opened', file: file as OpenedFile });
      const onChanged = (_e: unknown, path: unknown) => {
        if (typeof path === 'string') listener({ type: 'file-changed', path });
      };
      const onSaveAndClose = () => listener({ type: 'save-and-close' });
      ipc.on(EVENTS.command, onCommand);
      ipc.on(EVENTS.saveAndClose, onSaveAndClose);
      ipc.on(EVENTS.fileOpened, onOpened);
      ipc.on(EVENTS.fileChanged, onChanged);
      return () => {
        ipc.removeListener(EVENTS.command, onCommand);
        ipc.removeListener(EVENTS.saveAndClose, onSaveAndClose);
        ipc.removeListener(EVENTS.fileOpened, onOpened);
        ipc.removeListener(EVENTS.fileChanged, onChanged);
      };
    },
  } satisfies FlowbenchBridge);
}
