/**
 * `validate` time (load + lint, what `flowbench validate` does) on projects of 10, 100 and
 * 1,000 workflows linked by enroll-in-workflow steps, in a chain and in a lattice: the time per
 * workflow should stay flat (linear growth). Median of several runs after a warm-up.
 */
import { lintProject, loadProject } from '../../engine/index.ts';
import { linkedProjectFile, type LinkShape } from './linked-projects.ts';

const SIZES = [10, 100, 1000];
const RUNS = 5;

function validate(text: string): number {
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error(`generated project refused: ${JSON.stringify(loaded.errors[0])}`);
  return lintProject(loaded.project).length;
}

export async function run(): Promise<void> {
  for (const shape of ['chain', 'lattice'] as LinkShape[]) {
    for (const size of SIZES) {
      const text = linkedProjectFile(size, shape);
      validate(text);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        validate(text);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(RUNS / 2)]!;
      console.log(
        `validate ${size} linked workflows (${shape}): median ${median.toFixed(1)} ms, ${((median / size) * 1000).toFixed(0)} µs per workflow (n=${RUNS})`,
      );
    }
  }
  await Promise.resolve();
}
