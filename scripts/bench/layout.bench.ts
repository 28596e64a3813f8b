/**
 * Layout time of generated workflows (engine/layout): median and p95 over several runs after a
 * warm-up, so the JIT and the shared ELK instance are ready as they are in the app.
 *
 * Then large workflows (1,000, 5,000 and 12,000 steps): the quick tree layout the canvas uses
 * above LARGE_LAYOUT_NODES boxes, and ELK once on the same workflow up to 5,000 steps (ELK took
 * minutes at 12,000, which is why the tree layout exists), to show what the threshold saves.
 * Last, a HubSpot flow of 12,000 actions in a branching tree: import, then layout.
 */
import { fromHubSpotFlow } from '../../engine/hubspot/index.ts';
import { generateWorkflow, LARGE_LAYOUT_NODES, layoutWorkflow } from '../../engine/layout/index.ts';
import { buildTemplate } from '../../engine/templates/index.ts';
import { treeFlow } from '../../tests/engine/hubspot/big-flow.ts';

const SIZES = [50, 100, 300];
const WARM_UP = 3;
const RUNS = 10;
const LARGE = [1000, 5000, 12_000];
const LARGE_RUNS = 5;
/** ELK is timed once, and only up to this many steps. */
const ELK_LARGE_MAX = 5000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export async function run(): Promise<void> {
  for (const size of SIZES) {
    const workflow = generateWorkflow(size, 42);
    for (let i = 0; i < WARM_UP; i++) await layoutWorkflow(workflow);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await timed(() => layoutWorkflow(workflow))).ms);
    times.sort((a, b) => a - b);
    console.log(`layout ${size} steps: median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (n=${RUNS})`);
  }

  console.log(`large workflows (the canvas uses the tree layout above ${LARGE_LAYOUT_NODES} boxes):`);
  for (const size of LARGE) {
    const workflow = generateWorkflow(size, 42);
    const tree = { maxLayeredNodes: 0 };
    await layoutWorkflow(workflow, undefined, tree);
    const times: number[] = [];
    let boxes = 0;
    for (let i = 0; i < LARGE_RUNS; i++) {
      const { ms, value } = await timed(() => layoutWorkflow(workflow, undefined, tree));
      times.push(ms);
      boxes = value.nodes.length;
    }
    times.sort((a, b) => a - b);
    const elk = size <= ELK_LARGE_MAX ? `${(await timed(() => layoutWorkflow(workflow, undefined, { maxLayeredNodes: Infinity }))).ms.toFixed(0)} ms (once)` : 'not run (minutes)';
    console.log(`layout ${size} steps (${boxes} boxes): tree median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (n=${LARGE_RUNS}); ELK ${elk}`);
  }

  const project = buildTemplate('nurturing', 'en');
  const flow = treeFlow(12_000);
  const imported = await timed(() => fromHubSpotFlow(flow, { project }));
  const result = imported.value;
  if (!result.ok) throw new Error('The 12,000-action flow was refused');
  const laidOut = await timed(() => layoutWorkflow(result.workflows[0]!));
  console.log(`HubSpot flow of 12000 actions (tree): import ${imported.ms.toFixed(0)} ms, layout ${laidOut.ms.toFixed(0)} ms (${laidOut.value.nodes.length} boxes)`);
}
