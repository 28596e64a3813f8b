import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, MAX_TEXT_BYTES } from '../../electron/shared/bridge.ts';
import { IpcRefusal, registerIpcHandlers, type MainServices } from '../../electron/main/ipc.ts';
import { isTrustedSender } from '../../electron/main/services.ts';
import { BrowserWindow as FakeWindow, ipcMain as fakeIpcMain } from './fake-electron.ts';

const ipcMain = fakeIpcMain as typeof fakeIpcMain & Pick<IpcMain, 'handle'>;

function fakeServices(trusted = true): MainServices {
  return {
    isTrustedSender: () => trusted,
    open: vi.fn(async () => null),
    openRecent: vi.fn(async () => null),
    save: vi.fn(async (path: string) => ({ path })),
    saveAs: vi.fn(async () => null),
    exportFile: vi.fn(async () => ({ path: '/tmp/x.png' })),
    recentFiles: vi.fn(() => []),
    clearRecentFiles: vi.fn(async () => undefined),
    showInFolder: vi.fn(async () => undefined),
    confirm: vi.fn(async () => 1),
    startupInfo: vi.fn(() => ({ version: '1', platform: 'linux', locale: 'fr', recoveryAvailable: false })),
    setDirty: vi.fn(),
    setLanguage: vi.fn(),
    closeWindow: vi.fn(),
    recoveryDone: vi.fn(async () => undefined),
  };
}

const event = {} as IpcMainInvokeEvent;
function invoke(channel: string, ...args: unknown[]) {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(event, ...args));
}

describe('IPC handlers', () => {
  it('registers exactly the bridge channels', () => {
    const channels = registerIpcHandlers(ipcMain, fakeServices());
    expect([...channels].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('passes a well-formed call to the service', async () => {
    const services = fakeServices();
    registerIpcHandlers(ipcMain, services);
    await expect(invoke(CHANNELS.save, '/home/me/plan.flowbench.json', '{}')).resolves.toEqual({ path: '/home/me/plan.flowbench.json' });
    expect(services.save).toHaveBeenCalledWith('/home/me/plan.flowbench.json', '{}');
    await invoke(CHANNELS.exportFile, 'png', 'plan.png', new Uint8Array([137, 80, 78, 71]));
    expect(services.exportFile).toHaveBeenCalledOnce();
  });

  it('refuses a foreign sender before looking at the arguments', async () => {
    const services = fakeServices(false);
    registerIpcHandlers(ipcMain, services);
    await expect(invoke(CHANNELS.save, '/x.json', '{}')).rejects.toBeInstanceOf(IpcRefusal);
    expect(services.save).not.toHaveBeenCalled();
  });

  it.each([
    ['a number for a path', CHANNELS.save, [42, '{}']],
    ['a missing argument', CHANNELS.save, ['/x.json']],
    ['an extra argument', CHANNELS.open, ['project', '/etc/passwd']],
    ['an unknown open kind', CHANNELS.open, ['exe']],
    ['a NUL byte in a path', CHANNELS.showInFolder, ['/tmp/a\0b']],
    ['a path separator in a suggested name', CHANNELS.saveAs, ['../../x.json', '{}']],
    ['an unknown export kind', CHANNELS.exportFile, ['exe', 'x.exe', 'MZ']],
    ['an object instead of a boolean', CHANNELS.setDirty, [{ valueOf: (): boolean => true }]],
    ['an unknown language', CHANNELS.setLanguage, ['de']],
    ['too many dialog buttons', CHANNELS.confirm, [{ message: 'm', buttons: ['a', 'b', 'c', 'd', 'e'] }]],
    ['unexpected dialog fields', CHANNELS.confirm, [{ message: 'm', buttons: ['a'], icon: '/etc/x' }]],
  ])('refuses %s', async (_what, channel, args) => {
    const services = fakeServices();
    registerIpcHandlers(ipcMain, services);
    await expect(invoke(channel, ...args)).rejects.toBeInstanceOf(IpcRefusal);
  });

  it('refuses oversized text without calling the service', async () => {
    const services = fakeServices();
    registerIpcHandlers(ipcMain, services);
    const huge = 'x'.repeat(MAX_TEXT_BYTES + 1);
    await expect(invoke(CHANNELS.save, '/x.json', huge)).rejects.toBeInstanceOf(IpcRefusal);
    expect(services.save).not.toHaveBeenCalled();
  });
});

describe('trusted sender', () => {
  const window = new FakeWindow() as unknown as BrowserWindow;
  const from = (senderId: number, url: string, parent: unknown = null) =>
    ({ sender: { id: senderId }, senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('accepts the main frame of the app window', () => {
    expect(isTrustedSender(from(window.webContents.id, 'app://flowbench/index.html'), window)).toBe(true);
  });

  it('refuses another window, a sub-frame, a foreign page, or a missing frame', () => {
    expect(isTrustedSender(from(window.webContents.id + 1000, 'app://flowbench/index.html'), window)).toBe(false);
    expect(isTrustedSender(from(window.webContents.id, 'app://flowbench/index.html', {}), window)).toBe(false);
    expect(isTrustedSender(from(window.webContents.id, 'https://evil.example/'), window)).toBe(false);
    expect(isTrustedSender({ sender: { id: window.webContents.id }, senderFrame: null } as unknown as IpcMainInvokeEvent, window)).toBe(false);
  });
});
