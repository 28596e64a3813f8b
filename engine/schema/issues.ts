import type { Localized } from '../model/index.ts';

/** One problem found in a project file: where it is (a JSON path) and what is wrong. */
export interface LoadIssue {
  /** A JSON path such as `project.workflows[0].steps[3].next`; empty for the whole document. */
  readonly path: string;
  readonly message: Localized;
}

/** Renders a path of keys and indexes the way a person reads it: `a.b[0].c`. */
export function formatPath(segments: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}
