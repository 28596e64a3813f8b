/**
 * The cases of the study benchmark (study.bench.ts), one per process: `replications R N W` and
 * `split N W [P]`. study.bench.ts bundles this file with esbuild, and the CLI's worker bundle
 * beside it (scripts/build-cli.ts), and runs the bundle with Node, as the `flowbench` command
 * runs: the pool starts the same workers as the command's (pool.ts), so workers, like the main
 * thread, run plain JavaScript, no TypeScript loader.
 */
import { runPool } from '../../engine/cli/workers/pool.ts';
import type { PartAnswer } from '../../engine/cli/workers/protocol.ts';
import { poolStudy } from '../../engine/cli/workers/study-pool.ts';
import { mergeRecords, type RunRecord } from '../../engine/study/index.ts';
import type { Project } from '../../engine/model/index.ts';
import { referenceMs, sampleContact } from '../../engine/sample/index.ts';
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
  // The first answer's wait beyond its work: a worker's start-up (loading the bundle, the setup) and the messages.
  let startup = NaN;
  const tasks = Array.from({ length: parts }, (_, part) => ({ kind: 'part' as const, project: 0, part, parts, withLog: false }));
  await runPool({ projects: [project], contacts: { kind: 'generate', count: n, seed: 7 }, options: { replications: 1, seed: 7 } }, tasks, {
    workers,
    onResult: (task, value, ms) => {
      if (busy.length === 0) startup = performance.now() - t0 - ms;
      busy.push(ms);
      if (task.kind === 'part') records[task.part] = (value as PartAnswer).record;
    },
  });
  const m0 = performance.now();
  const merged = mergeRecords(records);
  const merge = performance.now() - m0;
  const wall = performance.now() - t0;
  // The peak before the generation timed below, whose contacts are garbage of this thread's.
  const peakRss = peak.stop();
  const generating = generationSeconds(project, Math.ceil(n / parts));
  console.log(
    `split: ${n.toLocaleString('en')} contacts, ${parts} parts on ${workers} worker(s): ${(wall / 1000).toFixed(2)} s wall (merge ${merge.toFixed(0)} ms, ` +
      `start-up and messages ${startup.toFixed(0)} ms), slowest part ${(Math.max(...busy) / 1000).toFixed(2)} s in its worker, ` +
      `${merged.enrollments.count.toLocaleString('en')} enrollments, ${merged.totals.events.toLocaleString('en')} events, peak RSS ${mb(peakRss)}; ` +
      `generating a part's contacts alone takes ${generating.toFixed(2)} s (in the times above)`,
  );
}

/** Seconds this thread takes to generate the contacts of one part (the workers generate theirs as their run reads them), after the runs. */
function generationSeconds(project: Project, count: number): number {
  const nowMs = referenceMs(project);
  const t0 = performance.now();
  for (let k = 0; k < count; k++) sampleContact(project, k, 7, nowMs);
  return (performance.now() - t0) / 1000;
}

const [mode, ...rest] = process.argv.slice(2);
const nums = rest.map(Number);
if (mode === 'replications') await replications(nums[0]!, nums[1]!, nums[2]!);
else if (mode === 'split') await split(nums[0]!, nums[1]!, nums[2]);
else {
  console.error('Usage: replications R N W | split N W [P]');
  process.exitCode = 2;
}
