/** A file the user picked or dropped, read whole. */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Where the file lives, in the desktop app (a browser never tells). */
  readonly path?: string;
}

/**
 * What the renderer needs from its host. The browser build uses file inputs and downloads; the
 * desktop app passes its preload bridge behind the same interface (desktop.ts).
 */
export interface Platform {
  /**
   * Resolves null when the user cancels. With `maxBytes`, a larger file is refused before it is
   * read: the promise rejects with a FileTooLargeError (file-limit.ts).
   */
  openFile(accept: readonly string[], options?: { readonly maxBytes?: number }): Promise<OpenedFile | null>;
  saveFile(name: string, blob: Blob): Promise<void>;
}
