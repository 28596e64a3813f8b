/**
 * Simulator benchmark: 10,000, 100,000 and 1,000,000 sample contacts through the seed
 * templates together (nurturing, the three lifecycle workflows with their score model,
 * cleanup) over 365 days. Targets on a 2-core machine: 100,000 under 1 s, 1,000,000 under 12 s
 * and 1 GB, the cost a contact about the same at every size. Each size runs in its own child
 * process so its peak memory is its own.
 * Contacts are generated on the fly as the run reads them (a ContactSource): no million-object
 * array is ever held; the time spent generating is measured apart and left out of "simulated".
 * `tsx scripts/bench/sim.bench.ts <n>` runs one size in the current process.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Project } from '../../engine/model/index.ts';
import { referenceMs, sampleContact } from '../../engine/sample/index.ts';
import { createSimulation } from '../../engine/sim/index.ts';
import { buildTemplate } from '../../engine/templates/index.ts';

export function benchProject(): Project {
  const nurturing = buildTemplate('nurturing', 'fr');
  const lifecycle = buildTemplate('lifecycle', 'fr');
  const cleanup = buildTemplate('cleanup', 'fr');
  return {
    ...nurturing,
    name: 'Bench: nurturing + lifecycle + cleanup',
    workflows: [...nurturing.workflows, ...lifecycle.workflows, ...cleanup.workflows],
    lists: [...nurturing.lists, ...lifecycle.lists, ...cleanup.lists],
    scoreRules: lifecycle.scoreRules,
    ...(lifecycle.scoreModel ? { scoreModel: lifecycle.scoreModel } : {}),
    simulation: { ...nurturing.simulation, horizonDays: 365, seed: 7, arrivals: { ...nurturing.simulation.arrivals, perDay: 0 } },
  };
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

function runOne(n: number): void {
  const project = benchProject();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
  };
  let generation = 0;
  const nowMs = referenceMs(project);
  const source = {
    count: n,
    contact: (k: number) => {
      const g0 = performance.now();
      const c = sampleContact(project, k, 7, nowMs);
      generation += performance.now() - g0;
      return c;
    },
  };
  sample();
  const t0 = performance.now();
  const run = createSimulation(project, source);
  while (!run.advance(200_000)) sample();
  const result = run.result();
  const wall = performance.now() - t0 - generation;
  sample();
  const events = result.totals.events;
  console.log(
    `${n.toLocaleString('en')} contacts: ${(wall / 1000).toFixed(2)} s simulated (+${(generation / 1000).toFixed(2)} s generating), ` +
      `${((wall * 1000) / n).toFixed(1)} µs a contact, ` +
      `${events.toLocaleString('en')} events, ${Math.round(events / (wall / 1000)).toLocaleString('en')} events/s, ` +
      `${result.log.length.toLocaleString('en')} log rows, ${result.enrollments.count.toLocaleString('en')} enrollments, ` +
      `peak RSS ${mb(peakRss)}, peak heap+buffers ${mb(peakHeap)}`,
  );
}

/** Runs per size: a shared 2-core machine varies by several percent from one run to the next. */
const RUNS: readonly [number, number][] = [
  [10_000, 3],
  [100_000, 3],
  [1_000_000, 1],
];

export async function run(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  for (const [n, runs] of RUNS) {
    const seconds: number[] = [];
    for (let k = 0; k < runs; k++) {
      const out = execFileSync(process.execPath, ['--max-old-space-size=3072', '--import', 'tsx', self, String(n)], { encoding: 'utf8' });
      process.stdout.write(out);
      seconds.push(Number(/([\d.]+) s simulated/.exec(out)?.[1] ?? NaN));
    }
    if (runs > 1) {
      const sorted = [...seconds].sort((a, b) => a - b);
      console.log(`  ${n.toLocaleString('en')} contacts, median of ${runs}: ${sorted[Math.floor(runs / 2)]!.toFixed(2)} s simulated`);
    }
  }
}

const arg = process.argv[2];
if (arg && /^\d+$/.test(arg) && process.argv[1] === fileURLToPath(import.meta.url)) runOne(Number(arg));
