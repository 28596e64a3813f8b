import type { Project } from '../model/index.ts';
import { APP_NAME, APP_VERSION, FILE_FORMAT, FILE_VERSION } from './envelope.ts';

/** A copy with object keys sorted at every level, so the same project always writes the same bytes. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortedKeys(v);
  }
  return out;
}

export interface SaveOptions {
  /** Bundle the sandbox contacts (default: yes, when the project has some). */
  readonly includeContacts?: boolean;
}

/** The project file's text: the envelope in its canonical order, keys sorted inside, 2-space indent, final newline. */
export function saveProject(project: Project, options: SaveOptions = {}): string {
  const { contacts, ...rest } = project;
  const body = options.includeContacts === false || contacts === undefined ? rest : { ...rest, contacts };
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    app: { name: APP_NAME, version: APP_VERSION },
    project: sortedKeys(body),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
