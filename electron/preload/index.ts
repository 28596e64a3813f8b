/**
 * The preload: exposes the fixed bridge as `window.flowbench`. The page never sees ipcRenderer
 * nor the IPC event object; only the channels listed in shared/bridge.ts exist.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.ts';

contextBridge.exposeInMainWorld('flowbench', createBridge(ipcRenderer));
