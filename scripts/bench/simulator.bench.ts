/**
 * The Simulate mode in Chromium (the built app, dist/): the nurturing template over 100,000
 * sandbox contacts. Reports the run in the worker (reading the sandbox from IndexedDB, then
 * simulating), the longest main-thread task during the run (target < 100 ms), and the time per
 * scrub frame, from asking an instant to the canvas drawn with its counts (target < 16 ms).
 * Drives the app through the documented hooks `window.__flowbenchTest.sandbox` and `.simulator`.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBenchPage } from './bench-page.ts';
import { serveStatic } from '../serve-static.ts';

const N = 100_000;
const SCRUB_FRAMES = 120;

type Hooks = {
  sandbox: { open(): Promise<void>; generate(n: number, seed: number): Promise<number> };
  simulator: { run(sandbox: string): Promise<{ contacts: number; loadMs: number; runMs: number; lastMinute: number } | null>; seek(minute: number): Promise<void>; roundTrip(minute: number): Promise<number> };
};

const ms = (n: number) => `${n.toFixed(n < 20 ? 1 : 0)} ms`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function openNurturing(page: Page): Promise<void> {
  await page.getByTestId('open-templates').click();
  await page.getByTestId('template-nurturing').click();
  await page.waitForSelector('[data-testid=canvas][data-layout-ready=true]');
}

export async function run(): Promise<void> {
  const server = await serveStatic(resolve(process.env.FLOWBENCH_DIST || 'dist'));
  const session = await openBenchPage(server.url);
  const { page } = session;
  try {
    await openNurturing(page);
    await page.waitForFunction(() => Boolean((window as unknown as { __flowbenchTest?: Partial<Hooks> }).__flowbenchTest?.sandbox));
    const sandbox = await page.evaluate(async (n) => {
      const hooks = (window as unknown as { __flowbenchTest: Hooks }).__flowbenchTest;
      await hooks.sandbox.generate(n, 7);
      return localStorage.getItem('flowbench.sandbox');
    }, N);
    if (!sandbox) throw new Error('No sandbox was made');
    // A fresh page: the sandbox table's copy of the contacts is not in memory during the run.
    await page.reload();
    await openNurturing(page);
    await page.getByTestId('toggle-simulate').click();
    await page.waitForFunction(() => Boolean((window as unknown as { __flowbenchTest?: Partial<Hooks> }).__flowbenchTest?.simulator));

    const outcome = await page.evaluate(async (id) => {
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
      observer.observe({ type: 'longtask' });
      const start = performance.now();
      const meta = await (window as unknown as { __flowbenchTest: Hooks }).__flowbenchTest.simulator.run(id);
      const wall = performance.now() - start;
      await new Promise((r) => setTimeout(r, 300));
      observer.disconnect();
      return { meta, wall, tasks };
    }, sandbox);
    if (!outcome.meta) throw new Error('The run did not finish');
    const { meta } = outcome;
    const longest = Math.max(0, ...outcome.tasks);
    console.log(`run over ${meta.contacts.toLocaleString('en')} contacts in the worker: ${ms(meta.loadMs + meta.runMs)} (reading the sandbox ${ms(meta.loadMs)}, simulating ${ms(meta.runMs)}); ${ms(outcome.wall)} from Run to the first frame drawn`);
    console.log(`main thread during the run: ${outcome.tasks.length} tasks over 50 ms, longest ${outcome.tasks.length ? ms(longest) : 'none'} (target < 100 ms)`);

    const frames = await page.evaluate(
      async ({ last, count }) => {
        const hook = (window as unknown as { __flowbenchTest: Hooks }).__flowbenchTest.simulator;
        const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
        const times: number[] = [];
        await nextFrame();
        for (let i = 0; i < count; i++) {
          // Back and forth over the horizon, as a hand on the scrubber does.
          const minute = Math.round((last * ((i * 37) % count)) / count);
          const start = performance.now();
          await hook.seek(minute);
          // Up to React having committed the new counts, then style and layout forced (paint excluded).
          await new Promise((r) => setTimeout(r, 0));
          void document.querySelector('[data-testid=canvas]')!.getBoundingClientRect().width;
          void document.body.offsetHeight;
          times.push(performance.now() - start);
          await nextFrame();
        }
        const trips: number[] = [];
        for (let i = 0; i < count; i++) trips.push(await hook.roundTrip(Math.round((last * ((i * 37) % count)) / count)));
        return { times, trips };
      },
      { last: meta.lastMinute, count: SCRUB_FRAMES },
    );
    const { times, trips } = frames;
    console.log(`scrub: ${SCRUB_FRAMES} instants, per frame median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, worst ${ms(Math.max(...times))} (target < 16 ms)`);
    console.log(`  of which the worker's answer (stateAt and the message both ways): median ${ms(percentile(trips, 0.5))}, p95 ${ms(percentile(trips, 0.95))}`);

    // Playing at one week a second for three seconds, dots on: frame gaps and long tasks.
    await page.getByTestId('sim-speed').selectOption(String(7 * 1440));
    const play = await page.evaluate(async () => {
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
      observer.observe({ type: 'longtask' });
      const gaps: number[] = [];
      let last = performance.now();
      let on = true;
      const tick = (now: number) => {
        gaps.push(now - last);
        last = now;
        if (on) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const hook = (window as unknown as { __flowbenchTest: Hooks }).__flowbenchTest.simulator;
      await hook.seek(0);
      (document.querySelector('[data-testid=sim-play]') as HTMLButtonElement).click();
      let dots = 0;
      for (let i = 0; i < 30; i++) {
        await new Promise((r) => setTimeout(r, 100));
        dots = Math.max(dots, document.querySelectorAll('[data-testid=sim-dots] circle').length);
      }
      (document.querySelector('[data-testid=sim-play]') as HTMLButtonElement).click();
      on = false;
      observer.disconnect();
      return { frames: gaps.length, gaps: gaps.slice(1), tasks, dots };
    });
    console.log(`play 3 s at 1 week/s: ${play.frames} frames (${(play.frames / 3).toFixed(0)} fps), worst frame gap ${ms(Math.max(...play.gaps))}, up to ${play.dots} dots at once, tasks over 50 ms: ${play.tasks.length}`);
  } finally {
    await session.close();
    await server.close();
  }
}
