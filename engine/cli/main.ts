// Entry point of the `flowbench` command (loaded by bin.mjs): wires the real process to runCli.
import process from 'node:process';
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
