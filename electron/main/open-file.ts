import { basename } from 'node:path';
import type { OpenedFile } from '../shared/bridge.ts';
import { MAX_TEXT_BYTES } from '../shared/bridge.ts';
import { readLimited } from './files.ts';

/** Extensions the app opens: project files, and pictures that embed a project. */
export const OPENABLE_EXTENSIONS = ['flowbench.json', 'json', 'png', 'svg'];

export function isOpenablePath(path: string): boolean {
  const lower = path.toLowerCase();
  return OPENABLE_EXTENSIONS.some((ext) => lower.endsWith(`.${ext}`));
}

/**
 * The file named on a command line (double-click, "open with", a second instance): the last
 * argument that looks like a file the app opens, never a switch.
 */
export function fileFromArgv(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') && isOpenablePath(arg)) return arg;
  }
  return null;
}

/** The file's raw bytes: the page decodes them (CSV encodings, PNG chunks, JSON, SVG). */
export async function readOpenedFile(path: string): Promise<OpenedFile> {
  const data = await readLimited(path, MAX_TEXT_BYTES);
  return { path, name: basename(path), bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
