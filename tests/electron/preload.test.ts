import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS, type BridgeEvent, type FlowbenchBridge } from '../../electron/shared/bridge.ts';
import { createBridge } from '../../electron/preload/bridge.ts';
import { contextBridge, ipcRenderer } from './fake-electron.ts';

describe('preload bridge', () => {
  it('exposes only the fixed operations as window.flowbench, never ipcRenderer', async () => {
    await import('../../electron/preload/index.ts');
    const api = contextBridge.exposed.get('flowbench') as Record<string, unknown>;
    expect(api).toBeDefined();
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.keys(api)).not.toContain('ipcRenderer');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('calls the matching channel with the arguments', async () => {
    const invoke = vi.fn(async () => null);
    const bridge = createBridge({ invoke, on: vi.fn(), removeListener: vi.fn() } as never);
    await bridge.save('/a.json', '{}');
    await bridge.exportFile('svg', 'a.svg', '<svg/>');
    expect(invoke).toHaveBeenNthCalledWith(1, CHANNELS.save, '/a.json', '{}');
    expect(invoke).toHaveBeenNthCalledWith(2, CHANNELS.exportFile, 'svg', 'a.svg', '<svg/>');
  });

  it('hands the page plain data, without the IPC event, and drops unknown commands', () => {
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
    const bridge: FlowbenchBridge = createBridge({
      invoke: vi.fn(),
      on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, l),
      removeListener: (channel: string) => listeners.delete(channel),
    } as never);
    const received: BridgeEvent[] = [];
    const unsubscribe = bridge.onEvent((e) => received.push(e));
    const ipcEvent = { sender: { secret: true } };
    listeners.get(EVENTS.command)!(ipcEvent, 'view.fit');
    listeners.get(EVENTS.command)!(ipcEvent, 'shell.exec');
    listeners.get(EVENTS.fileChanged)!(ipcEvent, '/a.json');
    expect(received).toEqual([
      { type: 'command', command: 'view.fit' },
      { type: 'file-changed', path: '/a.json' },
    ]);
    listeners.get(EVENTS.saveAndClose)!(ipcEvent);
    expect(received.at(-1)).toEqual({ type: 'save-and-close' });
    unsubscribe();
    expect(listeners.size).toBe(0);
  });
});
