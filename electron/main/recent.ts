import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RecentFile } from '../shared/bridge.ts';
import { atomicWriteFile } from './files.ts';

const MAX_RECENT = 10;

/** Recent files, newest first, kept in a small JSON file in the user-data folder. */
export class RecentFiles {
  private items: RecentFile[] = [];

  constructor(
    private readonly storePath: string,
    private readonly now: () => number = Date.now,
  ) {}

  async load(): Promise<void> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.storePath, 'utf8'));
      this.items = Array.isArray(parsed) ? parsed.filter(isRecentFile).slice(0, MAX_RECENT) : [];
    } catch {
      this.items = [];
    }
  }

  list(): readonly RecentFile[] {
    return this.items;
  }

  has(path: string): boolean {
    return this.items.some((item) => item.path === path);
  }

  async add(path: string): Promise<void> {
    this.items = [{ path, name: basename(path), openedAt: this.now() }, ...this.items.filter((i) => i.path !== path)].slice(
      0,
      MAX_RECENT,
    );
    await this.persist();
  }

  async clear(): Promise<void> {
    this.items = [];
    await this.persist();
  }

  private async persist(): Promise<void> {
    await atomicWriteFile(this.storePath, JSON.stringify(this.items, null, 2));
  }
}

function isRecentFile(value: unknown): value is RecentFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.name === 'string' && typeof v.openedAt === 'number';
}
