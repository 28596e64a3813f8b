/**
 * Study benchmarks (issue #14), on the seed pack of sim.bench.ts (nurturing, lifecycle with its
 * score rules, cleanup; 365 days), each case in its own child process so its peak memory is its
 * own (RSS of the whole process: the worker threads included):
 * - `replications`: 100 replications of 10,000 contacts on 2 workers (target < 5 s), and the same
 *   on 1 worker for the speed-up;
 * - `split N W [P]`: one run of N contacts cut into P parts (default W) run by W workers, merged
 *   (counts only, no log sent back; more parts than workers: less memory, each part's run freed when done); 1,000,000 on 2 workers (target < 4.5 s, < 1 GB), 100,000 (< 0.6 s), and 1 worker
 *   for the speed-up; the merge is timed apart.
 * Contacts are generated in the workers as the run reads them (included in the times).
 * `tsx scripts/bench/study.bench.ts replications 100 10000 2` or `split 1000000 2` runs one case.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runPool } from '../../engine/cli/workers/pool.ts';
import { poolStudy } from '../../engine/cli/workers/study-pool.ts';
import { mergeRecords, type RunRecord } from '../../engine/study/index.ts';
import { benchProject } from './sim.bench.ts';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

function peakSampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function replications(R: number, n: number, workers: number): Promise<void> {
  const project = benchProject();
  const peak = peakSampler();
  const t0 = performance.now();
  let busy = 0;
  const { summary } = await poolStudy({ projects: [project], contacts: { kind: 'generate', count: n, seed: 7 }, options: { replications: R } }, { workers, onTask: (ms) => (busy += ms) });
  const wall = performance.now() - t0;
  console.log(
    `replications: ${R} x ${n.toLocaleString('en')} contacts, ${workers} worker(s): ${(wall / 1000).toFixed(2)} s wall, ` +
      `${(busy / R).toFixed(0)} ms a replication in its worker, ` +
      `${summary.cells.toLocaleString('en')} counts x ${summary.days} days, aggregate ${mb(summary.cells * summary.days * R * 4)}, peak RSS ${mb(peak.stop())}`,
  );
}

async function split(n: number, workers: number, parts = workers): Promise<void> {
  const project = benchProject();
  const peak = peakSampler();
  const t0 = performance.now();
  const records: RunRecord[] = [];
  const busy: number[] = [];
  const tasks = Array.from({ length: parts }, (_, part) => ({ kind: 'part' as const, project: 0, part, parts, withLog: false }));
  await runPool({ projects: [project], contacts: { kind: 'generate', count: n, seed: 7 }, options: { replications: 1, seed: 7 } }, tasks, {
    workers,
    onResult: (task, value, ms) => {
      busy.push(ms);
      if (task.kind === 'part') records[task.part] = value as RunRecord;
    },
  });
  const m0 = performance.now();
  const merged = mergeRecords(records);
  const merge = performance.now() - m0;
  const wall = performance.now() - t0;
  console.log(
    `split: ${n.toLocaleString('en')} contacts, ${parts} parts on ${workers} worker(s): ${(wall / 1000).toFixed(2)} s wall (merge ${merge.toFixed(0)} ms), ` +
      `slowest part ${(Math.max(...busy) / 1000).toFixed(2)} s in its worker, ` +
      `${merged.enrollments.count.toLocaleString('en')} enrollments, ${merged.totals.events.toLocaleString('en')} events, peak RSS ${mb(peak.stop())}`,
  );
}

function child(args: readonly string[]): string {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--max-old-space-size=3072', '--import', 'tsx', self, ...args], { encoding: 'utf8' });
  process.stdout.write(`${out.trimEnd()} [load ${loadavg()[0]!.toFixed(2)}]\n`);
  return out;
}

export async function run(): Promise<void> {
  // A B A B: the machine is shared, so each pair is run twice, interleaved.
  for (let k = 0; k < 2; k++) {
    child(['replications', '100', '10000', '2']);
    child(['replications', '100', '10000', '1']);
  }
  for (let k = 0; k < 2; k++) {
    child(['split', '1000000', '2']);
    child(['split', '1000000', '2', '8']);
    child(['split', '1000000', '1']);
  }
  for (let k = 0; k < 2; k++) {
    child(['split', '100000', '2']);
    child(['split', '100000', '1']);
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (process.argv[1] === fileURLToPath(import.meta.url) && mode) {
  const nums = rest.map(Number);
  if (mode === 'replications') await replications(nums[0]!, nums[1]!, nums[2]!);
  else if (mode === 'split') await split(nums[0]!, nums[1]!, nums[2]);
}
