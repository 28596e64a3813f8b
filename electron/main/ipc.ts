import { z } from 'zod';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  CHANNELS,
  MAX_BINARY_BYTES,
  MAX_TEXT_BYTES,
  type ConfirmRequest,
  type ExportKind,
  type OpenKind,
  type OpenedFile,
  type RecentFile,
  type StartupInfo,
  type UiLang,
} from '../shared/bridge.ts';

/** What the handlers do; index.ts wires the real dialogs and files, tests pass fakes. */
export interface MainServices {
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  open(kind: OpenKind): Promise<OpenedFile | null>;
  openRecent(path: string): Promise<OpenedFile | null>;
  save(path: string, text: string): Promise<{ path: string }>;
  saveAs(suggestedName: string, text: string): Promise<{ path: string } | null>;
  exportFile(kind: ExportKind, suggestedName: string, data: string | Uint8Array): Promise<{ path: string } | null>;
  recentFiles(): readonly RecentFile[];
  clearRecentFiles(): Promise<void>;
  showInFolder(path: string): Promise<void>;
  confirm(request: ConfirmRequest): Promise<number>;
  startupInfo(): StartupInfo;
  setDirty(dirty: boolean): void;
  setLanguage(lang: UiLang): void;
  closeWindow(): void;
  recoveryDone(): Promise<void>;
}

export class IpcRefusal extends Error {}

const path = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'NUL in path');
const fileName = z.string().min(1).max(255).refine((n) => !/[\\/\0]/.test(n), 'separator in name');
const text = z.string().refine((t) => t.length <= MAX_TEXT_BYTES, 'text too large');
const binary = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_BINARY_BYTES, 'data too large');
const label = z.string().min(1).max(200);

/** Each channel: the exact argument tuple it accepts and what it does. */
const HANDLERS = {
  [CHANNELS.open]: { args: z.tuple([z.enum(['project', 'csv'])]), run: (s: MainServices, k: OpenKind) => s.open(k) },
  [CHANNELS.openRecent]: { args: z.tuple([path]), run: (s: MainServices, p: string) => s.openRecent(p) },
  [CHANNELS.save]: { args: z.tuple([path, text]), run: (s: MainServices, p: string, t: string) => s.save(p, t) },
  [CHANNELS.saveAs]: { args: z.tuple([fileName, text]), run: (s: MainServices, n: string, t: string) => s.saveAs(n, t) },
  [CHANNELS.exportFile]: {
    args: z.tuple([z.enum(['png', 'svg', 'json', 'csv', 'md', 'html']), fileName, z.union([text, binary])]),
    run: (s: MainServices, k: ExportKind, n: string, d: string | Uint8Array) => s.exportFile(k, n, d),
  },
  [CHANNELS.recentList]: { args: z.tuple([]), run: (s: MainServices) => s.recentFiles() },
  [CHANNELS.recentClear]: { args: z.tuple([]), run: (s: MainServices) => s.clearRecentFiles() },
  [CHANNELS.showInFolder]: { args: z.tuple([path]), run: (s: MainServices, p: string) => s.showInFolder(p) },
  [CHANNELS.confirm]: {
    args: z.tuple([
      z.object({
        message: z.string().min(1).max(2000),
        detail: z.string().max(4000).optional(),
        buttons: z.array(label).min(1).max(4),
        cancelId: z.number().int().min(0).max(3).optional(),
      }).strict(),
    ]),
    run: (s: MainServices, r: ConfirmRequest) => s.confirm(r),
  },
  [CHANNELS.startupInfo]: { args: z.tuple([]), run: (s: MainServices) => s.startupInfo() },
  [CHANNELS.setDirty]: { args: z.tuple([z.boolean()]), run: (s: MainServices, d: boolean) => s.setDirty(d) },
  [CHANNELS.setLanguage]: { args: z.tuple([z.enum(['fr', 'en'])]), run: (s: MainServices, l: UiLang) => s.setLanguage(l) },
  [CHANNELS.closeWindow]: { args: z.tuple([]), run: (s: MainServices) => s.closeWindow() },
  [CHANNELS.cleanExit]: { args: z.tuple([]), run: (s: MainServices) => s.recoveryDone() },
} as const;

type AnyHandler = { args: z.ZodType<unknown[]>; run: (s: MainServices, ...args: never[]) => unknown };

/**
 * Registers every bridge channel. Each call is refused unless it comes from the app's own main
 * frame and its arguments have exactly the expected shapes and sizes.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, services: MainServices): readonly string[] {
  const channels = Object.keys(HANDLERS);
  for (const channel of channels) {
    const handler = HANDLERS[channel as keyof typeof HANDLERS] as unknown as AnyHandler;
    ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
      if (!services.isTrustedSender(event)) throw new IpcRefusal(`${channel}: refused, unknown sender`);
      const parsed = handler.args.safeParse(raw);
      if (!parsed.success) throw new IpcRefusal(`${channel}: refused, malformed arguments`);
      return handler.run(services, ...(parsed.data as never[]));
    });
  }
  return channels;
}
