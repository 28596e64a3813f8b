/** A file the user picked or dropped, read whole. */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * What the renderer needs from its host. The browser build uses file inputs and downloads; the
 * Electron build will pass its preload bridge behind the same interface.
 */
export interface Platform {
  /** Resolves null when the user cancels. */
  openFile(accept: readonly string[]): Promise<OpenedFile | null>;
  saveFile(name: string, blob: Blob): Promise<void>;
}
