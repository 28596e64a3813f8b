import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Localized } from '../model/index.ts';
import type { CliIo } from './command.ts';

export type FileResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: Localized };

function reason(error: unknown): Localized {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return { fr: 'fichier ou dossier introuvable', en: 'no such file or directory' };
  if (code === 'EACCES' || code === 'EPERM') return { fr: 'accès refusé', en: 'permission denied' };
  if (code === 'EISDIR') return { fr: 'c’est un dossier', en: 'it is a directory' };
  const text = error instanceof Error ? error.message : String(error);
  return { fr: text, en: text };
}

export async function readText(io: CliIo, path: string): Promise<FileResult<string>> {
  try {
    return { ok: true, value: await readFile(resolve(io.cwd, path), 'utf8') };
  } catch (error) {
    const why = reason(error);
    return { ok: false, message: { fr: `Impossible de lire ${path}\u00a0: ${why.fr}.`, en: `Cannot read ${path}: ${why.en}.` } };
  }
}

export async function writeText(io: CliIo, path: string, text: string): Promise<FileResult<string>> {
  const absolute = resolve(io.cwd, path);
  try {
    await writeFile(absolute, text, 'utf8');
    return { ok: true, value: absolute };
  } catch (error) {
    const why = reason(error);
    return { ok: false, message: { fr: `Impossible d’écrire ${path}\u00a0: ${why.fr}.`, en: `Cannot write ${path}: ${why.en}.` } };
  }
}
