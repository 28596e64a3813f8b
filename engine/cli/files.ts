import { randomUUID } from 'node:crypto';
import { open, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readProjectText } from '../io/embedded.ts';
import { loadProject, MAX_PROJECT_BYTES, type LoadIssue } from '../io/index.ts';
import type { Localized, Project } from '../model/index.ts';
import type { CliIo, CommandContext } from './command.ts';

/** Reading and writing files, with the reason of each failure in both languages. */

export type FileResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: Localized };

function reason(error: unknown): Localized {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return { fr: 'fichier ou dossier introuvable', en: 'no such file or directory' };
  if (code === 'EACCES' || code === 'EPERM') return { fr: 'accès refusé', en: 'permission denied' };
  if (code === 'EISDIR') return { fr: 'c’est un dossier', en: 'it is a directory' };
  if (code === 'ENOTDIR') return { fr: 'une partie du chemin n’est pas un dossier', en: 'a part of the path is not a directory' };
  if (code === 'ENOSPC') return { fr: 'plus de place sur le disque', en: 'no space left on the device' };
  if (code === 'EROFS') return { fr: 'le disque est en lecture seule', en: 'the file system is read-only' };
  const text = error instanceof Error ? error.message : String(error);
  return { fr: text, en: text };
}

const cannotRead = (path: string, why: Localized): Localized => ({ fr: `Impossible de lire ${path}\u00a0: ${why.fr}.`, en: `Cannot read ${path}: ${why.en}.` });
const cannotWrite = (path: string, why: Localized): Localized => ({ fr: `Impossible d’écrire ${path}\u00a0: ${why.fr}.`, en: `Cannot write ${path}: ${why.en}.` });

/** An empty path ('') names no file (resolved, it would be the current folder: "it is a directory"). */
const NO_NAME = {
  read: { fr: 'Impossible de lire\u00a0: aucun nom de fichier n’est donné (le chemin est vide).', en: 'Cannot read: no file name given (the path is empty).' },
  write: { fr: 'Impossible d’écrire\u00a0: aucun nom de fichier n’est donné (le chemin est vide).', en: 'Cannot write: no file name given (the path is empty).' },
} as const;

const tooLarge = (path: string, size: number, limit: number): Localized => {
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  return {
    fr: `${path} est trop volumineux (${mb(size)} Mo) : la limite est de ${mb(limit)} Mo. Rien n’a été lu.`,
    en: `${path} is too large (${mb(size)} MB): the limit is ${mb(limit)} MB. Nothing was read.`,
  };
};

/**
 * A file's bytes. With `maxBytes`, a larger file is refused from its size on disk, before a single
 * byte is read (a 2 GB file given by mistake costs nothing).
 */
export async function readBytes(io: CliIo, path: string, maxBytes?: number): Promise<FileResult<Uint8Array>> {
  if (path === '') return { ok: false, message: NO_NAME.read };
  try {
    const target = resolve(io.cwd, path);
    if (maxBytes !== undefined) {
      const info = await stat(target);
      if (info.isFile() && info.size > maxBytes) return { ok: false, message: tooLarge(path, info.size, maxBytes) };
    }
    return { ok: true, value: await readFile(target) };
  } catch (error) {
    return { ok: false, message: cannotRead(path, reason(error)) };
  }
}

export type ProjectRead = { readonly ok: true; readonly project: Project } | { readonly ok: false; readonly message: Localized; readonly errors: readonly LoadIssue[] };

/** A project file as the app opens it: JSON (UTF-8 or UTF-16), or a PNG or SVG Flowbench exported. */
export async function readProjectFile(io: CliIo, path: string): Promise<ProjectRead> {
  const bytes = await readBytes(io, path, MAX_PROJECT_BYTES);
  if (!bytes.ok) return { ok: false, message: bytes.message, errors: [{ path: '', message: bytes.message }] };
  const read = readProjectText(path, bytes.value);
  if (!read.ok) {
    const picture = read.kind === 'png' ? 'PNG' : 'SVG';
    const message = {
      fr: `${path} est une image ${picture} qui ne contient pas de projet Flowbench\u00a0: donnez le fichier .json du projet, ou une image exportée par Flowbench.`,
      en: `${path} is ${read.kind === 'svg' ? 'an' : 'a'} ${picture} picture that holds no Flowbench project: give the project's .json file, or a picture Flowbench exported.`,
    };
    return { ok: false, message, errors: [{ path: '', message }] };
  }
  const loaded = loadProject(read.text);
  if (loaded.ok) return { ok: true, project: loaded.project };
  return { ok: false, message: { fr: `${path} ne peut pas être chargé\u00a0:`, en: `${path} cannot be loaded:` }, errors: loaded.errors };
}

/** The output path that means the standard output (`--json -`), for the outputs that take it (standard-output.ts). */
export const STDOUT = '-';

/** A file a command reads, with what it is in messages: `{ fr: 'le projet lu', en: 'the project read' }`. */
export interface InputPath {
  readonly path: string;
  readonly what: Localized;
}

/** A file a command writes. */
export interface OutputPath {
  /** As the user wrote it, for messages. */
  readonly path: string;
  /** The option naming it (`--json`), for messages; none for a positional argument. */
  readonly option?: string;
  /** It may be `-`, the standard output (`--json -`): written by standard-output.ts, never as a file named "-". */
  readonly stdout?: boolean;
}

/**
 * What a path names on disk: an existing file by its device and inode (so `./a.json`, `a.json`, a
 * symlink or a hard link to it are one file), a new one by its folder's real path and its name.
 */
async function fileIdentity(io: CliIo, path: string): Promise<string> {
  // No file at all: it is none of the others (reading or writing it says so).
  if (path === '') return `none:${randomUUID()}`;
  if (path === STDOUT) return 'stdout';
  const target = resolve(io.cwd, path);
  const info = await stat(target, { bigint: true }).catch(() => null);
  if (info) return `file:${info.dev}:${info.ino}`;
  const folder = await realpath(dirname(target)).catch(() => dirname(target));
  return `path:${join(folder, basename(target))}`;
}

/** The outputs the options among `names` ask for: `--json out.json` is `{ path: 'out.json', option: '--json' }`. */
export function outputOptions(options: CommandContext['options'], names: readonly string[], stdout = false): OutputPath[] {
  return names.flatMap((name) => {
    const path = options[name];
    return typeof path === 'string' ? [{ path, option: `--${name}`, ...(stdout ? { stdout } : {}) }] : [];
  });
}

/** `-` where the standard output is not taken: told so, rather than made a file named "-". */
function dashRefused(output: OutputPath): Localized {
  const which = output.option ? ` (${output.option})` : '';
  return {
    fr: `«\u00a0-\u00a0» désigne la sortie standard, qui n’est pas prise ici${which}\u00a0: donnez un nom de fichier (rien n’a été écrit).`,
    en: `"-" means the standard output, which is not taken here${which}: give a file name (nothing was written).`,
  };
}

const named = (o: OutputPath) => (o.option ? `${o.option} ${o.path}` : o.path);

/**
 * Why these outputs cannot be written, checked before anything is run or written: an output that
 * is also an input (writing it would destroy what was read), or one file asked for two outputs
 * (one would be lost). Null when every output is a file of its own.
 */
export async function outputClash(io: CliIo, inputs: readonly InputPath[], outputs: readonly OutputPath[]): Promise<Localized | null> {
  const dash = outputs.find((o) => o.path === STDOUT && o.stdout !== true);
  if (dash) return dashRefused(dash);
  const read = await Promise.all(inputs.map((i) => fileIdentity(io, i.path)));
  const written = await Promise.all(outputs.map((o) => fileIdentity(io, o.path)));
  for (const [k, output] of outputs.entries()) {
    const input = inputs[read.indexOf(written[k]!)];
    if (input) {
      return {
        fr: `${named(output)} est aussi ${input.what.fr}\u00a0: choisissez un autre fichier de sortie (rien n’a été écrit).`,
        en: `${named(output)} is also ${input.what.en}: choose another output file (nothing was written).`,
      };
    }
    const first = outputs[written.indexOf(written[k]!)]!;
    if (first !== output && output.path === STDOUT) {
      return {
        fr: `${named(first)} et ${named(output)} demandent tous deux la sortie standard\u00a0: une seule sortie peut y aller (rien n’a été écrit).`,
        en: `${named(first)} and ${named(output)} both ask for the standard output: only one output can go there (nothing was written).`,
      };
    }
    if (first !== output) {
      const both = `${named(first)}, ${named(output)}`;
      return {
        fr: `${output.path} est demandé pour deux sorties (${both})\u00a0: donnez deux fichiers différents (rien n’a été écrit).`,
        en: `${output.path} is asked for two outputs (${both}): give two different files (nothing was written).`,
      };
    }
  }
  return null;
}

export interface OutputFile extends OutputPath {
  /** The whole text, or its chunks in order (a big CSV is written as it is made: engine/results/enrollments-csv.ts). */
  readonly text: string | Iterable<string>;
}

/** Writes a new file (it must not exist), the text at once or chunk by chunk. */
async function writeNew(path: string, text: string | Iterable<string>): Promise<void> {
  if (typeof text === 'string') return writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
  const handle = await open(path, 'wx');
  try {
    for (const chunk of text) await handle.write(chunk, null, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Writes every file or none: each goes to a temporary file beside its target, and only when
 * all are written are they renamed into place (a rename within a folder is atomic). On any
 * failure the temporary files are removed and the targets are as they were.
 */
export async function writeAll(io: CliIo, files: readonly OutputFile[]): Promise<FileResult<readonly string[]>> {
  if (files.some((f) => f.path === '')) return { ok: false, message: NO_NAME.write };
  // Never a file named "-": outputs that go to the standard output are written by standard-output.ts.
  const dash = files.find((f) => f.path === STDOUT);
  if (dash) return { ok: false, message: dashRefused({ path: dash.path, ...(dash.option ? { option: dash.option } : {}) }) };
  const twice = await outputClash(io, [], files);
  if (twice) return { ok: false, message: twice };
  const targets = files.map((f) => resolve(io.cwd, f.path));
  const temps: string[] = [];
  const cleanUp = () => Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
  for (const [i, file] of files.entries()) {
    const target = targets[i]!;
    try {
      if ((await stat(target).catch(() => null))?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
      temps.push(temp);
      await writeNew(temp, file.text);
    } catch (error) {
      await cleanUp();
      return { ok: false, message: cannotWrite(file.path, reason(error)) };
    }
  }
  for (const [i, temp] of temps.entries()) {
    try {
      await rename(temp, targets[i]!);
    } catch (error) {
      // Only a file changed under our feet gets here (the checks above passed): keep the rest untouched.
      await Promise.all(temps.slice(i).map((t) => unlink(t).catch(() => undefined)));
      return { ok: false, message: cannotWrite(files[i]!.path, reason(error)) };
    }
  }
  return { ok: true, value: targets };
}

export async function writeText(io: CliIo, path: string, text: string): Promise<FileResult<string>> {
  const written = await writeAll(io, [{ path, text }]);
  return written.ok ? { ok: true, value: written.value[0]! } : written;
}
