import type { CliIo } from './command.ts';
import { STDOUT, writeAll, type FileResult, type OutputFile } from './files.ts';

/**
 * The outputs of a command that takes `-` for the standard output (`simulate --json -`, `compare
 * --csv -`): the files first, all or nothing (files.ts#writeAll), then the one asked on the
 * standard output (outputClash refuses two), so a failure leaves nothing half printed. The command
 * then writes its own text to stderr (`stdout: true`): the standard output carries the data alone.
 */
export async function writeOutputs(io: CliIo, outputs: readonly OutputFile[]): Promise<FileResult<{ readonly files: readonly string[]; readonly stdout: boolean }>> {
  const piped = outputs.filter((o) => o.path === STDOUT);
  const written = await writeAll(
    io,
    outputs.filter((o) => o.path !== STDOUT),
  );
  if (!written.ok) return written;
  const write = io.data ?? io.out;
  for (const output of piped) {
    if (typeof output.text === 'string') await write(output.text);
    else for (const chunk of output.text) await write(chunk);
  }
  return { ok: true, value: { files: written.value, stdout: piped.length > 0 } };
}
