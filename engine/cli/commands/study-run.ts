import process from 'node:process';
import type { Lang, Localized } from '../../model/index.ts';
import { complain, EXIT, say, type CliIo } from '../command.ts';
import type { OutputFile } from '../files.ts';
import { writeOutputs } from '../standard-output.ts';
import { CancelledError } from '../workers/pool.ts';
import { num } from '../../study/index.ts';

/**
 * What `simulate --replications` and `compare` share around the worker pool: progress on stderr
 * (a line redrawn in a terminal), Ctrl-C cancelling every worker cleanly (exit 130, nothing
 * written), and the output files written all or nothing before the report is printed.
 */

export interface Progress {
  readonly signal: AbortSignal;
  readonly onProgress: (done: number, total: number) => void;
  /** Stops listening for Ctrl-C and ends the progress line (once: calling it again does nothing). */
  readonly close: () => void;
}

export function progress(io: CliIo, lang: Lang, what: Localized): Progress {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  return {
    signal: controller.signal,
    onProgress: (done, total) => {
      if (!tty) return;
      shown = true;
      const line = `${what[lang]}${lang === 'fr' ? '\u00a0: ' : ': '}${num(done, lang)} / ${num(total, lang)}`;
      if (io.status) io.status(line);
      else io.err(`${line}\n`);
    },
    close: () => {
      process.removeListener('SIGINT', onSigint);
      if (shown) io.err('\n');
      shown = false;
    },
  };
}

/** Runs the pool work; on Ctrl-C says so and gives exit 130, as a shell does. */
export async function cancellable<T>(io: CliIo, lang: Lang, p: Progress, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: number }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    // The progress line ended first: the message on a line of its own.
    p.close();
    if (error instanceof CancelledError) {
      complain(io, lang, { fr: 'Annulé (Ctrl-C)\u00a0: aucun fichier écrit.', en: 'Cancelled (Ctrl-C): no file written.' });
      return { ok: false, code: 130 };
    }
    throw error;
  } finally {
    p.close();
  }
}

/**
 * Files first, all or nothing, then the report (a report above an error would look like success).
 * With an output on the standard output (`--json -`), the report and the files written go to stderr.
 */
export async function writeThenPrint(io: CliIo, lang: Lang, outputs: readonly OutputFile[], report: string): Promise<number> {
  const written = await writeOutputs(io, outputs);
  if (!written.ok) {
    complain(io, lang, written.message);
    const names = outputs.map((o) => o.path).join(', ');
    complain(io, lang, { fr: `Aucun fichier écrit (${names} inchangés).`, en: `No file written (${names} unchanged).` });
    return EXIT.usage;
  }
  const { files, stdout } = written.value;
  (stdout ? io.err : io.out)(report);
  for (const path of files) (stdout ? complain : say)(io, lang, { fr: `Écrit\u00a0: ${path}`, en: `Written: ${path}` });
  return EXIT.ok;
}
