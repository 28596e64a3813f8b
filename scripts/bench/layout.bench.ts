/**
 * Layout time of generated workflows (engine/layout): median and p95 over several runs after a
 * warm-up, so the JIT and the shared ELK instance are ready as they are in the app.
 */
import { generateWorkflow, layoutWorkflow } from '../../engine/layout/index.ts';

const SIZES = [50, 100, 300];
const WARM_UP = 3;
const RUNS = 10;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function run(): Promise<void> {
  for (const size of SIZES) {
    const workflow = generateWorkflow(size, 42);
    for (let i = 0; i < WARM_UP; i++) await layoutWorkflow(workflow);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await layoutWorkflow(workflow);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const mid = times.length / 2;
    const median = times.length % 2 ? times[Math.floor(mid)]! : (times[mid - 1]! + times[mid]!) / 2;
    console.log(`layout ${size} steps: median ${median.toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (n=${RUNS})`);
  }
}
