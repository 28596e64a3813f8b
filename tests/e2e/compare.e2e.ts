import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { runComparison } from '../../engine/study/index.ts';
import { generateSandbox, newFromTemplate, waitForCanvas } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import { openApp } from './support/launch.ts';
import type { StaticServer } from './support/server.ts';

/**
 * Variants in Chromium (issue #14): the project duplicated as variant B, B's first delay cut from
 * 5 days to 1, then B compared with the original over the same sandbox, 20 runs on the workers.
 * The reference is the engine's one-thread comparison of the same two projects and contacts.
 */
let server: StaticServer;
let session: Session;
const CONTACTS = 1500;
const SEED = 3;
const R = 20;

async function runStudy(): Promise<void> {
  const { page } = session;
  await page.getByTestId('toggle-simulate').click();
  await page.getByTestId('sim-replications').fill(String(R));
  await page.getByTestId('sim-run').click();
  await page.getByTestId('study-note').waitFor();
}

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'en-GB' }));
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('comparing two variants in Simulate', () => {
  it('duplicates the project as B, shortens a delay in B, and compares B with A', async () => {
    const { page } = session;
    await newFromTemplate(page, 'nurturing', 'Nurturing A');
    await generateSandbox(page, { count: CONTACTS, seed: SEED });
    await runStudy();
    const original = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    await page.getByTestId('compare-duplicate').click();
    await expect.poll(() => page.getByTestId('compare-variant').locator('option:checked').textContent()).toBe('Nurturing A (B)');

    // Open B from Projects and cut its first delay to one day.
    await page.getByTestId('toggle-simulate').click();
    await page.getByTestId('open-projects').click();
    await page.locator('[data-testid=project-row]', { hasText: 'Nurturing A (B)' }).getByTestId('project-open').click();
    await page.waitForFunction(() => window.__flowbench!.project().name === 'Nurturing A (B)');
    await waitForCanvas(page);
    const workflow = original.workflows[0]!;
    const delay = workflow.steps.find((s) => s.kind === 'delay')!;
    const after = workflow.steps.find((s) => s.id === (delay as { next: string }).next)!;
    await page.getByTestId(`step-card-${delay.id}`).click();
    await page.getByTestId('delay-amount').fill('1');
    await page.getByTestId('delay-amount').press('Tab');
    await page.waitForFunction((id) => window.__flowbench!.project().workflows[0]!.steps.find((s) => s.id === id)?.kind === 'delay' && (window.__flowbench!.project().workflows[0]!.steps.find((s) => s.id === id) as unknown as { delay: { duration: { amount: number } } }).delay.duration.amount === 1, delay.id);
    const edited = (await page.evaluate(() => window.__flowbench!.project())) as Project;

    // Compare the open project (B, edited) with the original, over the same sandbox.
    await runStudy();
    await page.getByTestId('compare-variant').selectOption({ label: 'Nurturing A' });
    await page.getByTestId('compare-run').click();
    await page.getByTestId('compare-result').waitFor();
    // The run left the clock at its start: the comparison first shows the last day, as the CLI
    // does (a review read "no clear difference" at day 1, before any delay could end).
    // data-day is the day's index from 0: the heading says "end of day 30" for index 29.
    await expect.poll(() => page.getByTestId('compare-result').getAttribute('data-day')).toBe(String(edited.simulation.horizonDays - 1));
    await expect.poll(() => page.getByTestId('compare-result').textContent()).toContain(`end of day ${edited.simulation.horizonDays}`);

    const s = edited.simulation;
    const reference = runComparison(edited, original, generateContacts(original, CONTACTS, SEED), { startDate: s.startDate, horizonDays: s.horizonDays, seed: s.seed, arrivals: s.arrivals, timeZone: s.timeZone, replications: R });
    const cell = (key: string) => reference.cells.findIndex((c) => c.key === key);

    // Day 3: enrolled at the start, contacts have passed a one-day delay, not a five-day one.
    const minute = await page.evaluate(() => (window as unknown as { __flowbenchTest: { simulator: { meta(): { midnights: number[] } } } }).__flowbenchTest.simulator.meta().midnights[3]! + 720);
    await page.getByTestId('sim-scrubber').fill(String(minute));
    await page.waitForSelector(`[data-testid=sim-overlay][data-minute="${minute}"]`);
    const mark = page.getByTestId(`compare-mark-${after.id}`);
    await mark.waitFor();
    const k = cell(`step|${workflow.id}|${after.id}|entered`);
    const at = 3 * reference.diff.cells + k;
    expect(Number(await mark.getAttribute('data-a'))).toBe(reference.a.mean[at]);
    expect(Number(await mark.getAttribute('data-b'))).toBe(reference.b.mean[at]);
    // A (open, one-day delay) is ahead of B (the original): B − A below 0 in every one of the 20 runs' interval.
    expect(reference.diff.hi[at]!).toBeLessThan(0);
    expect(await mark.getAttribute('data-clear')).toBe('true');

    // Enrollment comes before the delay: the same in A and B in every run, difference exactly 0.
    const enrolled = page.getByTestId(`compare-row-workflow|${workflow.id}||enrolled`);
    await expect(enrolled.getAttribute('data-verdict')).resolves.toBe('none');
    await expect(enrolled.getAttribute('data-diff-hi')).resolves.toBe('0');
    await expect(enrolled.getAttribute('data-diff-lo')).resolves.toBe('0');
    await expect(page.getByTestId('compare-result').getAttribute('data-day')).resolves.toBe('3');

    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByTestId('compare-section').scrollIntoViewIfNeeded();
      await screenshot(page, `compare-day3-en-${w}`);
    }
    await page.getByTestId('language').selectOption('fr');
    await page.getByText('Comparer avec…').waitFor();
    for (const [w, h] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByTestId('compare-result').scrollIntoViewIfNeeded();
      await screenshot(page, `compare-day3-fr-${w}`);
    }
  });
});
