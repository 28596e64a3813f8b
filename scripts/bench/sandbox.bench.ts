/**
 * The contact sandbox in Chromium (the built app, dist/): generate and store 100,000 contacts
 * (target < 4 s), import a 100,000-row CSV (target < 6 s), open the table on 100,000 contacts
 * and scroll it (target: no task over 50 ms). Drives the app through the documented test hook
 * `window.__flowbenchTest.sandbox` (renderer/sandbox/testHook.ts). Run `npm run build` first.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBenchPage } from './bench-page.ts';
import { contactsToCsv } from '../../engine/csv/index.ts';
import { allProperties, asProjectId, emptyProject } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { serveStatic } from '../serve-static.ts';

const N = 100_000;

async function waitForHook(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__flowbenchTest?.sandbox), undefined, { timeout: 30_000 });
}

/** Long tasks (over 50 ms) seen while `action` runs, and the longest gap between frames. */
async function watchTasks(page: Page, action: () => Promise<void>): Promise<{ longTasks: number[]; worstFrame: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __frames: number[]; __observer: PerformanceObserver; __raf: boolean };
    w.__tasks = [];
    w.__frames = [];
    w.__observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration)));
    w.__observer.observe({ type: 'longtask' });
    w.__raf = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__raf) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 200));
    const w = window as unknown as { __tasks: number[]; __frames: number[]; __observer: PerformanceObserver; __raf: boolean };
    w.__raf = false;
    w.__observer.disconnect();
    return { longTasks: w.__tasks, worstFrame: Math.max(0, ...w.__frames.slice(1)) };
  });
}

async function scrollTable(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const table = document.querySelector<HTMLElement>('[data-testid="contacts-table"]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let i = 0; i < 120; i++) {
      table.scrollTop += 480;
      await frame();
    }
    for (const fraction of [0.25, 0.5, 0.75, 1, 0.1]) {
      table.scrollTop = fraction * table.scrollHeight;
      await frame();
      await frame();
    }
  });
}

const ms = (n: number) => `${Math.round(n)} ms`;

export async function run(): Promise<void> {
  const server = await serveStatic(resolve(process.env.FLOWBENCH_DIST || 'dist'));
  const session = await openBenchPage(server.url);
  const { page } = session;
  try {
    await waitForHook(page);
    await page.evaluate(() => window.__flowbenchTest!.sandbox!.open());

    const generate = await page.evaluate(async (n) => {
      const start = performance.now();
      await window.__flowbenchTest!.sandbox!.generate(n, 7);
      return performance.now() - start;
    }, N);
    console.log(`generate and store ${N.toLocaleString('en')} contacts: ${ms(generate)} (target < 4000 ms)`);

    const project = emptyProject(asProjectId('bench'), 'bench');
    const csv = contactsToCsv(generateContacts(project, N, 11), allProperties([]), { personas: project.personas });
    const imported = await page.evaluate(async (text) => {
      const bytes = new TextEncoder().encode(text);
      const start = performance.now();
      const result = await window.__flowbenchTest!.sandbox!.importCsv(bytes);
      return { ...result, ms: performance.now() - start };
    }, csv);
    console.log(`import a ${N.toLocaleString('en')}-row CSV (${(csv.length / 1e6).toFixed(1)} MB, ${imported.valid} valid, ${imported.errors} errors): ${ms(imported.ms)} (target < 6000 ms)`);

    await page.reload();
    await waitForHook(page);
    let opened = 0;
    const open = await watchTasks(page, async () => {
      const start = Date.now();
      await page.getByTestId('open-sandbox').click();
      await page.getByTestId('contacts-table').waitFor({ timeout: 60_000 });
      opened = Date.now() - start;
    });
    const scroll = await watchTasks(page, () => scrollTable(page));
    const worst = (tasks: number[]) => (tasks.length ? ms(Math.max(...tasks)) : 'none');
    console.log(`open the table on ${N.toLocaleString('en')} contacts: ${ms(opened)}, tasks over 50 ms: ${open.longTasks.length} (longest ${worst(open.longTasks)})`);
    console.log(`scroll the table: tasks over 50 ms: ${scroll.longTasks.length} (longest ${worst(scroll.longTasks)}), worst frame gap ${ms(scroll.worstFrame)}`);
  } finally {
    await session.close();
    await server.close();
  }
}
