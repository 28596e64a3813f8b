import { readFile } from 'node:fs/promises';
import type { Rectangle } from 'electron';
import { atomicWriteFile } from './files.ts';

export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { x: 80, y: 60, width: 1400, height: 900 }, maximized: false };
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;

/**
 * The remembered window, if it still fits on one of the current displays (a monitor may have
 * been unplugged since); otherwise the default size.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): WindowState {
  if (!isWindowState(saved)) return DEFAULT_WINDOW_STATE;
  const { bounds } = saved;
  const width = Math.max(MIN_WIDTH, bounds.width);
  const height = Math.max(MIN_HEIGHT, bounds.height);
  const visible = workAreas.some(
    (a) => bounds.x + 100 <= a.x + a.width && bounds.x + width - 100 >= a.x && bounds.y >= a.y - 10 && bounds.y + 40 <= a.y + a.height,
  );
  if (!visible) return { ...DEFAULT_WINDOW_STATE, maximized: saved.maximized };
  return { bounds: { x: bounds.x, y: bounds.y, width, height }, maximized: saved.maximized };
}

export async function loadWindowState(path: string, workAreas: readonly Rectangle[]): Promise<WindowState> {
  try {
    return restoreWindowState(JSON.parse(await readFile(path, 'utf8')), workAreas);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await atomicWriteFile(path, JSON.stringify(state));
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { bounds?: Record<string, unknown>; maximized?: unknown };
  const b = v.bounds;
  return (
    typeof v.maximized === 'boolean' &&
    !!b &&
    ['x', 'y', 'width', 'height'].every((k) => typeof b[k] === 'number' && Number.isFinite(b[k]))
  );
}
