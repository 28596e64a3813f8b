/**
 * The `flowbench` command as users run it (issue #14): one run of generated contacts of the seed
 * pack (sim.bench.ts) split across 2 worker threads against 1, end to end: the process starts,
 * loads the bundle and the project, the workers generate and run their parts, the parts are
 * merged and the summary printed. Wall time, the process's peak resident memory (workers
 * included) and a hash of the printed summary (the same for 1 and 2 workers: the split run is
 * the single run). 1,000,000 and 100,000 contacts, A B A B. Then `flowbench report` over 10
 * replications of 50,000 contacts, on 2 workers against 1 (the same HTML).
 * `tsx scripts/bench/cli.bench.ts 1000000 2` runs one case.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { saveProject } from '../../engine/io/index.ts';
import { buildCli } from '../build-cli.ts';
import { benchProject } from './sim.bench.ts';

/** Preloaded into the command's process: its peak resident memory on exit, as tests/engine/hostile reads it. */
const USAGE = fileURLToPath(new URL('../../tests/engine/hostile/report-usage.mjs', import.meta.url));

async function prepare(): Promise<{ bundle: string; project: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'flowbench-cli-bench-'));
  const bundle = join(dir, 'flowbench.mjs');
  await buildCli(bundle);
  const project = join(dir, 'seed-pack.json');
  writeFileSync(project, saveProject(benchProject()));
  return { bundle, project };
}

/** Runs the built command with these arguments; prints its wall time, peak RSS and a hash of what `output` reads (stdout by default). */
function timed(bundle: string, args: readonly string[], output: (stdout: string) => string = (stdout) => stdout): void {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', USAGE, bundle, ...args, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const wall = performance.now() - t0;
  const usage = /@usage (\{.*\})/.exec(run.stderr);
  if (run.status !== 0 || !usage) throw new Error(`flowbench ${args[0]} failed (${String(run.status)}): ${run.stderr.slice(0, 500)}`);
  const { maxRssKb } = JSON.parse(usage[1]!) as { maxRssKb: number };
  const hash = createHash('sha1').update(output(run.stdout)).digest('hex').slice(0, 12);
  const shown = args.map((a) => (/^\d{4,}$/.test(a) ? Number(a).toLocaleString('en') : a.includes('/') ? basename(a) : a)).join(' ');
  console.log(`flowbench ${shown}: ${(wall / 1000).toFixed(2)} s wall, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB, output ${hash} [load ${loadavg()[0]!.toFixed(2)}]`);
}

function simulate(bundle: string, project: string, contacts: number, workers: number): void {
  timed(bundle, ['simulate', project, '--generate', String(contacts), '--workers', String(workers)]);
}

/** A report over replications: each worker runs one whole at a time (its log kept), so peak memory does not grow with their number. */
function report(bundle: string, project: string, contacts: number, replications: number, workers: number): void {
  const out = join(dirname(project), 'report.html');
  timed(bundle, ['report', project, '--out', out, '--generate', String(contacts), '--replications', String(replications), '--workers', String(workers)], () =>
    readFileSync(out, 'utf8'),
  );
}

export async function run(): Promise<void> {
  const { bundle, project } = await prepare();
  for (const contacts of [1_000_000, 100_000]) {
    for (let k = 0; k < 2; k++) {
      simulate(bundle, project, contacts, 2);
      simulate(bundle, project, contacts, 1);
    }
  }
  for (let k = 0; k < 2; k++) {
    report(bundle, project, 50_000, 10, 2);
    report(bundle, project, 50_000, 10, 1);
  }
}

const args = process.argv.slice(2).map(Number);
if (process.argv[1] === fileURLToPath(import.meta.url) && args.length === 2) {
  const { bundle, project } = await prepare();
  simulate(bundle, project, args[0]!, args[1]!);
}
