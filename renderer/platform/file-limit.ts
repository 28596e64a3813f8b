import { MAX_PROJECT_BYTES } from '../../engine/io/index.ts';
import type { Localized } from '../../engine/model/index.ts';

/**
 * The one size limit for a file to open, in the browser (picker and drag-and-drop) and in the
 * desktop app (whose main process refuses to read more): the engine's project limit.
 */
export const MAX_OPEN_BYTES = MAX_PROJECT_BYTES;

/** A file refused for its size, before it was read into memory. */
export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly limit: number = MAX_OPEN_BYTES,
  ) {
    super(`${fileName} is ${size} bytes; the limit is ${limit}`);
  }
}

const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/** The same message wherever the file came from, naming the file, its size and the limit. */
export function fileTooLargeMessage(error: FileTooLargeError): Localized {
  return {
    fr: `« ${error.fileName} » est trop volumineux (${mb(error.size)} Mo) : la limite d’un projet est de ${mb(error.limit)} Mo. Rien n’a été ouvert, votre projet est inchangé.`,
    en: `“${error.fileName}” is too large (${mb(error.size)} MB): a project can be at most ${mb(error.limit)} MB. Nothing was opened; your project is unchanged.`,
  };
}

/** Refuses a file over the limit from its declared size (File#size, a stat), before reading it. */
export function checkOpenSize(fileName: string, size: number, limit: number = MAX_OPEN_BYTES): void {
  if (size > limit) throw new FileTooLargeError(fileName, size, limit);
}
