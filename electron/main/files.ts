import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { tooLargeText } from '../shared/bridge.ts';

/** The file operations an atomic write needs; tests pass one that fails half-way. */
export interface WriteFs {
  open(path: string, flags: string): Promise<{
    write(data: Uint8Array): Promise<unknown>;
    sync(): Promise<void>;
    close(): Promise<void>;
  }>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

const nodeFs: WriteFs = {
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags);
    return {
      write: (data) => handle.write(data),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
};

/**
 * Writes `data` to `path` so that the file is either the old one or the whole new one, never a
 * half-written mix: write a temporary file beside it, flush it to disk, then rename over the
 * target (atomic on the same file system). On any failure the temporary file is removed and the
 * old file is left untouched.
 */
export async function atomicWriteFile(path: string, data: string | Uint8Array, fs: WriteFs = nodeFs): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.write(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(tooLargeText(basename(path), size, limit));
  }
}

/** Reads a file the user chose, refusing hostile sizes before reading them into memory. */
export async function readLimited(path: string, limit: number): Promise<Buffer> {
  const stat = await fsp.stat(path);
  if (stat.size > limit) throw new FileTooLargeError(path, stat.size, limit);
  return fsp.readFile(path);
}
