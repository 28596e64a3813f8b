import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../engine/model/index.ts';
import { intervalOf, programmeCounts, programmeMap } from '../../engine/programme/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { simulate } from '../../engine/sim/index.ts';
import { replicationSeed } from '../../engine/study/index.ts';
import { studyOfTemplate } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import { openApp } from './support/launch.ts';
import type { StaticServer } from './support/server.ts';

/**
 * The programme map after a study (issue #14: every count the app shows has its interval): the
 * lifecycle template's links carry contacts from one stage's workflow to the next; after a
 * 10-replication study each link shows its mean and 90 % interval over the runs. The reference is
 * each replication run whole by the engine, its links counted on its log.
 */
let server: StaticServer;
let session: Session;
const CONTACTS = 1500;
const SEED = 5;
const R = 10;

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the programme map after a study', () => {
  it('shows each link’s mean and interval over the study’s runs, in French and English', async () => {
    const { page } = session;
    const project = await studyOfTemplate(page, 'lifecycle', { count: CONTACTS, seed: SEED, replications: R });
    const s = project.simulation;
    const contacts = generateContacts(project, CONTACTS, SEED);
    const map = programmeMap(project);
    const results = Array.from({ length: R }, (_, r) => simulate(project, contacts, { startDate: s.startDate, horizonDays: s.horizonDays, arrivals: s.arrivals, seed: replicationSeed(s.seed, r) }));
    const runs = results.map((result) => programmeCounts(project, map, result));
    const edge = map.edges.find((e) => new Set(runs.map((c) => c.get(e.key))).size > 1)!;
    const range = intervalOf(runs.map((c) => c.get(edge.key)!));

    await page.getByTestId('open-programme').click();
    const view = page.getByTestId('programme-map');
    await page.locator('[data-testid=programme-map][data-ready=true][data-counts=true]').waitFor();
    const fr = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 0 });
    await expect(view.locator(`[data-edge="${edge.key}"]`).textContent()).resolves.toContain(`${fr(range.mean)} (${fr(range.low)}–${fr(range.high)})`);
    await expect(page.getByTestId('programme-note').textContent()).resolves.toContain(`sur ses ${R} tirages`);
    // The card of the workflow the link feeds: its enrollments over the same runs.
    const target = project.workflows.findIndex((w) => w.id === edge.to);
    const enrolled = intervalOf(results.map((result) => result.workflows[target]!.enrolled));
    await expect(view.locator(`[data-workflow="${edge.to}"]`).textContent()).resolves.toContain(`${fr(enrolled.mean)} (${fr(enrolled.low)}–${fr(enrolled.high)})`);
    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await screenshot(page, `programme-study-fr-${w}`);
    }
    await page.getByTestId('language').selectOption('en');
    await page.getByText(`the mean over its ${R} runs`, { exact: false }).waitFor();
    const en = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
    await page.locator(`[data-edge="${edge.key}"]`).getByText(`${en(range.mean)} (${en(range.low)}–${en(range.high)})`, { exact: false }).waitFor();
    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await screenshot(page, `programme-study-en-${w}`);
    }
  });

  it('compares the links with a variant: a duplicate B carries the same contacts on each link, run for run', async () => {
    const { page } = session;
    await page.getByTestId('close-programme').click();
    await page.getByTestId('compare-duplicate').click();
    await expect.poll(() => page.getByTestId('compare-variant').locator('option:checked').textContent()).toBe('Projet lifecycle (B)');
    await page.getByTestId('compare-run').click();
    await page.getByTestId('compare-result').waitFor();
    const project = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    const links = programmeMap(project).edges;
    const shown = page.locator('[data-testid^="compare-row-programme|"]');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    const first = shown.first();
    expect(links.map((e) => `compare-row-programme||${e.key}|`)).toContain(await first.getAttribute('data-testid'));
    // The same project, the same draws: no difference in any run.
    expect([await first.getAttribute('data-diff-lo'), await first.getAttribute('data-diff-hi'), await first.getAttribute('data-verdict')]).toEqual(['0', '0', 'none']);
    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await first.scrollIntoViewIfNeeded();
      await screenshot(page, `compare-links-en-${w}`);
    }
  });
});
