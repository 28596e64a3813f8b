// Entry point of the `flowbench` command (loaded by bin.mjs): wires the real process to runCli.
import process from 'node:process';
import { runCli } from './run.ts';
import { visibleData } from './terminal.ts';

// `flowbench templates | head`: the reader has gone, which is no error of ours. Stop quietly, as
// Unix tools do, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  // Data piped or redirected is written as it is, waiting for the reader (a big CSV); to a terminal, escaped as all text.
  data: (chunk) =>
    new Promise<void>((done) => {
      if (process.stdout.write(process.stdout.isTTY ? visibleData(chunk) : chunk)) done();
      else process.stdout.once('drain', done);
    }),
  env: process.env,
  cwd: process.cwd(),
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
