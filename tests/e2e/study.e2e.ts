import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../engine/model/index.ts';
import { intervalOf } from '../../engine/programme/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { simulate } from '../../engine/sim/index.ts';
import { replicationSeed, runStudy, type Study } from '../../engine/study/index.ts';
import { studyOfTemplate } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import { openApp } from './support/launch.ts';
import type { StaticServer } from './support/server.ts';

/**
 * A 20-replication study of the sandbox in Chromium (issue #14): the replications run on the
 * app's Web Workers, and every badge shows the study's mean and 90 % interval at the end of the
 * day shown. The reference is the engine's one-thread study of the same contacts and settings
 * (engine/study runStudy), read at the same day.
 */
let server: StaticServer;
let session: Session;
let project: Project;
let study: Study;
const CONTACTS = 2000;
const SEED = 7;
const R = 20;

const canvasAt = (minute: number) => session.page.waitForSelector(`[data-testid=sim-overlay][data-minute="${minute}"]`);
const panelAt = (minute: number) => session.page.waitForSelector(`[data-testid=sim-results][data-minute="${minute}"]`);

/** The engine's figure for a cell key at a day: mean, lo, hi. */
function expected(key: string, day: number) {
  const c = study.layout.cells.findIndex((x) => x.key === key);
  const at = day * study.summary.cells + c;
  return { mean: study.summary.mean[at]!, lo: study.summary.lo[at]!, hi: study.summary.hi[at]! };
}

async function interval(testId: string) {
  const el = session.page.getByTestId(testId);
  const [lo, hi, mean] = await Promise.all(['data-lo', 'data-hi', 'data-mean'].map((a) => el.getAttribute(a)));
  return { mean: Number(mean), lo: Number(lo), hi: Number(hi) };
}

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a study in Simulate', () => {
  it('runs 20 replications on the workers and shows each count with its interval', async () => {
    const { page } = session;
    project = await studyOfTemplate(page, 'nurturing', { count: CONTACTS, seed: SEED, replications: R });
    const s = project.simulation;
    study = runStudy(project, generateContacts(project, CONTACTS, SEED), { startDate: s.startDate, horizonDays: s.horizonDays, seed: s.seed, arrivals: s.arrivals, replications: R });
    await canvasAt(0);
    const note = page.getByTestId('study-note');
    expect(await note.getAttribute('data-replications')).toBe(String(R));
    expect(await note.getAttribute('data-day')).toBe('0');
    const workflow = project.workflows[0]!;
    const enrolled = await interval('sim-interval-enrolled');
    expect(enrolled).toEqual(expected(`workflow|${workflow.id}||enrolled`, 0));
  });

  it('scrubbing to day 12 shows that day’s means and intervals, a band on the chart', async () => {
    const { page } = session;
    const minute = await page.evaluate(() => (window as unknown as { __flowbenchTest: { simulator: { meta(): { midnights: number[] } } } }).__flowbenchTest.simulator.meta().midnights[12]! + 600);
    await page.getByTestId('sim-scrubber').fill(String(minute));
    await canvasAt(minute);
    await panelAt(minute);
    const workflow = project.workflows[0]!;
    let checked = 0;
    for (const step of workflow.steps) {
      const el = page.getByTestId(`sim-interval-passed-${step.id}`);
      if ((await el.count()) === 0) continue;
      const shown = await interval(`sim-interval-passed-${step.id}`);
      const want = expected(`step|${workflow.id}|${step.id}|passed`, 12);
      expect(shown).toEqual(want);
      expect(want.lo).toBeLessThanOrEqual(want.mean);
      expect(want.mean).toBeLessThanOrEqual(want.hi);
      // The badge's count is the mean, whole.
      const text = (await page.getByTestId(`sim-passed-${step.id}`).textContent()) ?? '';
      expect(Number(text.replace(/[\s\u202f\u00a0]/g, ''))).toBe(Math.round(want.mean));
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
    // At least one count varies from run to run: the study is not twenty copies of one run.
    const widths = workflow.steps.map((st) => expected(`step|${workflow.id}|${st.id}|passed`, 12)).map((f) => f.hi - f.lo);
    expect(Math.max(...widths)).toBeGreaterThan(0);
    expect(await page.getByTestId('study-note').getAttribute('data-day')).toBe('12');
    const list = project.lists[0]!;
    await expect(page.locator(`[data-testid=sim-chart-lists-band-${list.id}]`).count()).resolves.toBe(1);
    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await screenshot(page, `study-day12-fr-${w}`);
    }
    await page.getByTestId('language').selectOption('en');
    await page.getByText('Figures: the mean of 20 runs', { exact: false }).waitFor();
    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await screenshot(page, `study-day12-en-${w}`);
    }
  });

  it('exports the report with each figure’s mean and interval over the study’s 20 runs', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-format-report').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const out = join('test-output', 'study');
    mkdirSync(out, { recursive: true });
    const path = resolve(out, 'report-study-en.html');
    await download.saveAs(path);
    await page.getByTestId('toast-success').getByRole('button').click();
    // The engine's 20 runs, each whole: the first workflow's enrolled contacts, then their interval.
    const s = project.simulation;
    const contacts = generateContacts(project, CONTACTS, SEED);
    const enrolled = Array.from({ length: R }, (_, r) => simulate(project, contacts, { startDate: s.startDate, horizonDays: s.horizonDays, arrivals: s.arrivals, seed: replicationSeed(s.seed, r) }).workflows[0]!.enrolled);
    const range = intervalOf(enrolled);
    expect(range.high).toBeGreaterThan(range.low);
    const reader = await session.context.newPage();
    await reader.setViewportSize({ width: 1440, height: 900 });
    await reader.setContent(readFileSync(path, 'utf8'));
    expect(await reader.locator('[data-field=intervals]').textContent()).toContain(`the means of ${R} runs`);
    const first = reader.locator(`section[data-workflow="${project.workflows[0]!.id}"] [data-figure=end-states] td[data-value]`).first();
    // The mean over the 20 runs, to a whole contact, as the app's panel shows it.
    expect(Number(await first.getAttribute('data-value'))).toBe(Math.round(enrolled.reduce((a, b) => a + b, 0) / R));
    expect(await first.locator('.range').textContent()).toBe(`(${range.low.toLocaleString('en-US')}–${range.high.toLocaleString('en-US')})`);
    // With their ranges, the tables still fit their page's width: none runs into the margin (they did, by ~300 px).
    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await reader.setViewportSize({ width: w, height: h });
      const over = await reader.evaluate(() =>
        [...document.querySelectorAll('table')].flatMap((t) => {
          const section = t.closest('section')!;
          const right = section.getBoundingClientRect().right - parseFloat(getComputedStyle(section).paddingRight);
          return t.getBoundingClientRect().right > right + 0.5 ? [t.getAttribute('data-figure')] : [];
        }),
      );
      expect(over).toEqual([]);
      await first.scrollIntoViewIfNeeded();
      await screenshot(reader, `study-report-en-${w}`);
    }
    await reader.close();
  });
});
