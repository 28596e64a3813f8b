/**
 * Study benchmarks (issue #14), on the seed pack of sim.bench.ts (nurturing, lifecycle with its
 * score rules, cleanup; 365 days). The cases (study-cases.ts) are bundled with esbuild first and
 * run with Node alone, as the `flowbench` command is: main thread and workers run plain
 * JavaScript (through tsx, each cross-module import would cost a getter: about 1.6 times slower).
 * Each case runs in its own child process so its peak memory is its own (RSS of the whole
 * process: the worker threads included):
 * - `replications`: 100 replications of 10,000 contacts on 2 workers (target < 5 s), and the same
 *   on 1 worker for the speed-up;
 * - `split N W [P]`: one run of N contacts cut into P parts (default W) run by W workers, merged
 *   (counts only, no log sent back; more parts than workers: less memory, each part's run freed
 *   when done); 1,000,000 on 2 workers (target < 4.5 s, < 1 GB), 100,000 (< 0.6 s), and 1 worker
 *   for the speed-up; the merge is timed apart, and so is the wait for the first answer beyond
 *   its work (a worker's start-up and the messages).
 * Contacts are generated in the workers as the run reads them (included in the times); each split
 * line also says how long generating one part's contacts takes alone, in the main thread after the runs.
 * `tsx scripts/bench/study.bench.ts replications 100 10000 2` or `split 1000000 2` runs one case.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildStudyWorker, NODE_BUNDLE } from '../build-cli.ts';

/** Bundles study-cases.ts into a temporary directory, the CLI's worker bundle beside it; returns the cases' path. */
async function bundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'flowbench-bench-'));
  const outfile = join(dir, 'study-cases.mjs');
  await buildStudyWorker(dir);
  await build({
    entryPoints: [fileURLToPath(new URL('./study-cases.ts', import.meta.url))],
    outfile,
    // As the command is bundled (a CommonJS dependency bundled into ESM may still call require()).
    ...NODE_BUNDLE,
  });
  return outfile;
}

function child(cases: string, args: readonly string[]): string {
  const out = execFileSync(process.execPath, ['--max-old-space-size=3072', cases, ...args], { encoding: 'utf8' });
  process.stdout.write(`${out.trimEnd()} [load ${loadavg()[0]!.toFixed(2)}]\n`);
  return out;
}

export async function run(): Promise<void> {
  const cases = await bundle();
  // A B A B: the machine is shared, so each pair is run twice, interleaved.
  for (let k = 0; k < 2; k++) {
    child(cases, ['replications', '100', '10000', '2']);
    child(cases, ['replications', '100', '10000', '1']);
  }
  for (let k = 0; k < 2; k++) {
    child(cases, ['split', '1000000', '2']);
    child(cases, ['split', '1000000', '2', '8']);
    child(cases, ['split', '1000000', '1']);
  }
  for (let k = 0; k < 2; k++) {
    child(cases, ['split', '100000', '2']);
    child(cases, ['split', '100000', '1']);
  }
}

const args = process.argv.slice(2);
if (process.argv[1] === fileURLToPath(import.meta.url) && args.length > 0) child(await bundle(), args);
