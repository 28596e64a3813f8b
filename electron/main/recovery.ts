import { rm, stat, writeFile } from 'node:fs/promises';

/**
 * Crash detection: a marker file exists while the app runs and is removed on a clean quit. If it
 * is still there at start, the last session crashed and the page offers the autosaved work back
 * (the autosave itself lives in the page's IndexedDB).
 */
export class SessionMarker {
  private crashed = false;

  constructor(private readonly markerPath: string) {}

  async begin(): Promise<boolean> {
    this.crashed = await stat(this.markerPath).then(
      () => true,
      () => false,
    );
    await writeFile(this.markerPath, String(Date.now()));
    return this.crashed;
  }

  get previousSessionCrashed(): boolean {
    return this.crashed;
  }

  /** The user restored or discarded the recovered work: do not offer it again. */
  acknowledge(): void {
    this.crashed = false;
  }

  async endCleanly(): Promise<void> {
    await rm(this.markerPath, { force: true });
  }
}
