import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollmentsCsv } from '../../engine/results/index.ts';
import type { Project } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';
import { simulate, type SimulationResult } from '../../engine/sim/index.ts';
import { clockFor } from '../../engine/sim/index.ts';
import { fitDiagram, generateSandbox, revealInCanvas } from './support/app.ts';
import { screenshot, type Session } from './support/browser.ts';
import { newFromTemplate } from './support/app.ts';
import type { StaticServer } from './support/server.ts';
import { openApp } from './support/launch.ts';

let server: StaticServer;
let session: Session;
let project: Project;
let expected: SimulationResult;

/** Numbers as the French UI writes them, read back. */
const parse = (text: string | null) => Number((text ?? '').replace(/[\s\u202f\u00a0]/g, ''));
const currentMinute = () => session.page.evaluate(() => (window as unknown as { __flowbenchTest: { simulator: { frame(): { minute: number } | null } } }).__flowbenchTest.simulator.frame()?.minute ?? -1);

// Each view of the instant says which minute it shows (data-minute), and follows at its own pace:
// the timeline at once, the canvas when the worker's frame arrives, the side panel a few times a
// second at most. A test reads a view only once that view's own mark shows the minute it expects.
const timelineAt = (minute: number) => session.page.waitForSelector(`[data-testid=sim-timeline][data-minute="${minute}"]`);
const canvasAt = (minute: number) => session.page.waitForSelector(`[data-testid=sim-overlay][data-minute="${minute}"]`);
const panelAt = (minute: number) => session.page.waitForSelector(`[data-testid=sim-results][data-minute="${minute}"]`);

/** Reads every step badge and edge count of the canvas, then the panel, and compares them with the engine's stateAt. */
async function expectCanvasToMatch(minute: number): Promise<void> {
  const { page } = session;
  await canvasAt(minute);
  const state = expected.stateAt(minute);
  const workflow = project.workflows[0]!;
  let checked = 0;
  for (const step of workflow.steps) {
    const s = expected.steps.findIndex((x) => x.step === step.id);
    if (expected.steps[s]!.entered === 0) {
      await expect(page.getByTestId(`sim-unreached-${step.id}`).count()).resolves.toBe(1);
      continue;
    }
    const waiting = parse(await page.getByTestId(`sim-waiting-${step.id}`).textContent());
    const passed = parse(await page.getByTestId(`sim-passed-${step.id}`).textContent());
    expect({ step: step.id, waiting, passed }).toEqual({ step: step.id, waiting: state.waiting[s], passed: state.entered[s]! - state.waiting[s]! });
    checked++;
  }
  expect(checked).toBeGreaterThan(5);
  for (const [k, edge] of expected.edges.entries()) {
    const count = state.edges[k]!;
    const pill = page.getByTestId(`sim-edge-${edge.from}/${edge.slot}`);
    if (count === 0) await expect(pill.count()).resolves.toBe(0);
    else expect(parse(await pill.textContent())).toBe(count);
  }
  await panelAt(minute);
  const enrolled = parse(await page.getByTestId('sim-state-enrolled').locator('strong').textContent());
  expect(enrolled).toBe(state.workflows[0]!.enrolled);
}

/**
 * Clicks a step card and waits for its contact list in the panel. A click that opens nothing
 * fails with what the page held (which step was selected, what was under the card's centre).
 */
async function openStepList(step: string): Promise<void> {
  const { page } = session;
  // Wherever the last fit left it (the timeline may have taken height since), the card in sight first.
  await revealInCanvas(page, `step-card-${step}`);
  await page.getByTestId(`step-card-${step}`).click();
  try {
    await page.getByTestId('sim-step-contacts').waitFor();
  } catch (error) {
    const state = await page.evaluate((id) => {
      const box = document.querySelector(`[data-testid="step-card-${id}"]`)?.getBoundingClientRect();
      const hit = box ? document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) : null;
      return { selected: window.__flowbench!.stores.ui.getState().selected, card: box && [box.x, box.y, box.width, box.height], underCentre: hit?.outerHTML.slice(0, 160) };
    }, step);
    await screenshot(page, `sim-failed-open-${step}`);
    throw new Error(`The card ${step} did not open its contacts: ${JSON.stringify(state)}`, { cause: error });
  }
}

beforeAll(async () => {
  ({ server, session } = await openApp({ locale: 'fr-FR' }));
  await session.page.getByTestId('open-templates').waitFor();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the time-travel simulator in Chromium', () => {
  it('runs the nurturing template over 10,000 generated contacts in the worker', async () => {
    const { page } = session;
    await newFromTemplate(page, 'nurturing');
    // The "generated" message would sit over the canvas in every screenshot.
    await generateSandbox(page, { count: 10000, seed: 42 });

    await page.getByTestId('toggle-simulate').click();
    await page.getByTestId('sim-setup').waitFor();
    await expect.poll(() => page.getByTestId('sim-sandbox').locator('option:checked').textContent()).toContain('10\u202f000');
    await screenshot(page, 'sim-01-setup');
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-timeline').waitFor();

    project = (await page.evaluate(() => window.__flowbench!.project())) as Project;
    expected = simulate(project, generateContacts(project, 10000, 42));
    // The run opens on its first minute.
    await canvasAt(0);
    expect(parse(await page.getByTestId('sim-badge-enrollment').getAttribute('data-enrolled'))).toBe(expected.stateAt(0).workflows[0]!.enrolled);
    await expect(page.getByTestId('sim-ran').textContent()).resolves.toContain('10\u202f000 contacts');
  });

  it('shows the counts of day 5 on the canvas, reached from the keyboard', async () => {
    const { page } = session;
    const day5 = clockFor(expected.startDate, expected.timeZone).midnight(5);
    await page.getByTestId('sim-scrubber').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expectCanvasToMatch(day5);
    await timelineAt(day5);
    // Re-pinned (engine/study/days.ts: the first day is day 1): five midnights on, the sixth day begins (it said 'Jour 5' counting from 0).
    await expect(page.getByTestId('sim-day').textContent()).resolves.toBe('Jour 6');
    await expect(page.getByTestId('sim-date').textContent()).resolves.toContain('janv. 2026');
    await screenshot(page, 'sim-02-day5');
  });

  it('shows the counts of day 12 after scrubbing', async () => {
    const { page } = session;
    const day12 = clockFor(expected.startDate, expected.timeZone).midnight(12);
    await page.getByTestId('sim-scrubber').fill(String(day12));
    await expectCanvasToMatch(day12);
    const downloaded = parse(await page.getByTestId('sim-list-list-downloaded').locator('strong').textContent());
    expect(downloaded).toBe(expected.stateAt(day12).lists['list-downloaded']);
    expect(downloaded).toBeGreaterThan(0);
    await screenshot(page, 'sim-03-day12');
  });

  it('opens a contact of the "downloaded" list and shows its path and the reason of its branch', async () => {
    const { page } = session;
    // The timeline under the canvas took some of its height when Simulate mode opened: the card,
    // low in the diagram, may sit behind it. A user fits the diagram first; so does the test.
    await fitDiagram(page);
    await openStepList('step-list-downloaded');
    await page.getByTestId('sim-mode-passed').click();
    // The list answers from the worker: read it once it holds the "passed" contacts.
    await page.waitForSelector('[data-testid=sim-step-contacts][data-mode=passed][data-loading=false]');
    const first = page.getByTestId('sim-contact').first();
    const total = parse(await page.getByTestId('sim-step-total').getAttribute('data-total'));
    expect(total).toBe(expected.stateAt(await currentMinute()).entered[expected.steps.findIndex((s) => s.step === 'step-list-downloaded')]);
    await screenshot(page, 'sim-04-step-contacts');
    const id = (await first.getAttribute('data-contact'))!;
    await first.click();
    await page.waitForSelector(`[data-testid=sim-journey][data-contact="${id}"][data-loading=false]`);
    const truth = expected.contactAt(id, await currentMinute())!;
    const path = await page.getByTestId('sim-path-step').evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
    expect(path).toEqual(truth.enrollments[0]!.path.map((p) => p.step));
    expect(path.at(-1)).toBe('step-list-downloaded');
    await expect(page.getByTestId('sim-decision').textContent()).resolves.toContain('rempli');
    await expect(page.getByTestId('sim-activity').textContent()).resolves.toContain('E-mail envoyé');
    // The path is drawn on the canvas: every edge taken, every step visited.
    await expect.poll(() => page.locator('.fb-sim-journey-edge').count()).toBe(path.length + 1);
    await expect.poll(() => page.locator('.fb-sim-journey-step').count()).toBe(path.length);
    await screenshot(page, 'sim-05-journey');
    await page.getByTestId('sim-journey-back').click();
    await page.getByTestId('sim-focus-close').click();
    await page.getByTestId('sim-end-states').waitFor();
    // The same card opens its contacts again.
    await openStepList('step-list-downloaded');
    await page.getByTestId('sim-focus-close').click();
  });

  it('plays with Space and pauses again, moving dots along the edges', async () => {
    const { page } = session;
    await page.getByTestId('sim-scrubber').fill('0');
    await canvasAt(0);
    // One simulated day a second: the 30 days last long enough that a loaded machine still
    // pauses mid-run (at a week a second the run could end, and Space would start it again).
    await page.getByTestId('sim-speed').selectOption(String(1440));
    await page.getByRole('button', { name: 'Ajuster à l’écran (1)' }).click();
    await page.getByTestId('canvas').click({ position: { x: 60, y: 400 } });
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('sim-play').getAttribute('data-playing')).toBe('true');
    // Dots die after their trip: the layer counts those it has sent (data-spawned).
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=sim-dots]')?.getAttribute('data-spawned') ?? 0) > 0);
    await screenshot(page, 'sim-06-playing');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('sim-play').getAttribute('data-playing')).toBe('false');
    const paused = await currentMinute();
    expect(paused).toBeGreaterThan(0);
    expect(paused).toBeLessThan(expected.lastMinute);
  });

  it('exports the results as the CLI CSV, one row per enrollment', async () => {
    const { page } = session;
    await page.getByTestId('sim-scrubber').fill(String(expected.lastMinute));
    await canvasAt(expected.lastMinute);
    await panelAt(expected.lastMinute);
    await screenshot(page, 'sim-07-end');
    await page.getByTestId('sim-sankey').scrollIntoViewIfNeeded();
    await screenshot(page, 'sim-09-charts');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sim-export-csv').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    // French: a BOM and ";" (what French Excel opens), titles rather than ids (engine/results).
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, delimiter: ';' });
    expect(rows.meta.fields?.slice(0, 3)).toEqual(['ID du contact', 'Nom', 'E-mail']);
    expect(rows.data.length).toBe(expected.enrollments.count);
    expect(text).toBe(enrollmentsCsv(project, expected, { lang: 'fr' }));
  });

  it('exports the JSON summary of the run', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sim-export-json').click()]);
    const summary = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { contacts: number; totals: { emailsSent: number }; workflows: { enrolled: number }[] };
    expect(summary.contacts).toBe(10000);
    expect(summary.totals.emailsSent).toBe(expected.totals.emailsSent);
    expect(summary.workflows[0]!.enrolled).toBe(expected.workflows[0]!.enrolled);
  });

  it('exports the diagram with the counts of the instant as SVG and PNG', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sim-export-svg').click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('flowbench-counts');
    expect(svg).toContain('Chiffres au');
    const last = expected.stateAt(expected.lastMinute);
    const s = expected.steps.findIndex((x) => x.step === 'step-list-articles');
    // The badge's icons are SVG paths (no ⏳/✓ glyph a font may lack); its numbers are texts.
    const badge = /<g data-step="step-list-articles">([\s\S]*?)<\/g>/.exec(svg)![1]!;
    expect(badge).toContain(`>${(last.entered[s]! - last.waiting[s]!).toLocaleString('fr-FR')}</text>`);
    expect(svg).not.toMatch(/[⏳✓]/u);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sim-export-png').click()]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('speaks English too', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByTestId('sim-day').textContent()).toMatch(/^Day \d+$/);
    await expect.poll(() => page.getByTestId('sim-end-states').textContent()).toContain('In progress');
    await screenshot(page, 'sim-08-english');
  });

  it('shows Resources in the simulation panel’s place when asked in Simulate, and gives the panel back scrolled where it was', async () => {
    const { page } = session;
    const panel = page.getByTestId('sim-panel');
    await panel.evaluate((el) => (el.scrollTop = 300));
    await panel.dispatchEvent('scroll');
    const before = await panel.evaluate((el) => el.scrollTop);
    expect(before).toBeGreaterThan(0);
    await page.getByTestId('toggle-resources').click();
    await page.getByTestId('resources-panel').waitFor();
    expect(await panel.isHidden()).toBe(true);
    await page.getByTestId('toggle-resources').click();
    await panel.waitFor();
    expect(await page.getByTestId('resources-panel').count()).toBe(0);
    expect(await panel.evaluate((el) => el.scrollTop)).toBe(before);
  });
});
