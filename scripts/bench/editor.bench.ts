/**
 * Editor benchmark in Debian's Chromium against the built app: time to first render of a
 * generated 300-step workflow (navigation start to every step card drawn) and time to re-lay-out
 * after an insert ("+" then a kind, to the new card drawn at its place). Median of several runs.
 * The app opens a generated workflow for `?bench=N` (documented in renderer/CONTEXT.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { openChromium } from '../../tests/e2e/support/browser.ts';
import { serveDist } from '../../tests/e2e/support/server.ts';

const STEPS = 300;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function run(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const server = await serveDist();
  const session = await openChromium({ locale: 'en-GB' });
  const { page } = session;
  const firstRender: number[] = [];
  const relayout: number[] = [];
  const workerShare: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${server.url}?bench=${STEPS}`);
      const drawn = await page.waitForFunction(
        (n) => (document.querySelectorAll('.react-flow__node-step').length >= n ? performance.now() : false),
        STEPS,
        { polling: 'raf', timeout: 60_000 },
      );
      firstRender.push((await drawn.jsonValue()) as number);

      await page.getByTestId('plus-__enrollment__/next').click();
      await page.getByTestId('palette-delay').waitFor();
      // A string, not a function: tsx's name-keeping helpers do not exist in the page.
      const ms = (await page.evaluate(`(async () => {
        const start = performance.now();
        document.querySelector('[data-testid=palette-delay]').click();
        await new Promise((resolve) => {
          (function check() {
            if (document.querySelectorAll('.react-flow__node-step').length > ${STEPS}) resolve();
            else requestAnimationFrame(check);
          })();
        });
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - start;
      })()`)) as number;
      relayout.push(ms);
      workerShare.push(
        await page.evaluate(() => {
          const entries = performance.getEntriesByName('flowbench:layout');
          return entries.at(-1)?.duration ?? 0;
        }),
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
  console.log(`first render of a ${STEPS}-step workflow: median ${median(firstRender).toFixed(0)} ms (runs: ${firstRender.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(`re-layout after an insert: median ${median(relayout).toFixed(0)} ms (runs: ${relayout.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(`  of which the layout worker (elkjs): median ${median(workerShare).toFixed(0)} ms`);
}
