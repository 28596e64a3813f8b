import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileTooLargeError, atomicWriteFile, readLimited, type WriteFs } from '../../electron/main/files.ts';

async function folderWith(name: string, content: string) {
  const dir = await mkdtemp(join(tmpdir(), 'flowbench-atomic-'));
  await writeFile(join(dir, name), content);
  return dir;
}

/** A file system that writes half of the data to the temporary file, then fails like a full disk. */
const interruptedFs: WriteFs = {
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags);
    return {
      write: async (data) => {
        await handle.write(data.subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (a, b) => fsp.rename(a, b),
  rm: (p, o) => fsp.rm(p, o),
};

describe('atomic save', () => {
  it('replaces the whole file', async () => {
    const dir = await folderWith('plan.json', 'old');
    await atomicWriteFile(join(dir, 'plan.json'), '{"new":true}');
    expect(await readFile(join(dir, 'plan.json'), 'utf8')).toBe('{"new":true}');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('leaves the old file intact and no temporary file when interrupted mid-write', async () => {
    const dir = await folderWith('plan.json', 'the old project, intact');
    await expect(atomicWriteFile(join(dir, 'plan.json'), 'x'.repeat(10_000), interruptedFs)).rejects.toThrow('ENOSPC');
    expect(await readFile(join(dir, 'plan.json'), 'utf8')).toBe('the old project, intact');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('leaves the old file intact when the rename fails', async () => {
    const dir = await folderWith('plan.json', 'before');
    const failingRename: WriteFs = { ...interruptedFs, open: (p, f) => fsp.open(p, f).then((h) => ({ write: (d: Uint8Array) => h.write(d), sync: () => h.sync(), close: () => h.close() })), rename: async () => { throw new Error('EXDEV'); } };
    await expect(atomicWriteFile(join(dir, 'plan.json'), 'after', failingRename)).rejects.toThrow('EXDEV');
    expect(await readFile(join(dir, 'plan.json'), 'utf8')).toBe('before');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('writes binary data unchanged', async () => {
    const dir = await folderWith('a.png', '');
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    await atomicWriteFile(join(dir, 'a.png'), bytes);
    expect(new Uint8Array(await readFile(join(dir, 'a.png')))).toEqual(bytes);
  });
});

describe('reading a chosen file', () => {
  it('refuses a file over the limit without reading it', async () => {
    const dir = await folderWith('big.json', 'x'.repeat(2048));
    await expect(readLimited(join(dir, 'big.json'), 1024)).rejects.toBeInstanceOf(FileTooLargeError);
    expect((await readLimited(join(dir, 'big.json'), 4096)).length).toBe(2048);
  });
});
