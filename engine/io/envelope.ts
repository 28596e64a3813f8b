import type { Localized, Project } from '../model/index.ts';
import type { LoadIssue } from '../schema/index.ts';

/** The `format` every Flowbench project file declares. */
export const FILE_FORMAT = 'flowbench-project';
/** The version this build writes; it reads every version up to this one. */
export const FILE_VERSION = 3;
/** The app that writes the file, for people reading it (never used to decide anything). */
export const APP_NAME = 'Flowbench';
export const APP_VERSION = '0.1.0';
/** Larger files are refused before any parsing: 40 MB, counted in UTF-8 bytes (what the file takes on disk). */
export const MAX_PROJECT_BYTES = 40 * 1024 * 1024;
/** Deeper nesting than any real project (about 16 levels) is refused before parsing. */
export const MAX_NESTING_DEPTH = 64;

export interface ProjectFile {
  readonly format: typeof FILE_FORMAT;
  readonly version: number;
  readonly app: { readonly name: string; readonly version: string };
  readonly project: Project;
}

export type { LoadIssue };

export type LoadResult =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly LoadIssue[] };

export const failure = (path: string, message: Localized): LoadResult => ({ ok: false, errors: [{ path, message }] });
