import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * Watches the open file and reports changes made by someone else. Our own saves update the
 * remembered modification time first, so they are not reported.
 */
export class OpenFileWatcher {
  private watcher: FSWatcher | null = null;
  private path: string | null = null;
  private knownMtime = 0;

  constructor(private readonly onExternalChange: (path: string) => void) {}

  async follow(path: string): Promise<void> {
    this.stop();
    this.path = path;
    await this.remember();
    try {
      this.watcher = watch(path, { persistent: false }, () => void this.check());
    } catch {
      this.watcher = null;
    }
  }

  /** Call after writing the file ourselves. */
  async remember(): Promise<void> {
    if (!this.path) return;
    this.knownMtime = await stat(this.path).then(
      (s) => s.mtimeMs,
      () => 0,
    );
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  private async check(): Promise<void> {
    const path = this.path;
    if (!path) return;
    const mtime = await stat(path).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (mtime !== this.knownMtime) {
      this.knownMtime = mtime;
      this.onExternalChange(path);
    }
  }
}
